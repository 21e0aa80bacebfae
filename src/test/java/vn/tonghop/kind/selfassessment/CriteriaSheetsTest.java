package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.kind.selfassessment.consolidation.CriteriaConsolidation;
import vn.tonghop.kind.selfassessment.consolidation.NodeCriteria;
import vn.tonghop.kind.selfassessment.report.CriteriaSheets;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.report.ReportStyles;

/** The self-assessment's summary sheets: counts per node and criterion, the schools named, highlighted rows. */
class CriteriaSheetsTest {

    @Test
    void theSheetsCountSchoolsPerLevelAndHighlightNotMet() throws Exception {
        CriteriaCatalogue tt18 = SeedSelfAssessmentTest.REFERENCE.catalogue("tt18-2018");
        Map<String, SelfAssessment> sent = new LinkedHashMap<>();
        Map<String, Integer> a1 = new LinkedHashMap<>();
        Map<String, Integer> a2 = new LinkedHashMap<>();
        for (Criterion c : tt18.criteria()) {
            a1.put(c.code(), c.code().equals("3.2") ? 0 : 1);
            a2.put(c.code(), 2);
        }
        sent.put("A1", new SelfAssessment("A1", "tt18-2018", a1, 0, false, 1));
        sent.put("A2", new SelfAssessment("A2", "tt18-2018", a2, 2, false, 2));
        List<NodeCriteria> nodes = new CriteriaConsolidation(CriteriaConsolidationTest.REGISTRY,
                SeedSelfAssessmentTest.REFERENCE).consolidate("SGD", sent);

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CriteriaSheets.write(wb, new ReportStyles(wb), nodes, CriteriaConsolidationTest.REGISTRY::find, false);
            Sheet levels = wb.getSheet(CriteriaSheets.LEVELS);
            assertThat(levels.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sở GD&ĐT");
            assertThat(levels.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4); // A1, A2, A3, B1
            assertThat(levels.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(levels.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1); // A1 not at Mức 1
            assertThat(levels.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1); // A2 at Mức 2
            assertThat(levels.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(50.0);
            assertThat(levels.getRow(1).getCell(10).getStringCellValue()).isEqualTo("Trường THCS A1");
            assertThat(levels.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Trường Tiểu học A3; Trường THCS B1");
            assertThat(highlighted(levels, 1)).isTrue();
            assertThat(levels.getRow(3).getCell(0).getStringCellValue()).isEqualTo("PGD-B");
            assertThat(highlighted(levels, 3)).isFalse();
            assertThat(levels.getRow(5).getCell(0).getStringCellValue()).contains("quy tắc tạm, chưa đối chiếu");

            Sheet criteria = wb.getSheet(CriteriaSheets.CRITERIA);
            int row32 = 1 + 15; // the province's rows first, 3.2 is the 16th criterion
            assertThat(criteria.getRow(row32).getCell(2).getStringCellValue()).isEqualTo("3.2");
            assertThat(criteria.getRow(row32).getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(criteria.getRow(row32).getCell(10).getStringCellValue()).isEqualTo("Trường THCS A1");
            assertThat(highlighted(criteria, row32)).isTrue();
            assertThat(highlighted(criteria, row32 + 1)).isFalse();
            assertThat(criteria.getRow(1 + 28).getCell(0).getStringCellValue()).isEqualTo("Phòng GD&ĐT A");

            Path out = Path.of("target/criteria-sheets.xlsx");
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static boolean highlighted(Sheet sh, int row) {
        XSSFCellStyle style = (XSSFCellStyle) sh.getRow(row).getCell(0).getCellStyle();
        return style.getFillForegroundXSSFColor() != null;
    }
}
