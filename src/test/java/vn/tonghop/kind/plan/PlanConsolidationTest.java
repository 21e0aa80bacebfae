package vn.tonghop.kind.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.plan.consolidation.CriterionPlans;
import vn.tonghop.kind.plan.consolidation.NodePlans;
import vn.tonghop.kind.plan.consolidation.PlanConsolidation;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.kind.plan.report.PlanSheets;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.report.PdfPages;
import vn.tonghop.report.PdfPages.Pdf;
import vn.tonghop.report.ReportStyles;

/**
 * Three schools of Sông Trà send plans (seed 001, a lower secondary school; seed 002, a preschool; Phú Lộc's
 * sample, a primary school): the district's and the province's budget, staff and criteria, and their sheets.
 */
class PlanConsolidationTest {

    @TempDir
    static Path dir;

    static final UnitRegistry REGISTRY = SeedPlanWorkbooks.registry();
    static final PlanKind KIND = new PlanKind(new CriteriaSettings(Path.of("jobs/so-dong-thap/tu-danh-gia")), REGISTRY);
    static List<NodePlans> nodes;

    @BeforeAll
    static void consolidate() throws Exception {
        SubmissionReader reader = new SubmissionReader(REGISTRY, List.of(KIND), 20_000_000);
        Map<String, PlanTable> byUnit = new LinkedHashMap<>();
        for (Path file : List.of(SeedPlanWorkbooks.write(SeedPlanWorkbooks.SEED_001, dir.resolve("001.xlsx")),
                SeedPlanWorkbooks.write(SeedPlanWorkbooks.SEED_002, dir.resolve("002.xlsx")),
                Path.of("sample-workbooks/PhuLoc_ke_hoach_cai_tien.xlsx"))) {
            Submission s = reader.readDocuments(file).get(0);
            byUnit.put(s.unitCode(), PlanFacts.table(s.facts()));
        }
        nodes = new PlanConsolidation(REGISTRY, KIND::catalogueOf).consolidate("SGD-DT", byUnit);
    }

    @Test
    void theDistrictAddsUpItsSchoolsBudgetsAndStaff() {
        assertThat(nodes).extracting(NodePlans::nodeCode).containsExactly("SGD-DT", "PGD-TH", "PGD-ST");
        NodePlans st = nodes.get(2);
        assertThat(st.expected()).hasSize(15); // with the preschool Hoa Mai (87715013) the registry gained
        assertThat(st.reported()).containsExactly("87715001", "87715101", "87715102");
        // 001: 500 + 50 + 50 + 20 million; 002: 250 + 300 million; Phú Lộc: 50 million + 60.000.000đ
        assertThat(st.total().amount()).isEqualByComparingTo("1280000000");
        assertThat(st.total().amountRows()).isEqualTo(8);
        assertThat(st.total().sourceRows()).isEqualTo(3); // 001's 3.6 Nguồn kinh phí ngành; Phú Lộc's ngành and XHH
        assertThat(st.total().unreadableRows()).isEqualTo(1);
        assertThat(st.total().rows()).isEqualTo(37 + 3 + 6);
        assertThat(st.staff()).containsExactly(Map.entry("giáo viên", 2), Map.entry("nhân viên", 1));
        assertThat(st.staffSchools()).containsExactly("87715001", "87715102");
        assertThat(nodes.get(0).total()).isEqualTo(st.total());
        assertThat(nodes.get(1).reported()).isEmpty();
    }

