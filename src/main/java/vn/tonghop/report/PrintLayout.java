package vn.tonghop.report;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the written workbooks print, in one place for the reports and the templates: A4, the
 * orientation the sheet needs, all columns on one page width and as many pages tall as it takes,
 * the header rows repeated on every page, margins, "Trang n/m" in the footer; and row heights that fit
 * their wrapped text, computed, because LibreOffice does not grow rows on open (wrapped messages
 * would print on top of each other) and Excel only grows rows it has measured itself.
 */
public final class PrintLayout {

    /**
     * Points per line of 11-point text: Excel's default row, and the height Excel gives each line of
     * wrapped Calibri 11 when it fits a row itself. LibreOffice draws the line in 12.75 points, so a
     * row of n lines has 2.25·n points to spare there, less than a line up to five lines.
     */
    static final float LINE_POINTS_11 = 15f;
    /**
     * What a cell's margins take from its column, in widths of '0': measured in LibreOffice 7.4, where a
     * text as wide as the column less this still fits on one line.
     */
    private static final double CELL_MARGIN = 0.4;
    /**
     * Widths of the printable ASCII characters, ' ' to '~', in hundredths of the width of the regular
     * '0' (the column's unit), regular and bold: DejaVu Sans, which LibreOffice draws Calibri with where Calibri is not installed (the
     * column widths are counted in its '0' too). Calibri's letters are a little narrower against its
     * own '0', so Excel lays a text in as many lines or fewer. A letter with Vietnamese marks is as
     * wide as its base letter (NFD), within 1 %.
     */
    private static final int[] REGULAR = {50, 63, 72, 132, 100, 149, 123, 43, 61, 61, 79, 132, 50, 57, 50, 53, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 53, 53, 132, 132, 132, 83, 157, 108, 108, 110, 121, 99, 90, 122, 118,
        46, 46, 103, 88, 136, 118, 124, 95, 124, 109, 100, 96, 115, 108, 155, 108, 96, 108, 61, 53, 61, 132, 79, 79, 96,
        100, 86, 100, 97, 55, 100, 100, 44, 44, 91, 44, 153, 100, 96, 100, 100, 65, 82, 62, 100, 93, 129, 93, 93, 83, 100,
        53, 100, 132};
    private static final int[] BOLD = {55, 72, 82, 132, 109, 157, 137, 48, 72, 72, 82, 132, 60, 65, 60, 57, 109, 109,
        109, 109, 109, 109, 109, 109, 109, 109, 63, 63, 132, 132, 132, 91, 157, 122, 120, 115, 130, 107, 107, 129, 132, 58,
        58, 122, 100, 156, 132, 134, 115, 134, 121, 113, 107, 128, 122, 173, 121, 114, 114, 72, 57, 72, 132, 79, 79, 106,
        113, 93, 113, 107, 68, 113, 112, 54, 54, 105, 54, 164, 112, 108, 113, 113, 78, 94, 75, 112, 102, 145, 101, 102, 91,
        112, 57, 112, 132};
    /** Up to this code point a character's width is looked up once (Latin with marks, punctuation). */
    private static final int TABLE_END = 0x2100;
    private static final short[] REGULAR_ALL = new short[TABLE_END];
    private static final short[] BOLD_ALL = new short[TABLE_END];

    static {
        for (int cp = 0; cp < TABLE_END; cp++) {
            int base = cp;
            if (cp > '~') {
                String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                base = nfd.codePointAt(0);
            }
            // a combining mark (text in decomposed form) sits on the letter before it
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            REGULAR_ALL[cp] = (short) (mark ? 0 : width(base, REGULAR));
            BOLD_ALL[cp] = (short) (mark ? 0 : width(base, BOLD));
        }
    }

    /** The base character's width; quotes and dashes as drawn; anything else as wide as '0'. */
    private static int width(int base, int[] table) {
        if (base >= ' ' && base <= '~') {
            return table[base - ' '];
        }
        boolean bold = table == BOLD;
        return switch (base) {
            case '«', '»' -> bold ? 102 : 96;
            case '–' -> 79;
            case '—', '…' -> 157;
            case '“', '”' -> bold ? 103 : 81;
            case '‘', '’' -> bold ? 60 : 50;
            case '\u00a0' -> bold ? 55 : 50;
            case '×', '≤', '≥' -> 132;
            default -> bold ? 109 : 100;
        };
    }

    private PrintLayout() {
    }

    /**
     * A4, landscape or portrait, every column on one page width, any number of pages tall, margins
     * of about 1.5 cm, "Trang n/m" centred in the footer.
     */
    public static void a4(Sheet sh, boolean landscape) {
        paper(sh, landscape);
        PrintSetup print = sh.getPrintSetup();
        sh.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // 0: as many pages tall as needed
    }

    /** {@link #a4} and rows {@code firstRow..lastRow} (0-based) printed at the top of every page. */
    public static void a4(Sheet sh, boolean landscape, int firstRow, int lastRow) {
        a4(sh, landscape);
        sh.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }

