package vn.tonghop.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.ExternalLinksTable;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Takes out of a school's workbook whatever reaches outside it, before the copy goes back to the school
 * as feedback: the copy comes from tonghop, so a formula or link in it must not lead anywhere the
 * sender chose (a login page, a file share, another workbook that is fetched or updated).
 * <ul>
 *   <li>formulas that refer to another workbook ({@code [1]Sheet1!A1}, {@code '[Book.xls]S'!A1}), a DDE
 *       link ({@code cmd|'…'!A0}), an add-in ({@code _xll.}), a defined name that does, or that call
 *       {@code HYPERLINK}, {@code WEBSERVICE}, {@code IMAGE}, {@code RTD}, {@code CALL} or
 *       {@code REGISTER(.ID)}, and formulas POI cannot even render: replaced by their cached value
 *       (what the school saw, and what tonghop read);</li>
 *   <li>defined names that refer to another workbook: removed;</li>
 *   <li>hyperlinks of cells, pictures and shapes to a web address, an e-mail address or a file: removed
 *       (links inside the workbook stay);</li>
 *   <li>the links to other workbooks themselves: in an .xlsx the external link parts and their
 *       relationships are removed; in an .xls, whose link table POI cannot shrink, each external
 *       workbook's address is replaced by {@value #NOWHERE}, which no formula uses any more;</li>
 *   <li>a VBA project (macros): removed from an .xlsm and from an .xls.</li>
 * </ul>
 * Runs on the in-memory copy, before tonghop adds its own highlights and {@code Góp ý} sheet.
 */
final class ExternalReferences {

    /** What an .xls's links to other workbooks are pointed at: a name that opens nothing. */
    static final String NOWHERE = "lien-ket-ngoai-da-go";

