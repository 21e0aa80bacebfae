package vn.tonghop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.PrintLayout;

/**
 * A {@code facts.xlsx} row is as tall as its most wrapped text, though the texts rows repeat are measured once:
 * the same long text in columns of different widths takes each column's lines, in whichever order the rows come.
 */
class FactsWorkbookRowHeightTest {

    private static final String LONG = "Tỷ lệ trẻ em trong độ tuổi được đánh giá đạt chuẩn phát triển theo từng lĩnh vực";

    @TempDir
    Path dir;

    @Test
    void aRepeatedTextTakesTheLinesOfEachColumnItIsIn() throws Exception {
        List<FactRow> rows = List.of(
                row(LONG, "", "a.xlsx"),  // the indicator's name: 28 characters wide
                row(LONG, "", "a.xlsx"),  // the same again, its lines already known
                row("Tên", "", LONG),     // the file: 24 wide
                row("Tên", LONG, "a.xlsx"), // the flags: 16 wide
                row("Tên", "", "a.xlsx"));
        Path xlsx = dir.resolve("facts.xlsx");
        new FactsWorkbookExporter(null, null, OutputFiles.DEFAULT).write(sink -> rows.forEach(sink), xlsx);

        int wide = PrintLayout.lines(LONG, 28);
        int file = PrintLayout.lines(LONG, 24);
        int narrow = PrintLayout.lines(LONG, 16);
        assertThat(narrow).as("the test needs columns where the text takes different lines").isGreaterThan(wide);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(1).getHeightInPoints()).isEqualTo(wide * 15f);
            assertThat(sh.getRow(2).getHeightInPoints()).isEqualTo(wide * 15f);
            assertThat(sh.getRow(3).getHeightInPoints()).isEqualTo(file * 15f);
            assertThat(sh.getRow(4).getHeightInPoints()).isEqualTo(narrow * 15f);
            assertThat(sh.getRow(5).getHeightInPoints()).isEqualTo(sh.getDefaultRowHeightInPoints());
        }
    }

    private static FactRow row(String indicatorName, String flags, String file) {
        return new FactRow("90000001", "TW.1.a", indicatorName, "current", "79,35", "79.35", "", "'Phụ lục II'!D6",
                "PERCENT", flags, "Tên", file, "4f8b10a63a77ec5ca0589251f7081469bd608cf930895aad99f7345759cd64fc",
                "phasing");
    }
}
