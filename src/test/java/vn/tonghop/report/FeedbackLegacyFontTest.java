package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.text.LegacyVietnamese;

/**
 * A school's workbook typed in TCVN3, its default font .VnTime: the feedback sheet «Góp ý» is
 * Unicode, so none of its cells may fall back on the school's legacy font (Excel would draw
 * "Thông tin" as "Thụng tin").
 */
class FeedbackLegacyFontTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theFeedbackSheetNeverUsesTheSchoolsLegacyFont(String ext) throws IOException {
        Path original = dir.resolve("tcvn3." + ext);
        try (Workbook wb = ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                wb.getFontAt(i).setFontName(".VnTime");
            }
            Sheet sheet = wb.createSheet("Phu luc II");
            sheet.createRow(0).createCell(0).setCellValue("Phô lôc II");
            sheet.createRow(1).createCell(3).setCellValue("92, 70");
            try (OutputStream out = Files.newOutputStream(original)) {
                wb.write(out);
            }
        }
        List<Finding> findings = List.of(
                new Finding("tcvn3." + ext, "87612405", "Phu luc II", "A1", "LEGACY_ENCODING", Severity.INFO,
                        "Tệp được gõ bằng bảng mã cũ TCVN3 (ABC).", "Phô lôc II"),
                new Finding("tcvn3." + ext, "87612405", "Phu luc II", "D2", "VALUE_DOUBTFUL", Severity.WARNING,
                        "Giá trị «92, 70» có khoảng trắng giữa các chữ số.", "92, 70"));
        Path target = dir.resolve("gop-y." + ext);

        new FeedbackWorkbookWriter().write(original, findings, target);

        List<String> legacy = new ArrayList<>();
        int cells = 0;
        try (InputStream in = Files.newInputStream(target); Workbook wb = WorkbookFactory.create(in)) {
            Sheet feedback = wb.getSheet(FeedbackSheet.NAME);
            for (Row row : feedback) {
                for (Cell cell : row) {
                    cells++;
                    String font = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
                    if (LegacyVietnamese.fontHint(font) != null) {
                        legacy.add(cell.getAddress() + " " + font);
                    }
                }
            }
            // the school's own cells keep their font: there the legacy text reads right
            assertThat(wb.getFontAt(wb.getSheet("Phu luc II").getRow(0).getCell(0).getCellStyle().getFontIndex())
                    .getFontName()).isEqualTo(".VnTime");
        }
        assertThat(cells).isGreaterThan(10);
        assertThat(legacy).isEmpty();
    }
}
