package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;

/** Lines of wrapped text and the row heights and page setup that follow, in .xlsx and .xls alike. */
class PrintLayoutTest {

    @Test
    void linesCountWordsLaidOnLinesAndTheTextsOwnBreaks() {
        assertThat(PrintLayout.lines("", 20)).isEqualTo(1);
        assertThat(PrintLayout.lines("ngắn", 20)).isEqualTo(1);
        // a 20-wide column holds 19.6 widths of '0' a line (the cell's margins take the rest); a space is half a '0'
        assertThat(PrintLayout.lines("0000000000 000000000", 20)).isEqualTo(1); // 19.5
        assertThat(PrintLayout.lines("0000000000 0000000000", 20)).isEqualTo(2); // 20.5
        assertThat(PrintLayout.lines("một\nhai\n\nbốn", 20)).isEqualTo(4);
        // a word longer than a line breaks where the line ends: 45 widths on lines of 19.6
        assertThat(PrintLayout.lines("0".repeat(45), 20)).isEqualTo(3);
        assertThat(PrintLayout.lines("ab " + "0".repeat(38), 20)).isEqualTo(3);
    }

    @Test
    void lettersAreAsWideAsTheyAreDrawnMarksIncludedAndBoldWider() {
        // 40 i's are 17.6 widths of '0', 15 m's 23: characters are not all alike
        assertThat(PrintLayout.lines("i".repeat(40), 20)).isEqualTo(1);
        assertThat(PrintLayout.lines("m".repeat(15), 20)).isEqualTo(2);
        // a Vietnamese letter is as wide as its base letter, composed or decomposed
        String marked = "Trường Tiểu học Tân Thành B2 đạt chuẩn quốc gia mức độ 1";
        String plain = "Truong Tieu hoc Tan Thanh B2 dat chuan quoc gia muc do 1";
        for (int width = 8; width <= 40; width++) {
            assertThat(PrintLayout.lines(marked, width)).as("width %d", width).isEqualTo(PrintLayout.lines(plain, width));
            assertThat(PrintLayout.lines(Normalizer.normalize(marked, Normalizer.Form.NFD), width, false))
                    .as("decomposed, width %d", width).isEqualTo(PrintLayout.lines(plain, width));
        }
        // bold is wider: 18.5 widths regular, 20.2 bold
        assertThat(PrintLayout.lines("0000000000 00000000", 20, false)).isEqualTo(1);
        assertThat(PrintLayout.lines("0000000000 00000000", 20, true)).isEqualTo(2);
    }

    @Test
    void aRowGrowsToItsLongestWrappedCellAndNeverShrinks() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb) {
                Sheet sh = twoColumns(wb);
                CellStyle wrap = style(wb, true, 11, false); // an .xls's default font is 10 pt, an .xlsx's 11
                CellStyle plain = wb.createCellStyle();
                Row row = sh.createRow(0);
                Cells.text(row, 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhh", wrap); // 2 lines in 21
                Cells.text(row, 1, "x ".repeat(100), wrap); // 28 x's a line in 41: 4 lines
                Cells.text(row, 2, "y ".repeat(500), plain); // not wrapped: spills, does not count
                PrintLayout.fitHeight(row);
                assertThat(row.getHeightInPoints()).isEqualTo(4 * 15f); // as Excel makes a row of 4 lines

                Row tall = sh.createRow(1);
                tall.setHeightInPoints(100);
                Cells.text(tall, 0, "ngắn", wrap);
                PrintLayout.fitHeight(tall);
                assertThat(tall.getHeightInPoints()).isEqualTo(100f);

                PrintLayout.a4(sh, true, 0, 0);
                assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sh.getPrintSetup().getLandscape()).isTrue();
                assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sh.getPrintSetup().getFitHeight()).isZero();
                assertThat(sh.getFitToPage()).isTrue();
                assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                assertThat(sh.getFooter().getCenter()).isEqualTo("Trang &P/&N");
            }
        }
    }

    /**
     * One fitter for a sheet's rows reads each column's width and each style's font once, and each row still gets
     * the height of its own cells: a column's width is the column's, a style's size and weight the style's, in
     * whatever order the rows meet them.
     */
    @Test
    void aSheetsFitterMeasuresEachCellByItsOwnColumnAndStyle() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb) {
                Sheet sh = twoColumns(wb);
                CellStyle wrap11 = style(wb, true, 11, false);
                CellStyle wrap14Bold = style(wb, true, 14, true);
                CellStyle plain = style(wb, false, 11, false);
                String xs = "x ".repeat(100);
                Row[] rows = new Row[5];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = sh.createRow(r);
                }
                Cells.text(rows[0], 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhh", wrap11); // 2 lines in 21
                Cells.text(rows[1], 0, "ngắn", wrap14Bold); // 1 line of 14 points
                Cells.text(rows[2], 1, xs, wrap11); // 4 lines in 41
                Cells.text(rows[3], 0, "y ".repeat(500), plain); // not wrapped
                Cells.text(rows[4], 1, xs, wrap14Bold); // in 41 widths of an 11-point '0', bold 14-point letters
                PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh);
                for (Row row : rows) {
                    fitter.fit(row);
                }
                float line14 = 15f * 14 / 11;
                assertThat(rows[0].getHeightInPoints()).isEqualTo(2 * 15f);
                // a row's height is kept in twentieths of a point
                assertThat(rows[1].getHeightInPoints()).isCloseTo(line14, within(0.05f));
                assertThat(rows[2].getHeightInPoints()).isEqualTo(4 * 15f);
                assertThat(rows[3].getHeightInPoints()).isEqualTo(sh.getDefaultRowHeightInPoints());
                int bold14Lines = PrintLayout.lines(xs, 41 * 11 / 14.0, true);
                assertThat(bold14Lines).isGreaterThan(4);
                assertThat(rows[4].getHeightInPoints()).isCloseTo(bold14Lines * line14, within(0.05f));
            }
        }
    }

    /** A sheet whose first two columns are 21 and 41 widths of '0' wide. */
    private static Sheet twoColumns(Workbook wb) {
        Sheet sh = wb.createSheet("s");
        sh.setColumnWidth(0, 21 * 256);
        sh.setColumnWidth(1, 41 * 256);
        return sh;
    }

    private static CellStyle style(Workbook wb, boolean wrap, int points, boolean bold) {
        CellStyle style = wb.createCellStyle();
        style.setWrapText(wrap);
        Font font = wb.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        return style;
    }
}
