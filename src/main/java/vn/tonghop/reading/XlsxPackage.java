package vn.tonghop.reading;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * What {@link StreamedXlsx} reads of an .xlsx package: the workbook part, the parts it relates to, each
 * part's bytes when asked. Two ways to have it: {@link LeanPackage} (the zip and SAX, for an ordinary
 * package) and {@link PoiPackage} (POI's {@code OPCPackage}, for anything else).
 */
interface XlsxPackage extends Closeable {

    /** One part of the package; its bytes are read only when asked. */
    interface Part {
        InputStream stream() throws IOException;
    }

    /** A relationship of a part: its type, and the part it leads to. */
    interface Relation {
        String type();

        /** The part it leads to: {@link StreamedXlsx.Unusual} (or POI's exception) when there is none. */
        Part target() throws IOException;
    }

    /**
     * The workbook part: the package's one (transitional) office-document relationship, to a part of a
     * workbook content type; anything else (strict OOXML, none, several, another type) is
     * {@link StreamedXlsx.Unusual}.
     */
    Part workbook() throws IOException;

    /** The one part {@code from} relates to with {@code relation}, or null; several, or a missing one, are Unusual. */
    Part related(Part from, String relation) throws IOException;

    /** The relationship of {@code from} with this id, or null. */
    Relation relation(Part from, String id) throws IOException;

    /** Read-only: nothing is saved, the file is never written. */
    @Override
    void close();
}
