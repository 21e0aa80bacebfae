package vn.tonghop.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a value sits in a workbook: a sheet, a row and a column (both 0-based), written as Excel
 * writes a reference, {@code 'Phụ lục II'!D11}, and read back from that text, in this one place. A
 * fact keeps the text form (the database column {@code fact.cell}); a finding keeps the sheet and the
 * bare reference ({@code D11}) apart. Findings may also point at a range or at whole rows: see
 * {@link Area}.
 *
 * @param sheet  the sheet's name as the workbook has it; "" when the reference names none
 * @param row    0-based (row 11 of the sheet is 10)
 * @param column 0-based (D is 3)
 */
public record CellLocation(String sheet, int row, int column) {

    /** Column letters and row digits at most: ZZZ and 9,999,999, beyond any workbook's grid. */
    private static final String CELL = "\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})";
    private static final Pattern ONE = Pattern.compile(CELL);
    private static final Pattern RANGE = Pattern.compile(CELL + ":" + CELL);
    private static final Pattern ROWS = Pattern.compile("\\$?(\\d{1,7})(?::\\$?(\\d{1,7}))?");
    /** Names Excel would read as a reference, so it quotes them: {@code Q1}, {@code R2C3}, {@code R}, {@code C}. */
    private static final Pattern REFERENCE_LIKE = Pattern.compile("(?i)[A-Z]{1,3}\\d+|R\\d*C?\\d*|C\\d*");

