package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.selfassessment.reading.CriterionRow;
import vn.tonghop.kind.selfassessment.reading.MarkConvention;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentScanner;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentChecks;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.criteria.CriteriaCatalogue;

/**
 * A grid laid out the other ways clerks do: an STT column, codes as numbers ({@code 1.10} typed into a
 * number cell shows {@code 1.1}), {@code TC 2.1}, titles only (without diacritics, with a typo, in another
 * wording), the header repeated after a page break, one mark per row ({@code ✓}, {@code 1}) and a Mức 4
 * column, the conclusion split over two cells; with one planted mistake of each kind.
 */
class SelfAssessmentLayoutTest {

    static final CriteriaCatalogue TT18 = SeedSelfAssessmentTest.REFERENCE.catalogue("tt18-2018");
    static final String[] HEADER = {"TT", "Tiêu chí", "Không đạt", "Mức 1", "Mức 2", "Mức 3", "Mức 4"};

    /** label (a Double for a number cell), then the marks under Không đạt, Mức 1 … Mức 4. */
    private static Object[] r(Object stt, Object label, Object... marks) {
        Object[] row = new Object[2 + marks.length];
        row[0] = stt;
        row[1] = label;
        System.arraycopy(marks, 0, row, 2, marks.length);
        return row;
    }

