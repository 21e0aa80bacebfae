package vn.tonghop.kind.implementation.reading;

/**
 * The number or the date of the report the table is attached to, as the line above (or below) the table
 * says it: the cell of that line ({@code A5}; the title's when no such line was found), the whole line as
 * typed, the part of it that is the number ({@code 45/BC-THCS}, or {@code  /BC-T...} left blank) or the
 * date ({@code ngày 15 tháng 6 năm 2023}, or {@code ngày tháng ... năm}), and whether that part is filled in.
 */
public record ReportReference(String cell, String line, String typed, boolean filled) {

    public ReportReference {
        cell = cell == null ? "" : cell;
        line = line == null ? "" : line;
        typed = typed == null ? "" : typed;
    }

    /** Nothing found: the title's (or the header's) cell. */
    public static ReportReference absent(String cell) {
        return new ReportReference(cell, "", "", false);
    }

    /** True when a line naming it was found (filled in or not). */
    public boolean found() {
        return !line.isEmpty();
    }
}