    /**
     * A4 for a table with more columns than one page can show readably (a column per indicator): at
     * {@code scalePercent} %, across as many pages as the columns take, the first {@code headerRows}
     * rows at the top and the first {@code keyColumns} columns at the left of every page, so each page
     * says whose row and which column it prints.
     */
    public static void a4Across(Sheet sh, boolean landscape, int headerRows, int keyColumns, int scalePercent) {
        paper(sh, landscape);
        sh.setFitToPage(false);
        sh.getPrintSetup().setScale((short) scalePercent);
        if (headerRows > 0) {
            sh.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        if (keyColumns > 0) {
            sh.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        }
    }

    private static void paper(Sheet sh, boolean landscape) {
        PrintSetup print = sh.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sh.setAutobreaks(true);
        sh.setMargin(Sheet.LeftMargin, 0.6);
        sh.setMargin(Sheet.RightMargin, 0.5);
        sh.setMargin(Sheet.TopMargin, 0.6);
        sh.setMargin(Sheet.BottomMargin, 0.7);
        print.setHeaderMargin(0.3);
        print.setFooterMargin(0.3);
        sh.getFooter().setCenter("Trang &P/&N");
    }

    /**
     * Sets the row's height to fit the longest wrapped text in it, by the sheet's column widths
     * (cells of several merged columns are measured by {@link #lines(String, double, boolean)} on the
     * first column alone, so leave merged rows to their writer). Never lowers a height already set.
     */
    public static void fitHeight(Row row) {
        new RowFitter(row.getSheet()).fit(row);
    }

    /**
     * {@link #fitHeight} for the rows of one sheet whose column widths are set, each column's width and each
     * style's wrap and font read once: XSSF reads a column's width from the sheet's XML at every call (40 % of
     * fitting rows in a steady night's samples) and a style's font from its XML too.
     */
    public static final class RowFitter {

        /** A wrapping style's font: its size and whether it is bold. */
        private record Look(float points, boolean bold) {
        }

        /** A style that does not wrap: its cells spill over, they never make the row taller. */
        private static final Look UNWRAPPED = new Look(0, false);

        private final Sheet sheet;
        private final Map<Integer, Double> widths = new HashMap<>();
        private final Map<Integer, Look> styles = new HashMap<>();

        public RowFitter(Sheet sheet) {
            this.sheet = sheet;
        }

        /** As {@link PrintLayout#fitHeight}, the widths as they were when this fitter first measured a column. */
        public void fit(Row row) {
            float height = 0;
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    height = Math.max(height, height(cell.getColumnIndex(), cell.getCellStyle(),
                            cell.getStringCellValue()));
                }
            }
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(Math.min(409, height)); // Excel's highest row
            }
        }

        /**
         * The height (points) a text cell in {@code column} with {@code style} needs: 0 for an empty text or a
         * style that does not wrap. For rows written without POI's row objects ({@link StreamedWorkbooks#rows}):
         * a row is as high as the highest of its cells, and set only when above the sheet's default.
         */
        public float height(int column, CellStyle style, String text) {
            if (style == null || text.isEmpty()) {
                return 0;
            }
            Look look = styles.computeIfAbsent((int) style.getIndex(), i -> look(style));
            if (look == UNWRAPPED) {
                return 0;
            }
            float points = look.points();
            // the column counts widths of the default 11-point '0'; the text is drawn at its own size
            double width = widths.computeIfAbsent(column, c -> sheet.getColumnWidth(c) / 256.0) * 11 / points;
            return lines(text, width, look.bold()) * LINE_POINTS_11 * points / 11;
        }

        private Look look(CellStyle style) {
            if (!style.getWrapText()) {
                return UNWRAPPED;
            }
            Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
            return font == null ? new Look(11, false) : new Look(font.getFontHeightInPoints(), font.getBold());
        }
    }

    /** {@link #lines(String, double, boolean)} of regular text. */
    public static int lines(String text, int widthChars) {
        return lines(text, widthChars, false);
    }

    /**
     * Lines a text takes when wrapped in a column {@code widthChars} wide (Excel's width unit, the
     * width of '0'), as LibreOffice lays it: its own line breaks, then words laid greedily on lines of
     * the column's width less the cell's margins, each character as wide as it is drawn; a word
     * longer than a line breaks where the line ends. On real messages and names (PrintLayoutPrintTest)
     * the count is LibreOffice's, or one more where it breaks a line at a hyphen or slash.
     */
    public static int lines(String text, double widthChars, boolean bold) {
        double perLine = Math.max(1, widthChars - CELL_MARGIN) * 100;
        double space = width(" ", bold);
        int lines = 0;
        // paragraphs split at each line break ("\r?\n"), words at each run of ASCII white space ("\\s+"), by
        // hand: with String.split's regular expressions, counting lines was a tenth of writing facts.xlsx
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int paragraphEnd = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : end;
            String paragraph = text.substring(start, paragraphEnd).strip();
            double used = 0;
            lines++;
            int i = 0;
            int n = paragraph.length();
            while (i < n) {
                while (i < n && asciiSpace(paragraph.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < n && !asciiSpace(paragraph.charAt(i))) {
                    i++;
                }
                if (i == from) {
                    continue;
                }
                double len = width(paragraph, from, i, bold);
                double need = used == 0 ? len : used + space + len;
                if (need <= perLine) {
                    used = need;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                while (len > perLine) {
                    lines++;
                    len -= perLine;
                }
                used = len;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return Math.max(1, lines);
    }

    /** What the regular expression {@code \\s} matches. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The text's width in hundredths of the width of '0'. */
    static double width(String text, boolean bold) {
        return width(text, 0, text.length(), bold);
    }

    private static double width(String text, int from, int to, boolean bold) {
        short[] table = bold ? BOLD_ALL : REGULAR_ALL;
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            w += c < TABLE_END ? table[c] : 100;
        }
        return w;
    }
}