    /** What was taken out of one workbook. */
    record Removed(int formulas, int names, int hyperlinks, int links, boolean macros) {
        boolean any() {
            return formulas + names + hyperlinks + links > 0 || macros;
        }
    }

    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"]|\"\")*\"");
    /** {@code '[1]Sheet 1'!A1}, {@code 'C:\dir\[Book.xlsx]Sheet'!A1}. */
    private static final Pattern QUOTED_EXTERNAL = Pattern.compile("'[^']*\\[[^\\]]*\\](?:[^']|'')*'!");
    /** {@code [1]Sheet1!A1}, {@code [1]!Name}, {@code [Book.xls]Sheet1!A1}. */
    private static final Pattern PLAIN_EXTERNAL = Pattern.compile("\\[[^\\[\\]]*\\][\\p{L}\\p{N}_.]*!");
    private static final Pattern REACHING_FUNCTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])(?:_xlfn\\.)?"
            + "(?:HYPERLINK|WEBSERVICE|IMAGE|RTD|CALL|REGISTER|REGISTER\\.ID)\\s*\\(|(?<![\\p{L}\\p{N}_.])_xll\\.",
            Pattern.CASE_INSENSITIVE);

    private ExternalReferences() {
    }

    /** Removes every external reference of {@code wb} (an in-memory copy); returns what it removed. */
    static Removed remove(Workbook wb) {
        List<Name> external = new ArrayList<>();
        List<Pattern> externalNames = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            if (reachesOut(refersTo(n))) {
                external.add(n);
                externalNames.add(Pattern.compile("(?<![\\p{L}\\p{N}_.])" + Pattern.quote(n.getNameName())
                        + "(?![\\p{L}\\p{N}_.(])", Pattern.CASE_INSENSITIVE));
            }
        }
        int formulas = 0;
        int hyperlinks = 0;
        for (Sheet sheet : wb) {
            formulas += formulasToValues(sheet, externalNames);
            hyperlinks += dropExternalHyperlinks(sheet);
        }
        for (Name n : external) {
            wb.removeName(n);
        }
        int links = wb instanceof XSSFWorkbook x ? removeLinkParts(x)
                : wb instanceof HSSFWorkbook h ? pointLinksNowhere(h) : 0;
        boolean macros = wb instanceof XSSFWorkbook x ? removeVbaParts(x)
                : wb instanceof HSSFWorkbook h && removeVbaStorage(h);
        return new Removed(formulas, external.size(), hyperlinks, links, macros);
    }

    /**
     * Whether a formula's text reaches outside its workbook: another workbook, DDE, an add-in or a
     * function that opens or fetches an address. Text in quotes is not looked at ({@code "[1]"} is
     * just text). Null (a formula that cannot be rendered) counts as reaching out.
     */
    static boolean reachesOut(String formula) {
        if (formula == null) {
            return true;
        }
        String f = STRING_LITERAL.matcher(formula).replaceAll("\"\"");
        return f.indexOf('|') >= 0 || QUOTED_EXTERNAL.matcher(f).find() || PLAIN_EXTERNAL.matcher(f).find()
                || REACHING_FUNCTION.matcher(f).find();
    }

    private static String refersTo(Name n) {
        try {
            return n.getRefersToFormula();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- formulas ------------------------------------------------------------------------------

    private static int formulasToValues(Sheet sheet, List<Pattern> externalNames) {
        List<Cell> reaching = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA && reaches(cell, externalNames)) {
                    reaching.add(cell);
                }
            }
        }
        Set<String> arraysDone = new LinkedHashSet<>();
        for (Cell cell : reaching) {
            if (cell.getCellType() != CellType.FORMULA) {
                continue; // already replaced with its array
            }
            if (cell.isPartOfArrayFormulaGroup()) {
                CellRangeAddress range = cell.getArrayFormulaRange();
                if (arraysDone.add(range.formatAsString())) {
                    arrayToValues(sheet, range);
                }
            } else if (cell instanceof HSSFCell) {
                replace(cell, cachedValue(cell));
            } else {
                cell.removeFormula(); // keeps the cached value
            }
        }
        return reaching.size();
    }

    private static boolean reaches(Cell cell, List<Pattern> externalNames) {
        String formula;
        try {
            formula = cell.getCellFormula();
        } catch (RuntimeException e) {
            return true; // not even POI can say what it refers to
        }
        if (reachesOut(formula)) {
            return true;
        }
        String outsideQuotes = STRING_LITERAL.matcher(formula).replaceAll("\"\"");
        return externalNames.stream().anyMatch(p -> p.matcher(outsideQuotes).find());
    }

    /** An array formula's cells keep their cached values; removing the formula alone would blank them. */
    private static void arrayToValues(Sheet sheet, CellRangeAddress range) {
        Map<Cell, Object> cached = new HashMap<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            Row row = sheet.getRow(r);
            for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    cached.put(cell, cachedValue(cell));
                }
            }
        }
        sheet.removeArrayFormula(sheet.getRow(range.getFirstRow()).getCell(range.getFirstColumn()));
        cached.forEach((cell, v) -> {
            if (cell instanceof HSSFCell) {
                replace(cell, v);
            } else {
                setValue(cell, v);
            }
        });
    }

    /**
     * The cell made again with its style and value: HSSF's {@code removeFormula} leaves the formula's
     * tokens (its text, its addresses) in the saved file (POI 5.5.1).
     */
    private static void replace(Cell cell, Object value) {
        Row row = cell.getRow();
        int column = cell.getColumnIndex();
        CellStyle style = cell.getCellStyle();
        row.removeCell(cell);
        Cell fresh = row.createCell(column);
        fresh.setCellStyle(style);
        setValue(fresh, value);
    }

    private static Object cachedValue(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static void setValue(Cell cell, Object v) {
        if (v instanceof Double d) {
            cell.setCellValue(d);
        } else if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof FormulaError e) {
            cell.setCellErrorValue(e.getCode());
        } else {
            cell.setBlank();
        }
    }

    // ---- hyperlinks ----------------------------------------------------------------------------

    private static int dropExternalHyperlinks(Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            int n = 0;
            for (XSSFHyperlink h : new ArrayList<>(x.getHyperlinkList())) {
                if (h.getType() != HyperlinkType.DOCUMENT) {
                    x.removeHyperlink(h);
                    n++;
                }
            }
            // the relationships that carried their addresses, which POI leaves behind
            PackagePart part = x.getPackagePart();
            for (PackageRelationship rel : relationships(part, XSSFRelation.SHEET_HYPERLINKS.getRelation())) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                    x.removeReferenceRelationship(rel.getId());
                    part.removeRelationship(rel.getId());
                }
            }
            XSSFDrawing drawing = x.getDrawingPatriarch();
            return n + (drawing == null ? 0 : dropShapeHyperlinks(drawing));
        }
        if (sheet instanceof HSSFSheet h) {
            List<?> records = h.getSheet().getRecords();
            int before = records.size();
            records.removeIf(r -> r instanceof HyperlinkRecord link && !link.isDocumentLink());
            return before - records.size();
        }
        return 0;
    }

    /**
     * Links on pictures and shapes ({@code a:hlinkClick}, {@code a:hlinkHover}) to an address outside the
     * workbook, with their relationships; a link to a place in the workbook ({@code #Sheet!A1}) stays.
     */
    private static int dropShapeHyperlinks(XSSFDrawing drawing) {
        PackagePart part = drawing.getPackagePart();
        int n = 0;
        for (XmlObject link : drawing.getCTDrawing().selectPath("declare namespace a='" + DRAWING_NS + "' "
                + ".//a:hlinkClick | .//a:hlinkHover")) {
            try (XmlCursor c = link.newCursor()) {
                String id = c.getAttributeText(new QName(RELATIONSHIPS_NS, "id"));
                PackageRelationship rel = id == null || id.isEmpty() ? null : part.getRelationship(id);
                if (rel != null && rel.getTargetMode() == TargetMode.EXTERNAL
                        && !rel.getTargetURI().toString().startsWith("#")) {
                    c.removeXml();
                    drawing.removeReferenceRelationship(id);
                    part.removeRelationship(id);
                    n++;
                }
            }
        }
        return n;
    }

    private static List<PackageRelationship> relationships(PackagePart part, String type) {
        List<PackageRelationship> out = new ArrayList<>();
        try {
            part.getRelationshipsByType(type).forEach(out::add);
        } catch (InvalidFormatException e) {
            // no relationships to read: nothing to remove
        }
        return out;
    }

    // ---- links to other workbooks --------------------------------------------------------------

    /** The external link parts, their relationships and the workbook's list of them. */
    private static int removeLinkParts(XSSFWorkbook wb) {
        List<ExternalLinksTable> tables = wb.getExternalLinksTable();
        int n = tables == null ? 0 : tables.size();
        if (tables != null) {
            tables.clear();
        }
        if (wb.getCTWorkbook().isSetExternalReferences()) {
            wb.getCTWorkbook().unsetExternalReferences();
        }
        OPCPackage pkg = wb.getPackage();
        PackagePart book = wb.getPackagePart();
        for (PackageRelationship rel : relationships(book, XSSFRelation.EXTERNAL_LINKS.getRelation())) {
            book.removeRelationship(rel.getId());
            if (rel.getTargetMode() == TargetMode.INTERNAL) {
                try {
                    pkg.removePart(PackagingURIHelper.createPartName(
                            PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI())));
                } catch (InvalidFormatException | RuntimeException e) {
                    // a target that is no part: nothing to remove
                }
            }
        }
        for (PackagePart p : pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType())) {
            pkg.removePart(p); // one no relationship pointed at
        }
        return n;
    }

    // ---- macros --------------------------------------------------------------------------------

    /**
     * The VBA project of an .xlsm (and its signatures): a copy mailed by the office must not carry the
     * sender's code. The workbook stays macro-enabled in type, so its .xlsm name still fits.
     */
    private static boolean removeVbaParts(XSSFWorkbook wb) {
        OPCPackage pkg = wb.getPackage();
        PackagePart book = wb.getPackagePart();
        boolean removed = false;
        for (PackageRelationship rel : relationships(book, XSSFRelation.VBA_MACROS.getRelation())) {
            book.removeRelationship(rel.getId());
            removed = true;
        }
        List<PackagePart> parts;
        try {
            parts = new ArrayList<>(pkg.getParts());
        } catch (InvalidFormatException e) {
            return removed; // POI opened it, so this does not happen; nothing more to look at
        }
        for (PackagePart p : parts) {
            if (p.getContentType().startsWith("application/vnd.ms-office.vbaProject")) {
                pkg.removePart(p);
                removed = true;
            }
        }
        return removed;
    }

    /** The VBA project storage of an .xls, which POI otherwise copies into the saved file. */
    private static boolean removeVbaStorage(HSSFWorkbook wb) {
        DirectoryNode root = wb.getDirectory();
        boolean removed = false;
        for (String name : List.of("_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA")) {
            if (root != null && root.hasEntryCaseInsensitive(name)) {
                try {
                    removed |= deleteAll(root.getEntryCaseInsensitive(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return removed;
    }

    private static boolean deleteAll(Entry entry) {
        if (entry instanceof DirectoryEntry dir) {
            for (Entry child : new ArrayList<Entry>(toList(dir))) {
                deleteAll(child);
            }
        }
        return entry.delete();
    }

    private static List<Entry> toList(DirectoryEntry dir) {
        List<Entry> out = new ArrayList<>();
        dir.getEntries().forEachRemaining(out::add);
        return out;
    }

    /** An .xls's other workbooks (and DDE servers) renamed to {@link #NOWHERE}. */
    private static int pointLinksNowhere(HSSFWorkbook wb) {
        int n = 0;
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof SupBookRecord book && book.isExternalReferences()) {
                book.setURL(NOWHERE);
                n++;
            }
        }
        return n;
    }
}