    public CellLocation {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("No such cell: row " + row + ", column " + column);
        }
    }

    /** The cell of {@code ref} ({@code D11}, {@code $D$11}) on {@code sheet}; empty when {@code ref} is no cell. */
    public static Optional<CellLocation> of(String sheet, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        // what ONE matches, read by hand: every fact's cell is read back here (the checks ask a fact's sheet and
        // cell several times each); the three classes ($, letters, digits) do not overlap, so there is no
        // backtracking to mimic
        String s = ref.strip();
        int n = s.length();
        int i = s.startsWith("$") ? 1 : 0;
        int letters = i;
        while (i < n && i - letters < 3 && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        int lettersEnd = i;
        if (i < n && s.charAt(i) == '$') {
            i++;
        }
        int digits = i;
        while (i < n && i - digits < 7 && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (lettersEnd == letters || i == digits || i != n) {
            return Optional.empty();
        }
        return cell(sheet, s.substring(letters, lettersEnd), s.substring(digits));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Reads {@code 'Phụ lục II'!D11}, {@code Sheet1!K38}, {@code 'Bảng ''A'''!B2} or a bare
     * {@code D11} (sheet ""); {@code $} signs and lower-case letters are taken. Empty for anything
     * else (a range, a row, free text, nothing).
     */
    public static Optional<CellLocation> parse(String text) {
        Split s = Split.of(text, "");
        return s == null ? Optional.empty() : of(s.sheet(), s.ref());
    }

    /** {@code D11}: the reference without its sheet, as a message names the cell. */
    public String ref() {
        return columnLetters(column) + (row + 1);
    }

    /** The row's number as people read it ({@code 11} for {@code D11}). */
    public int rowNumber() {
        return row + 1;
    }

    /** {@code 'Phụ lục II'!D11}, the sheet quoted only when Excel would; {@code D11} without a sheet. */
    @Override
    public String toString() {
        return sheet.isEmpty() ? ref() : quote(sheet) + "!" + ref();
    }

    /**
     * The sheet's name as a reference writes it: as it is when Excel writes it bare (ASCII letters,
     * digits, _ and dots, not starting with a digit, not itself like a reference), else between
     * single quotes with its quotes doubled ({@code 'Phụ lục II'}, {@code 'Bảng ''A'''}).
     */
    public static String quote(String sheet) {
        // every fact's cell is written through here, the same few sheets over and over: the last one is kept
        Quoted last = lastQuoted;
        if (last != null && last.sheet().equals(sheet)) {
            return last.quoted();
        }
        boolean bare = isPlainSheet(sheet) && !REFERENCE_LIKE.matcher(sheet).matches();
        String quoted = bare ? sheet : "'" + sheet.replace("'", "''") + "'";
        lastQuoted = new Quoted(sheet, quoted);
        return quoted;
    }

    /** A sheet's name and its {@link #quote}. */
    private record Quoted(String sheet, String quoted) {
    }

    /** The last sheet {@link #quote} was asked, shared by the threads (a stale one is only a miss). */
    private static volatile Quoted lastQuoted;

    /**
     * What Excel writes without quotes as far as its letters go ({@code [A-Za-z_][A-Za-z0-9_.]*}): a letter
     * or _ first, then letters, digits, _ and dots.
     */
    private static boolean isPlainSheet(String sheet) {
        if (sheet.isEmpty() || !(isAsciiLetter(sheet.charAt(0)) || sheet.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < sheet.length(); i++) {
            char c = sheet.charAt(i);
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** {@code 'Bảng ''A'''} back to {@code Bảng 'A'}; a bare name as it is (both stripped). */
    public static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') {
            t = t.substring(1, t.length() - 1).replace("''", "'");
        }
        return t;
    }

    /** {@code A}, {@code Z}, {@code AA}, … for a 0-based column. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.append((char) ('A' + (c - 1) % 26));
        }
        return b.reverse().toString();
    }

    private static Optional<CellLocation> cell(String sheet, String letters, String digits) {
        int col = 0;
        for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            col = col * 26 + (ch - 'A' + 1);
        }
        int row = Integer.parseInt(digits) - 1;
        return row < 0 ? Optional.empty() : Optional.of(new CellLocation(sheet, row, col - 1));
    }

    /** A reference's sheet part as written ({@code 'Phụ lục II'}) and {@link #unquote unquoted}. */
    private record Unquoted(String written, String sheet) {
    }

    /** The last sheet part read, shared by the threads (a stale one is only a miss). */
    private static volatile Unquoted lastUnquoted;

    /**
     * The sheet that {@code ref}'s first {@code bang} characters name, unquoted: the last one read is kept, as a
     * workbook's facts name the same sheet one after the other (the checks read every fact's cell again).
     */
    private static String sheetBefore(String ref, int bang) {
        Unquoted last = lastUnquoted;
        if (last != null && last.written().length() == bang && ref.startsWith(last.written())) {
            return last.sheet();
        }
        String written = ref.substring(0, bang);
        String sheet = unquote(written);
        lastUnquoted = new Unquoted(written, sheet);
        return sheet;
    }

    /** The sheet part (unquoted) and the rest of a reference. */
    private record Split(String sheet, String ref) {
        /** Null when there is no reference or no sheet (neither in the text nor given). */
        static Split of(String text, String sheetIfNone) {
            if (text == null) {
                return null;
            }
            String ref = text.strip();
            String sheet = sheetIfNone == null ? "" : sheetIfNone;
            int bang = ref.lastIndexOf('!');
            if (bang >= 0) { // the reference names its own sheet
                sheet = sheetBefore(ref, bang);
                ref = ref.substring(bang + 1).strip();
            }
            return ref.isEmpty() ? null : new Split(sheet, ref);
        }
    }

    /**
     * What a finding may point at, read as leniently as findings come: a cell ({@code D11},
     * {@code $D$11}), a range ({@code D11:F12}, corners in any order) or rows ({@code 11},
     * {@code 11:12}), with or without its sheet. Rows and columns 0-based, first ≤ last; for rows the
     * columns are 0 and not meant.
     */
    public record Area(Shape shape, String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {

        public enum Shape { CELL, RANGE, ROWS }

        /**
         * @param sheetIfNone the sheet when the text names none (a finding's own sheet)
         * @return empty for a column, a name, free text, row 0, or no sheet at all
         */
        public static Optional<Area> parse(String text, String sheetIfNone) {
            Split s = Split.of(text, sheetIfNone);
            if (s == null || s.sheet().isBlank()) {
                return Optional.empty();
            }
            Matcher m;
            if ((m = ONE.matcher(s.ref())).matches()) {
                return cell(s.sheet(), m.group(1), m.group(2))
                        .map(c -> new Area(Shape.CELL, c.sheet(), c.row(), c.column(), c.row(), c.column()));
            }
            if ((m = RANGE.matcher(s.ref())).matches()) {
                Optional<CellLocation> a = cell(s.sheet(), m.group(1), m.group(2));
                Optional<CellLocation> b = cell(s.sheet(), m.group(3), m.group(4));
                if (a.isEmpty() || b.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Area(Shape.RANGE, s.sheet(),
                        Math.min(a.get().row(), b.get().row()), Math.min(a.get().column(), b.get().column()),
                        Math.max(a.get().row(), b.get().row()), Math.max(a.get().column(), b.get().column())));
            }
            if ((m = ROWS.matcher(s.ref())).matches()) {
                int a = Integer.parseInt(m.group(1)) - 1;
                int b = m.group(2) == null ? a : Integer.parseInt(m.group(2)) - 1;
                if (Math.min(a, b) < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Area(Shape.ROWS, s.sheet(), Math.min(a, b), 0, Math.max(a, b), 0));
            }
            return Optional.empty();
        }

        /** The top-left cell (for rows: column A of the first). */
        public CellLocation first() {
            return new CellLocation(sheet, firstRow, firstColumn);
        }

        /** The bottom-right cell. */
        public CellLocation last() {
            return new CellLocation(sheet, lastRow, lastColumn);
        }

        /** {@code 'Phụ lục II'!D12:F13} for a range, the cell for a cell; rows as {@code 'Phụ lục II'!11:12}. */
        @Override
        public String toString() {
            return switch (shape) {
                case CELL -> first().toString();
                case RANGE -> first() + ":" + last().ref();
                case ROWS -> quote(sheet) + "!" + (firstRow + 1) + ":" + (lastRow + 1);
            };
        }
    }
}
