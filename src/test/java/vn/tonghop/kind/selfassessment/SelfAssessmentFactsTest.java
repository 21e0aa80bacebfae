package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Fact;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentScanner;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentChecks;
import vn.tonghop.reference.criteria.CriteriaCatalogue;

/** The facts stored for a self-assessment: one level per criterion, the marks as typed, the stated lines. */
class SelfAssessmentFactsTest {

    static final SelfAssessmentReference REF = SeedSelfAssessmentTest.REFERENCE;
    static final CriteriaCatalogue TT18 = REF.catalogue("tt18-2018");

    @Test
    void theSeedsFactsAreOneLevelPerCriterionTheMarksAndTheConclusion() throws Exception {
        try (Workbook wb = SeedSelfAssessmentGrid.workbook()) {
            SelfAssessmentTable t = new SelfAssessmentScanner(TT18).scan(SeedSelfAssessmentGrid.grid(wb)).get(0);
            SelfAssessment a = new SelfAssessmentChecks(null).check(t, TT18, REF.ruleFor(TT18), "f", "SEED").assessment();
            List<Fact> facts = SelfAssessmentFacts.of(t, a, TT18);

            assertThat(facts).filteredOn(f -> f.measure().code().equals("level")).hasSize(28);
            Fact f23 = facts.stream().filter(f -> "2.3".equals(f.indicatorCode())
                    && f.measure().code().equals("level")).findFirst().orElseThrow();
            assertThat(f23.value().normalized()).isEqualTo("1");
            assertThat(f23.value().raw()).isEqualTo("Mức 1: X; Mức 3: X");
            assertThat(f23.cell()).isEqualTo("'Tự đánh giá'!A21");
            assertThat(facts).filteredOn(f -> "2.3".equals(f.indicatorCode()) && f.measure().code().startsWith("mark_"))
                    .extracting(f -> f.measure().code() + " " + f.cell())
                    .containsExactly("mark_1 'Tự đánh giá'!C21", "mark_3 'Tự đánh giá'!E21");
            assertThat(facts).filteredOn(f -> f.measure().code().startsWith("stated_"))
                    .extracting(f -> f.measure().code(), f -> f.value().normalized(), f -> f.value().raw(), Fact::cell)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("stated_result", "1", "Kết quả: Đạt Mức 1",
                                    "'Tự đánh giá'!A41"),
                            org.assertj.core.groups.Tuple.tuple("stated_conclusion", "1",
                                    "Kết luận: Trường đạt Mức 1, không đạt Mức 2", "'Tự đánh giá'!A43"));
            assertThat(facts).allMatch(f -> f.unitCode().equals("SEED"));
        }
    }

    @Test
    void checkingTheStoredFactsGivesTheSameFindingsAsCheckingTheWorkbook() throws Exception {
        try (Workbook wb = SelfAssessmentLayoutTest.workbook(SelfAssessmentLayoutTest.rows())) {
            SelfAssessmentTable t = SelfAssessmentLayoutTest.table(wb);
            SelfAssessmentChecks checks = new SelfAssessmentChecks(null);
            SelfAssessmentChecks.Checked read = checks.check(t, TT18, REF.ruleFor(TT18), "f", "u");
            SelfAssessmentTable again = SelfAssessmentFacts.table(SelfAssessmentFacts.of(t, read.assessment(), TT18));
            SelfAssessmentChecks.Checked stored = checks.check(again, TT18, REF.ruleFor(TT18), "f", "u");

            assertThat(stored.findings()).containsExactlyElementsOf(read.findings());
            assertThat(stored.assessment()).isEqualTo(read.assessment());
            assertThat(again.convention()).isEqualTo(t.convention());
        }
    }
}
