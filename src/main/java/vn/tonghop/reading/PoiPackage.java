package vn.tonghop.reading;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import vn.tonghop.reading.StreamedXlsx.Unusual;

/**
 * An .xlsx package opened by POI ({@code OPCPackage.open}, read-only): every refusal and every part as the
 * user model has them. The way for a package {@link LeanPackage} does not take.
 */
final class PoiPackage implements XlsxPackage {

    static final List<String> WORKBOOK_TYPES = List.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private final OPCPackage pkg;

    private PoiPackage(OPCPackage pkg) {
        this.pkg = pkg;
    }

    static PoiPackage open(File file) throws InvalidFormatException {
        return new PoiPackage(OPCPackage.open(file, PackageAccess.READ));
    }

    private record PoiPart(PackagePart part) implements Part {
        @Override
        public InputStream stream() throws IOException {
            return part.getInputStream();
        }
    }

    @Override
    public Part workbook() throws IOException {
        if (pkg.isStrictOoxmlFormat()) {
            throw new Unusual("strict OOXML");
        }
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() != 1) {
            throw new Unusual("no single workbook part");
        }
        PackagePart workbookPart = pkg.getPart(core.getRelationship(0));
        if (workbookPart == null || !WORKBOOK_TYPES.contains(workbookPart.getContentType())) {
            throw new Unusual("not an XSSF workbook part");
        }
        return new PoiPart(workbookPart);
    }

    @Override
    public Part related(Part from, String relation) throws IOException {
        PackagePart source = ((PoiPart) from).part();
        try {
            PackageRelationshipCollection rels = source.getRelationshipsByType(relation);
            if (rels.size() == 0) {
                return null;
            }
            if (rels.size() > 1) {
                throw new Unusual("several parts of " + relation);
            }
            PackagePart part = source.getRelatedPart(rels.getRelationship(0));
            if (part == null) {
                throw new Unusual("missing part of " + relation);
            }
            return new PoiPart(part);
        } catch (InvalidFormatException e) {
            throw new Unusual("relation " + relation + ": " + e.getMessage());
        }
    }

    @Override
    public Relation relation(Part from, String id) {
        PackagePart source = ((PoiPart) from).part();
        PackageRelationship rel = source.getRelationship(id);
        if (rel == null) {
            return null;
        }
        return new Relation() {
            @Override
            public String type() {
                return rel.getRelationshipType();
            }

            @Override
            public Part target() throws IOException {
                try {
                    PackagePart part = source.getRelatedPart(rel);
                    if (part == null) {
                        throw new Unusual("a relationship without its part");
                    }
                    return new PoiPart(part);
                } catch (InvalidFormatException e) {
                    throw new Unusual("relationship " + id + ": " + e.getMessage());
                }
            }
        };
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: nothing to save, the file is never written
    }
}
