package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

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
        // 19 characters a line in a 20-wide column: "aaaa bbbb cccc dddd" fits, one more word does not
        assertThat(PrintLayout.lines("aaaa bbbb cccc dddd", 20)).isEqualTo(1);
        assertThat(PrintLayout.lines("aaaa bbbb cccc dddd e", 20)).isEqualTo(2);
        assertThat(PrintLayout.lines("một\nhai\n\nbốn", 20)).isEqualTo(4);
        // a word longer than a line breaks where the line ends: 45 characters on lines of 19
        assertThat(PrintLayout.lines("x".repeat(45), 20)).isEqualTo(3);
        assertThat(PrintLayout.lines("ab " + "x".repeat(38), 20)).isEqualTo(3);
    }

    @Test
    void aRowGrowsToItsLongestWrappedCellAndNeverShrinks() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb) {
                Sheet sh = wb.createSheet("s");
                sh.setColumnWidth(0, 21 * 256);
                sh.setColumnWidth(1, 41 * 256);
                CellStyle wrap = wb.createCellStyle();
                wrap.setWrapText(true);
                Font eleven = wb.createFont(); // an .xls's default font is 10 pt, an .xlsx's 11
                eleven.setFontHeightInPoints((short) 11);
                wrap.setFont(eleven);
                CellStyle plain = wb.createCellStyle();
                Row row = sh.createRow(0);
                Cells.text(row, 0, "aaaa bbbb cccc dddd eeee ffff gggg hhhh", wrap); // 2 lines of 20
                Cells.text(row, 1, "x ".repeat(100), wrap); // 200 characters, 5 lines of 40
                Cells.text(row, 2, "y ".repeat(500), plain); // not wrapped: spills, does not count
                PrintLayout.fitHeight(row);
                assertThat(row.getHeightInPoints()).isEqualTo(5 * 15f + 3);

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
}
