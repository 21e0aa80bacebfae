package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.selfassessment.reading.CriterionRow;
import vn.tonghop.kind.selfassessment.reading.MarkConvention;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentScanner;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.reading.StatedLevel;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentChecks;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/** The seed's self-assessment table, cell for cell, read and checked against the shipped 18/2018 catalogue. */
class SeedSelfAssessmentTest {

    static final SelfAssessmentReference REFERENCE = SelfAssessmentReference.load(
            Path.of("jobs/so-dong-thap/tu-danh-gia"), UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv")));

    @Test
    void theSeedsGridIsReadRowForRow() throws Exception {
        try (Workbook wb = SeedSelfAssessmentGrid.workbook()) {
            CriteriaCatalogue tt18 = REFERENCE.catalogue("tt18-2018");
            List<SelfAssessmentTable> tables = new SelfAssessmentScanner(tt18).scan(SeedSelfAssessmentGrid.grid(wb));

            assertThat(tables).hasSize(1);
            SelfAssessmentTable t = tables.get(0);
            assertThat(t.rows()).extracting(CriterionRow::code)
                    .containsExactlyElementsOf(tt18.criteria().stream().map(Criterion::code).toList());
            assertThat(t.rows()).allMatch(r -> r.matchedBy() == CriterionRow.MatchedBy.CODE);
            assertThat(t.convention()).isEqualTo(MarkConvention.CUMULATIVE);
            assertThat(t.maxLevelColumn()).isEqualTo(3);
            assertThat(t.hasNotMetColumn()).isTrue();
            assertThat(t.rows().get(9).label()).isEqualTo("Tiêu chí 1.10");
            assertThat(t.stated()).extracting(StatedLevel::kind, StatedLevel::level, StatedLevel::cell).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(StatedLevel.Kind.RESULT, 1, "A41"),
                    org.assertj.core.groups.Tuple.tuple(StatedLevel.Kind.CONCLUSION, 1, "A43"));
        }
    }

    @Test
    void theTwoRealMistakesAreFoundAtTheirCellsAndNothingElse() throws Exception {
        try (Workbook wb = SeedSelfAssessmentGrid.workbook()) {
            CriteriaCatalogue tt18 = REFERENCE.catalogue("tt18-2018");
            SelfAssessmentTable t = new SelfAssessmentScanner(tt18).scan(SeedSelfAssessmentGrid.grid(wb)).get(0);

            SelfAssessmentChecks.Checked checked = new SelfAssessmentChecks(null)
                    .check(t, tt18, REFERENCE.ruleFor(tt18), "HoaBinh_tu_danh_gia.xlsx", "SEED");

            assertThat(checked.findings()).extracting(Finding::rule, Finding::cell, Finding::severity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("CRITERION_LEVEL_SKIPPED", "E21", Severity.ERROR),
                    org.assertj.core.groups.Tuple.tuple("CRITERION_LEVEL_SKIPPED", "E39", Severity.ERROR));
            assertThat(checked.findings().get(0).message()).startsWith("Tiêu chí 2.3 được đánh dấu Mức 1, Mức 3 nhưng "
                    + "không đánh dấu Mức 2").contains("Đã tính là Mức 1");
            assertThat(checked.findings()).allMatch(f -> f.sheet().equals("Tự đánh giá")
                    && f.file().equals("HoaBinh_tu_danh_gia.xlsx"));
        }
    }

    @Test
    void theStatedConclusionIsComparedWithTheComputedLevel() throws Exception {
        try (Workbook wb = SeedSelfAssessmentGrid.workbook()) {
            CriteriaCatalogue tt18 = REFERENCE.catalogue("tt18-2018");
            SelfAssessmentTable t = new SelfAssessmentScanner(tt18).scan(SeedSelfAssessmentGrid.grid(wb)).get(0);
            SelfAssessment a = new SelfAssessmentChecks(null).check(t, tt18, REFERENCE.ruleFor(tt18), "f", "SEED")
                    .assessment();

            assertThat(a.levels()).hasSize(28).containsEntry("1.1", 1).containsEntry("1.4", 2)
                    .containsEntry("1.10", 2).containsEntry("2.3", 1).containsEntry("5.6", 1);
            assertThat(a.levels().values().stream().filter(l -> l == 2).count()).isEqualTo(12);
            assertThat(a.computedLevel()).isEqualTo(1);
            assertThat(a.statedLevel()).isEqualTo(1);
            assertThat(a.ruleConfirmed()).isFalse();
        }
    }
}