    static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ"});
        rows.add(HEADER);
        rows.add(r("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"));
        rows.add(r("", 1.1, "", "", "✓"));
        rows.add(r("", 1.2, "", "✓"));
        rows.add(r("", 1.3, "X", "X"));                            // Không đạt and Mức 1
        for (int i = 4; i <= 9; i++) {
            rows.add(r("", Double.parseDouble("1." + i), "", "", "✓"));
        }
        rows.add(r("", 1.1, "", "", 1.0));                         // 1.10, shown as 1.1
        rows.add(HEADER);                                          // page break
        rows.add(r("2", "Tiêu chuẩn 2"));
        rows.add(r("", "TC 2.1", "", "", "✓"));
        rows.add(r("", "TC 2.2"));                                 // no mark
        rows.add(r("", "TC 2.3", "", "", "✓"));
        rows.add(r("", "TC 2.4", "", "✓"));
        rows.add(r("3", "Cơ sở vật chất và thiết bị dạy học"));
        rows.add(r("", "Khuon vien, khu san choi, bai tapp", "", "", "✓"));
        rows.add(r("", "Phong hoc, phong hoc bo mon va khoi phuc vu hoc tap", "", "✓"));
        rows.add(r("", "Khối hành chính – quản trị", "", "✓"));
        rows.add(r("", "Khu vệ sinh, hệ thống thoát nước", "", "", "✓"));
        rows.add(r("", "Thiết bị", "", "Đạt"));                   // a word, not a mark
        rows.add(r("", "Thư viện", "", "", "", "✓"));
        rows.add(r("4", "Tiêu chuẩn 4"));
        rows.add(r("", "Tiêu chí 4.1", "", "", "✓"));
        rows.add(r("", "Tiêu chí 4.2", "", "", "", "", "✓"));      // Mức 4: not a level of the criterion
        rows.add(r("5", "Tiêu chuẩn 5"));
        rows.add(r("", "Tiêu chí 5.1", "", "✓", "✓"));             // two marks where one is meant
        rows.add(r("", "Tiêu chí 5.2", "", "", "✓"));
        rows.add(r("", "Tiêu chí 5.3", "", "", "✓"));
        rows.add(r("", "Tiêu chí 5.4", "", "✓"));
        rows.add(r("", "Tiêu chí 5.5", "", "", "✓"));
        rows.add(r("", "Tiêu chí 5.5", "", "✓"));                  // twice; 5.6 missing
        rows.add(r("", "Tiêu chí 6.1", "", "✓"));                  // no such criterion
        rows.add(new Object[]{});
        rows.add(new Object[]{"", "Kết luận:", "Trường đạt Mức 2"});
        return rows;
    }

    static Workbook workbook(List<Object[]> rows) {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("TĐG");
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i);
            Object[] values = rows.get(i);
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (values[c] instanceof String s && !s.isEmpty()) {
                    row.createCell(c).setCellValue(s);
                }
            }
        }
        return wb;
    }

    static SelfAssessmentTable table(Workbook wb) {
        SheetGrid grid = SheetGrid.of(wb.getSheetAt(0), new DataFormatter(), new SheetGrid.WorkbookBudget());
        List<SelfAssessmentTable> tables = new SelfAssessmentScanner(TT18).scan(grid);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void everyRowIsMatchedByCodeOrTitleWhateverTheLayout() throws Exception {
        try (Workbook wb = workbook(rows())) {
            SelfAssessmentTable t = table(wb);

            assertThat(t.rows()).extracting(CriterionRow::code).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5",
                    "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5",
                    "3.6", "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "5.5", "5.5", "6.1");
            assertThat(t.rows().subList(14, 20)).allMatch(r -> r.matchedBy() == CriterionRow.MatchedBy.TITLE);
            assertThat(t.convention()).isEqualTo(MarkConvention.SINGLE);
            assertThat(t.maxLevelColumn()).isEqualTo(4);
            assertThat(t.statedLevel().level()).isEqualTo(2);
            assertThat(t.statedLevel().cell()).isEqualTo("B39");
        }
    }

    @Test
    void eachPlantedMistakeIsOneFindingAtItsCell() throws Exception {
        try (Workbook wb = workbook(rows())) {
            SelfAssessmentTable t = table(wb);
            SelfAssessmentChecks.Checked checked = new SelfAssessmentChecks(null)
                    .check(t, TT18, SeedSelfAssessmentTest.REFERENCE.ruleFor(TT18), "tdg.xlsx", "87715002");

            assertThat(checked.findings()).extracting(Finding::rule, Finding::cell, Finding::severity)
                    .containsExactlyInAnyOrder(
                            tuple("CRITERION_MARKS_CONFLICT", "C6", Severity.ERROR),
                            tuple("CRITERION_NOT_MARKED", "B17", Severity.ERROR),
                            tuple("CRITERION_MARK_UNREADABLE", "D25", Severity.WARNING),
                            tuple("CRITERION_NOT_MARKED", "B25", Severity.ERROR),
                            tuple("CRITERION_LEVEL_NOT_IN_CIRCULAR", "G29", Severity.ERROR),
                            tuple("CRITERION_MARKED_SEVERAL", "E31", Severity.ERROR),
                            tuple("CRITERION_DUPLICATED", "B36", Severity.ERROR),
                            tuple("CRITERION_UNKNOWN", "B37", Severity.WARNING),
                            tuple("CRITERION_MISSING", "", Severity.ERROR),
                            tuple("CONCLUSION_MISMATCH", "B39", Severity.WARNING));
            SelfAssessment a = checked.assessment();
            assertThat(a.levels()).containsEntry("1.10", 2).containsEntry("4.2", 3).containsEntry("3.6", 3)
                    .containsEntry("1.3", null).containsEntry("5.1", null).containsEntry("5.6", null)
                    .containsEntry("5.5", 2);
            assertThat(a.computedLevel()).isZero();
            assertThat(a.statedLevel()).isEqualTo(2);
            assertThat(checked.findings()).filteredOn(f -> f.rule().equals("CONCLUSION_MISMATCH")).singleElement()
                    .extracting(Finding::message).asString().contains("Kết luận ghi trường đạt Mức 2 nhưng theo mức của "
                            + "các tiêu chí trong bảng, trường chưa đạt Mức 1 (5 tiêu chí thiếu hoặc chưa rõ mức")
                    .contains("chưa được đối chiếu với thông tư");
        }
    }

    /**
     * Titles only: 5.6's title «Kết quả giáo dục» starts like the stated «Kết quả: …» line below a grid; with
     * its marks it is the criterion, and the grid goes on to the real result and conclusion.
     */
    @Test
    void aCriterionTitledKetQuaIsACriterionNotTheStatedResult() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(r("", "Hình thành, phát triển các kỹ năng sống cho học sinh", "", "X", "X"));
        rows.add(r("", "Kết quả giáo dục", "", "X", "X", "X"));
        rows.add(new Object[]{});
        rows.add(new Object[]{"Kết quả: Đạt Mức 2"});
        rows.add(new Object[]{"Kết luận: Trường đạt Mức 2"});
        try (Workbook wb = workbook(rows)) {
            SelfAssessmentTable t = table(wb);
            assertThat(t.rows()).extracting(CriterionRow::code).containsExactly("5.5", "5.6");
            assertThat(t.stated()).extracting(s -> s.kind().name() + " " + s.level() + " " + s.cell())
                    .containsExactly("RESULT 2 A5", "CONCLUSION 2 A6");
        }
    }

    @Test
    void theOfficesSeverityWins() throws Exception {
        try (Workbook wb = workbook(rows())) {
            var settings = new vn.tonghop.validation.ValidationSettings(
                    java.util.Map.of("criterion-unknown", Severity.INFO, "CONCLUSION_MISMATCH", Severity.ERROR), null, null);
            List<Finding> findings = new SelfAssessmentChecks(settings)
                    .check(table(wb), TT18, SeedSelfAssessmentTest.REFERENCE.ruleFor(TT18), "tdg.xlsx", "u").findings();
            assertThat(findings).filteredOn(f -> f.rule().equals("CRITERION_UNKNOWN")).extracting(Finding::severity)
                    .containsExactly(Severity.INFO);
            assertThat(findings).filteredOn(f -> f.rule().equals("CONCLUSION_MISMATCH")).extracting(Finding::severity)
                    .containsExactly(Severity.ERROR);
        }
    }

    @Test
    void withoutACatalogueTheGridIsStillReadByCode() throws Exception {
        try (Workbook wb = SeedSelfAssessmentGrid.workbook()) {
            SheetGrid grid = SeedSelfAssessmentGrid.grid(wb);
            SelfAssessmentTable t = new SelfAssessmentScanner(null).scan(grid).get(0);
            SelfAssessmentChecks.Checked checked = new SelfAssessmentChecks(null).check(t, null, null, "f", "u");

            assertThat(checked.findings()).extracting(Finding::rule).containsExactly("CRITERIA_CATALOGUE_UNKNOWN",
                    "CRITERION_LEVEL_SKIPPED", "CRITERION_LEVEL_SKIPPED");
            assertThat(checked.assessment().levels()).hasSize(28);
            assertThat(checked.assessment().computedLevel()).isNull();
        }
    }
}