    @Test
    void criteriaAreCountedPerCatalogueBecauseCodesDifferBetweenCirculars() {
        NodePlans st = nodes.get(2);
        assertThat(st.criteria()).filteredOn(p -> "3.2".equals(p.code()))
                .extracting(CriterionPlans::catalogueId, p -> p.schools().size(), CriterionPlans::rows,
                        p -> p.budget().amount().longValue())
                .containsExactly(tuple("tt18-2018-tt22-2024", 1, 1, 50_000_000L), tuple("tt19-2018-tt22-2024", 1, 2, 550_000_000L));
        CriterionPlans std3 = st.criteria().stream()
                .filter(p -> p.isStandard() && p.standard() == 3 && p.catalogueId().equals("tt18-2018-tt22-2024")).findFirst()
                .orElseThrow();
        assertThat(std3.title()).isEqualTo("Cơ sở vật chất và thiết bị dạy học");
        assertThat(std3.rows()).isEqualTo(6);
        assertThat(std3.budget().amount()).isEqualByComparingTo("620000000");
        assertThat(std3.budget().sourceRows()).isEqualTo(1);
        // a standard's line comes before its criteria, criteria in the circular's order (1.10 after 1.9)
        List<String> tt18 = st.criteria().stream().filter(p -> p.catalogueId().equals("tt18-2018-tt22-2024"))
                .map(p -> p.isStandard() ? "TC" + p.standard() : p.code()).toList();
        assertThat(tt18).startsWith("TC1", "1.1", "1.2").containsSubsequence("1.9", "1.10", "TC2", "2.1").hasSize(33);
    }

    @Test
    void theSheetsShowTheTotalsAndSayHowTheyWereAddedUp() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            PlanSheets.write(wb, new ReportStyles(wb), nodes, REGISTRY::find);
            Sheet budget = wb.getSheet(PlanSheets.BUDGET);
            assertThat(budget.getRow(3).getCell(0).getStringCellValue()).isEqualTo("PGD-ST");
            assertThat(budget.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(budget.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(1_280_000_000d);
            assertThat(budget.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(budget.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(1);
            assertThat(budget.getRow(3).getCell(11).getStringCellValue()).isEqualTo("2 giáo viên; 1 nhân viên");
            assertThat(budget.getRow(3).getCell(12).getStringCellValue())
                    .isEqualTo("Trường Tiểu học Phú Lộc; Trường Mầm non xã Hua Thanh");
            assertThat(highlighted(budget, 3)).isTrue(); // Phú Lộc's budget could not be read
            assertThat(highlighted(budget, 2)).isFalse();
            assertThat(budget.getRow(5).getCell(0).getStringCellValue()).startsWith("Kinh phí dự kiến: tổng các số tiền");
            assertThat(budget.getPrintSetup().getLandscape()).isTrue();

            Sheet criteria = wb.getSheet(PlanSheets.CRITERIA);
            assertThat(criteria.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tên tiêu chuẩn, tiêu chí");
            assertThat(criteria.getRow(1).getCell(2).getStringCellValue()).isEqualTo("TC 1");
            assertThat(criteria.getPrintSetup().getLandscape()).isTrue();
            try (OutputStream os = Files.newOutputStream(Path.of("target/plan-sheets.xlsx"))) {
                wb.write(os);
            }
        }
    }

    /**
     * Each sheet printed by LibreOffice on one landscape page, the note under the table whole: left to
     * run on in one cell it was cut at the page's edge ("Biên chế: … (Xin thêm biên chế (").
     */
    @Test
    @Timeout(value = PdfPages.TIMEOUT_SECONDS + 60, unit = TimeUnit.SECONDS)
    void theSheetsPrintOnOnePageEachWithTheirNoteWhole() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        Path xlsx = dir.resolve("plan-sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            PlanSheets.write(wb, new ReportStyles(wb), nodes, REGISTRY::find);
            try (OutputStream os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
        }
        Path budget = PdfPages.onlySheet(xlsx, PlanSheets.BUDGET, dir.resolve("budget.xlsx"));
        List<Pdf> pdf = PdfPages.convert(soffice, dir, List.of(budget));
        assertThat(pdf.get(0).pages()).isEqualTo(1);
        assertThat(pdf.get(0).allLandscape()).isTrue();
        String page = PdfPages.text(pdf.get(0), 1).replaceAll("\\s+", " ");
        assertThat(page).contains("Kinh phí dự kiến: tổng các số tiền", "(Xin thêm biên chế 02 giáo viên).",
                "1,280,000,000", "2 giáo viên; 1 nhân viên");
    }

    private static boolean highlighted(Sheet sh, int row) {
        XSSFCellStyle style = (XSSFCellStyle) sh.getRow(row).getCell(0).getCellStyle();
        return style.getFillForegroundXSSFColor() != null;
    }
}
