package vn.tonghop.reading;

/**
 * Something the reader noticed in a file that is not a value: a row it could not match, a name it
 * matched only approximately, a locked cell of a template that was changed. {@code message} is
 * Vietnamese, for the clerk; {@code raw} is what the cell holds when the note is about one cell's
 * content (else empty).
 */
public record ReadingNote(String sheet, String cell, Code code, String message, String raw) {

    public ReadingNote {
        raw = raw == null ? "" : raw;
    }

    public ReadingNote(String sheet, String cell, Code code, String message) {
        this(sheet, cell, code, message, "");
    }

    public enum Code {
        /** A row with values whose name matches no catalogue indicator. */
        UNMATCHED_ROW,
        /** A name matched with typos; the clerk may want to use the official name. */
        APPROXIMATE_NAME,
        /** A cell of a generated template outside its input cells differs from what the template wrote. */
        LOCKED_CELL_CHANGED,
        /** So many locked cells of a template differ that its layout was changed (rows inserted, deleted). */
        TEMPLATE_LAYOUT_CHANGED,
        /** Text typed in a legacy Vietnamese encoding (TCVN3, VNI), read as Unicode; once per file. */
        LEGACY_ENCODING
    }
}
