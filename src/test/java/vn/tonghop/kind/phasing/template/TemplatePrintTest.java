package vn.tonghop.kind.phasing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.report.PdfPages;
import vn.tonghop.report.PdfPages.Pdf;

/**
 * A school's template as it prints through LibreOffice: the "Hướng dẫn" sheet on one portrait A4 page
 * with both its columns (it was cut at the page's edge), its long explanations in rows tall enough
 * for their lines; the table on landscape A4 pages one page wide.
 */
class TemplatePrintTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void instructionsPrintOnOnePortraitA4PageAndTheTableOneLandscapePageWide() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        TemplateFixture fx = new TemplateFixture();
        Path school = fx.generator().generate("PGD-ST", Files.createDirectories(dir.resolve("t"))).get(1).file();
        try (XSSFWorkbook wb = new XSSFWorkbook(school.toFile())) {
            XSSFSheet sh = wb.getSheet(InstructionsSheet.NAME);
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getLandscape()).isFalse();
            assertThat(sh.getFitToPage()).isTrue();
            assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getFooter().getCenter()).contains("&P");
            Row protection = null;
            for (Row row : sh) {
                if (row.getCell(0) != null && "Bảo vệ trang tính".equals(row.getCell(0).getStringCellValue())) {
                    protection = row;
                }
            }
            assertThat(protection).isNotNull();
            // about 260 characters in an 80-character column, which LibreOffice fills with about 95 a
            // line: three lines, not the one line of a row never measured
            assertThat(protection.getHeightInPoints()).isGreaterThanOrEqualTo(45f);
            assertThat(wb.getSheet(TableSheet.NAME).getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        }
        Path instructions = PdfPages.onlySheet(school, InstructionsSheet.NAME, dir.resolve("huong_dan.xlsx"));
        Path table = PdfPages.onlySheet(school, TableSheet.NAME, dir.resolve("bang.xlsx"));
        List<Pdf> pdf = PdfPages.convert(soffice, dir, List.of(instructions, table));
        assertThat(pdf.get(0).pages()).as("Hướng dẫn").isEqualTo(1);
        assertThat(pdf.get(0).allA4()).isTrue();
        assertThat(pdf.get(0).allPortrait()).isTrue();
        assertThat(pdf.get(1).allA4()).isTrue();
        assertThat(pdf.get(1).allLandscape()).isTrue();
        assertThat(pdf.get(1).pages()).as("the table, one page wide").isBetween(1, 3);
    }
}
