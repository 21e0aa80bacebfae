package vn.tonghop.reading;

/**
 * Something the reader noticed in a file that is not a value: a row it could not match, a name it
 * matched only approximately. {@code message} is Vietnamese, for the clerk.
 */
public record ReadingNote(String sheet, String cell, Code code, String message) {

    public enum Code {
        /** A row with values whose name matches no catalogue indicator. */
        UNMATCHED_ROW,
        /** A name matched with typos; the clerk may want to use the official name. */
        APPROXIMATE_NAME
    }
}
