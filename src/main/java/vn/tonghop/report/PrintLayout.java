package vn.tonghop.report;

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

    /** Points per line of 11-point text, as Excel's default row is high. */
    private static final float LINE_POINTS_11 = 15f;
    /**
     * Characters of text per character of column width (Excel's unit, the width of '0'). Measured
     * in LibreOffice 7.4 without Calibri (drawn with DejaVu Sans): an 80-wide column holds about 95
     * characters of Vietnamese text a line (1.19 a unit), and Calibri in Excel is narrower still.
     * Words do not split, so lines are laid word by word; 1.1 stays on the safe side of both (rather a
     * row a little too tall than text printed over the next) without the extra line at 1.0 that made
     * the summary's level rows half empty.
     */
    private static final double FILL = 1.1;

    private PrintLayout() {
    }

    /**
     * A4, landscape or portrait, every column on one page width, any number of pages tall, margins
     * of about 1.5 cm, "Trang n/m" centred in the footer.
     */
    public static void a4(Sheet sh, boolean landscape) {
        PrintSetup print = sh.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sh.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // 0: as many pages tall as needed
        sh.setAutobreaks(true);
        sh.setMargin(Sheet.LeftMargin, 0.6);
        sh.setMargin(Sheet.RightMargin, 0.5);
        sh.setMargin(Sheet.TopMargin, 0.6);
        sh.setMargin(Sheet.BottomMargin, 0.7);
        print.setHeaderMargin(0.3);
        print.setFooterMargin(0.3);
        sh.getFooter().setCenter("Trang &P/&N");
    }

    /** {@link #a4} and rows {@code firstRow..lastRow} (0-based) printed at the top of every page. */
    public static void a4(Sheet sh, boolean landscape, int firstRow, int lastRow) {
        a4(sh, landscape);
        sh.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }

    /**
     * Sets the row's height to fit the longest wrapped text in it, by the sheet's column widths
     * (cells of several merged columns are measured by {@link #lines(String, int)} on the first
     * column alone, so leave merged rows to their writer). Never lowers a height already set.
     */
    public static void fitHeight(Row row) {
        Sheet sh = row.getSheet();
        float height = 0;
        for (Cell cell : row) {
            CellStyle style = cell.getCellStyle();
            if (style == null || !style.getWrapText() || cell.getCellType() != CellType.STRING) {
                continue;
            }
            String text = cell.getStringCellValue();
            if (text.isEmpty()) {
                continue;
            }
            Font font = sh.getWorkbook().getFontAt(style.getFontIndex());
            float points = font == null ? 11 : font.getFontHeightInPoints();
            int chars = (int) Math.floor(sh.getColumnWidth(cell.getColumnIndex()) / 256.0 * 11 / points);
            height = Math.max(height, lines(text, chars) * LINE_POINTS_11 * points / 11);
        }
        if (height > 0) {
            height += 3; // the cell's top and bottom padding
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(Math.min(409, height)); // Excel's highest row
            }
        }
    }

    /**
     * Lines a text takes when wrapped in a column {@code widthChars} wide (Excel's width unit, the
     * width of '0'): its own line breaks, then words laid greedily on lines of the column's useful
     * width; a word longer than a line breaks where the line ends.
     */
    public static int lines(String text, int widthChars) {
        int perLine = Math.max(1, (int) Math.floor((widthChars - 1) * FILL));
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.strip().split("\\s+")) {
                int len = word.length();
                if (len == 0) {
                    continue;
                }
                int need = used == 0 ? len : used + 1 + len;
                if (need <= perLine) {
                    used = need;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                lines += (len - 1) / perLine;
                used = len % perLine == 0 ? perLine : len % perLine;
            }
        }
        return Math.max(1, lines);
    }
}
