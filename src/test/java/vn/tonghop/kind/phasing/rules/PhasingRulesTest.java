package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.validation.ValidationSettings.Tolerance;
import vn.tonghop.validation.ValidationSettings.Tolerances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.reading.Submission;

/** The yearly plan: PHASE_BACKWARDS, PHASE_CURRENT_YEAR_FAR, PLAN_BELOW_CURRENT. */
class PhasingRulesTest {

    private static final RuleContext CTX = Fixtures.context();

    @Test
    void aYearWeakerThanTheYearBefore() {
        Submission s = Fixtures.submission()
                .row(38, "PCT", "phase_2022=72.7", "phase_2023=70.8", "phase_2024=75", "phase_2025=79.16")
                .row(18, "PCT", "phase_2022=70", "phase_2023=75", "phase_2024=", "phase_2025=72")
                .row(9, "PCT", "phase_2022=>99,00", "phase_2023=>99,00", "phase_2024=>99,00", "phase_2025=100")
                .row(28, "DROP", "phase_2022=< 0,1", "phase_2023=0,3", "phase_2024=< 0,1", "phase_2025=< 0,05")
                .row(41, "RANK", "phase_2022=", "phase_2023=", "phase_2024=7/19", "phase_2025=9/19")
                .row(21, "YN", "phase_2022=Có", "phase_2023=Không", "phase_2024=", "phase_2025=Có")
                .build();

        List<Finding> found = new PhaseBackwardsRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("PHASE_BACKWARDS", "I38", Severity.WARNING, "70.8"),
                        tuple("PHASE_BACKWARDS", "K18", Severity.WARNING, "72"),
                        tuple("PHASE_BACKWARDS", "I28", Severity.WARNING, "0,3"),
                        tuple("PHASE_BACKWARDS", "K41", Severity.WARNING, "9/19"),
                        tuple("PHASE_BACKWARDS", "I21", Severity.WARNING, "Không"));
        assertThat(found.get(0).message()).contains("«70.8»", "«72.7»", "phân kỳ năm 2023", "phân kỳ năm 2022",
                "đi lùi");
        assertThat(found.get(1).message()).contains("«72»", "«75»", "phân kỳ năm 2023");
        assertThat(found.get(4).message()).contains("phân kỳ năm 2023 «Không» kém hơn phân kỳ năm 2022 «Có»",
                "đi lùi");
    }

    @Test
    void wordsStepBackToo() {
        Submission s = Fixtures.submission()
                .row(51, "YN", "phase_2022=Chưa", "phase_2023=Có", "phase_2024=Chưa có môn dẫn đầu", "phase_2025=Có")
                .row(52, "YN", "phase_2022=Có", "phase_2023=Chưa đánh giá", "phase_2024=Có", "phase_2025=Có")
                .row(53, "YN", "phase_2022=Chưa", "phase_2023=Chưa", "phase_2024=", "phase_2025=Có")
                .build();

        assertThat(new PhaseBackwardsRule(Fixtures.CATALOGUE).check(s, CTX)).extracting(Finding::cell, Finding::raw)
                .containsExactly(tuple("J51", "Chưa có môn dẫn đầu"));
    }

    @Test
    void ranksOfOneRowOutOfDifferentTotals() {
        // seed 004_…, T.6.b: 11/20 now, the district's quota 07/20, then the phasing 7/19 and 5/19
        Submission s = Fixtures.submission()
                .row(41, "RANK", "current=11/20", "target_district=07/20", "target_unit=", "phase_2022=",
                        "phase_2023=", "phase_2024=7/19", "phase_2025=5/19")
                .row(42, "RANK", "current=8/20", "target_unit=5/20", "phase_2022=8/20", "phase_2025=5/20")
                .build();

        List<Finding> found = new RankTotalDiffersRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(tuple("RANK_TOTAL_DIFFERS", "J41", Severity.WARNING, "7/19"));
        assertThat(found.get(0).message()).contains("phân kỳ năm 2024 «7/19» là thứ hạng trong 19 đơn vị",
                "hiện trạng «11/20» (ô D41) trong 20 đơn vị", "không so sánh được");
    }

    @Test
    void currentYearsPhaseFarFromTheCurrentValue() {
        // header "Hiện trạng 9/2024", no row telling the year: the school year that ended in 2024, phasing 2023
        Submission s = Fixtures.submission().currentYear(2024)
                .row(12, "PCT", "current=58,82", "phase_2023=64,70")
                .row(13, "PCT", "current=92,56", "phase_2023=94,50")
                .row(14, "PCT", "current=60", "phase_2023=65")
                .row(20, "PCT", "current=100", "phase_2023=>99,00")
                .row(28, "DROP", "current=0,73", "phase_2023=< 0,1")
                .row(42, "NUM", "current=100", "phase_2023=111")
                .row(43, "NUM", "current=100", "phase_2023=109")
                .row(48, "CNT", "current=0", "phase_2023=01")
                .row(41, "RANK", "current=11/20", "phase_2023=7/20")
                .row(21, "YN", "current=Chưa", "phase_2023=Có")
                .row(34, "PCT", "current=", "phase_2023=0,6")
                .build();

        List<Finding> found = new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("PHASE_CURRENT_YEAR_FAR", "I12", Severity.WARNING, "64,70"),
                        tuple("PHASE_CURRENT_YEAR_FAR", "I28", Severity.WARNING, "< 0,1"),
                        tuple("PHASE_CURRENT_YEAR_FAR", "I42", Severity.WARNING, "111"),
                        tuple("PHASE_CURRENT_YEAR_FAR", "I48", Severity.WARNING, "01"),
                        tuple("PHASE_CURRENT_YEAR_FAR", "I41", Severity.WARNING, "7/20"));
        assertThat(found.get(0).message()).contains("«64,70»", "«58,82»", "lệch 5,88 điểm phần trăm",
                "quá mức cho phép 5 điểm phần trăm (mức nhỏ hơn giữa 5 điểm phần trăm và 50 % của hiện trạng)",
                "Phân kỳ năm 2023 là năm của hiện trạng (hiện trạng năm 2024 là kết quả năm học 2023–2024)");
        // a flat 5 points misses this one: 0,63 points is most of 0,73
        assertThat(found.get(1).message()).contains("«< 0,1»", "«0,73»", "lệch 0,63 điểm phần trăm",
                "quá mức cho phép 0,37 điểm phần trăm (mức nhỏ hơn giữa 5 điểm phần trăm và 50 % của hiện trạng)");
        assertThat(found.get(2).message()).contains("«111»", "«100»", "lệch 11", "10 (10 % của hiện trạng)");
        assertThat(found.get(3).message()).contains("0,1 (10 % của phân kỳ (hiện trạng bằng 0))");
    }

    @Test
    void toleranceIsTheOfficesChoicePerIndicatorKind() {
        Submission s = Fixtures.submission().currentYear(2024)
                .row(12, "PCT", "current=58,82", "phase_2023=64,70")
                .row(28, "DROP", "current=0,73", "phase_2023=< 0,1")
                .row(42, "NUM", "current=100", "phase_2023=111")
                .build();
        RuleContext lenient = Fixtures.context(new ValidationSettings(Map.of(), null, new Tolerances(
                new Tolerance(BigDecimal.TEN, null), null, new Tolerance(null, new BigDecimal("0.2")), null, null)));
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, lenient)).isEmpty();

        RuleContext strict = Fixtures.context(new ValidationSettings(Map.of(), null, new Tolerances(
                new Tolerance(null, new BigDecimal("0.05")), null, null, null, null)));
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, strict)).extracting(Finding::cell)
                .containsExactly("I12", "I28", "I42");
    }

    @Test
    void theCurrentValuesYearIsTheOneItEqualsInMostRows() {
        // seed 004_…: "Hiện trạng 9/2023" equals the 2022 column in four rows, the 2023 column in one
        Submission s = Fixtures.submission()
                .row(10, "PCT", "current=96,67", "phase_2022=96,67", "phase_2023=97,00", "phase_2024=99,00")
                .row(11, "PCT", "current=92, 70", "phase_2022=92,70", "phase_2023=94,00")
                .row(12, "PCT", "current=58,82", "phase_2022=58,82", "phase_2023=64,70", "phase_2024=70,52")
                .row(13, "PCT", "current=92,56", "phase_2022=92,56", "phase_2023=94,50")
                .row(38, "PCT", "current=70.8", "phase_2022=72.7", "phase_2023=70.8", "phase_2024=75")
                .row(19, "PCT", "current=100", "phase_2022=100", "phase_2023=100", "phase_2024=100")
                .row(20, "YN", "current=Chưa", "phase_2022=Chưa", "phase_2023=Có")
                .build();

        CurrentValueYear year = CurrentValueYear.of(s, IndicatorRow.of(s, Fixtures.CATALOGUE),
                ValidationSettings.defaults());

        assertThat(year.year()).isEqualTo(2022);
        assertThat(year.how()).isEqualTo("nhận ra từ bảng: hiện trạng bằng phân kỳ năm 2022 ở 4 dòng");
        // 64,70 in 2023 is a step of the plan, not the current value: nothing to say
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();

        // the office says its tables number school years by the year they end
        RuleContext sameYear = Fixtures.context(
                new ValidationSettings(Map.of(), ValidationSettings.CurrentYear.SAME_YEAR, null));
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, sameYear)).extracting(Finding::cell, Finding::raw)
                .containsExactly(tuple("I12", "64,70"));
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, sameYear).get(0).message())
                .contains("Phân kỳ năm 2023 là năm của hiện trạng (theo cài đặt của cơ quan: cùng năm với hiện trạng)");
    }

    @Test
    void oneRowOrATieIsNoEvidence() {
        Submission one = Fixtures.submission()
                .row(12, "PCT", "current=58,82", "phase_2022=50", "phase_2023=58,82").build();
        Submission tie = Fixtures.submission()
                .row(12, "PCT", "current=58,82", "phase_2022=50", "phase_2023=58,82")
                .row(13, "PCT", "current=92,56", "phase_2022=92,56", "phase_2023=94,50")
                .row(14, "PCT", "current=60", "phase_2022=60", "phase_2023=65")
                .row(15, "PCT", "current=70", "phase_2022=68", "phase_2023=70").build();
        for (Submission s : List.of(one, tie)) {
            CurrentValueYear year = CurrentValueYear.of(s, IndicatorRow.of(s, Fixtures.CATALOGUE),
                    ValidationSettings.defaults());
            assertThat(year.year()).isEqualTo(2022);
            assertThat(year.how()).isEqualTo("hiện trạng năm 2023 là kết quả năm học 2022–2023");
        }
        CurrentValueYear fixed = CurrentValueYear.of(tie, IndicatorRow.of(tie, Fixtures.CATALOGUE),
                new ValidationSettings(Map.of(), ValidationSettings.CurrentYear.YEAR_BEFORE, null));
        assertThat(fixed.how()).startsWith("theo cài đặt của cơ quan: ");
    }

    @Test
    void noCurrentYearNoCheck() {
        Submission s = Fixtures.submission().currentYear(null)
                .row(12, "PCT", "current=10", "phase_2023=90", "phase_2024=5").build();
        assertThat(new PhaseCurrentYearFarRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
        assertThat(new PlanBelowCurrentRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
    }

    @Test
    void planStartingBelowWhatIsAchieved() {
        // header 9/2024: the plan is looked at from phasing year 2023 on
        Submission s = Fixtures.submission().currentYear(2024)
                .row(34, "PCT", "current=4,76", "phase_2022=0,3", "phase_2023=0,60", "phase_2024=0,8")
                .row(38, "PCT", "current=70.8", "phase_2022=60", "phase_2023=70.8", "phase_2024=65")
                .row(9, "PCT", "current=100", "phase_2023=>99,00")
                .row(28, "DROP", "current=0,73", "phase_2023=0,9")
                .row(41, "RANK", "current=11/20", "phase_2023=", "phase_2024=13/20")
                .row(31, "YN", "current=Có", "phase_2023=Không")
                .build();

        List<Finding> found = new PlanBelowCurrentRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("PLAN_BELOW_CURRENT", "I34", Severity.WARNING, "0,60"),
                        tuple("PLAN_BELOW_CURRENT", "I28", Severity.WARNING, "0,9"),
                        tuple("PLAN_BELOW_CURRENT", "J41", Severity.WARNING, "13/20"),
                        tuple("PLAN_BELOW_CURRENT", "I31", Severity.WARNING, "Không"));
        assertThat(found.get(0).message()).contains("«0,60»", "«4,76»", "D34", "phân kỳ năm 2023");
    }
}
