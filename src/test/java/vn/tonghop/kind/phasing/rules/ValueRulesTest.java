package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.reading.Submission;

/** VALUE_UNPARSEABLE, VALUE_DOUBTFUL, PERCENT_OUT_OF_RANGE, RANK_ABOVE_TOTAL: one cell at a time. */
class ValueRulesTest {

    private static final RuleContext CTX = Fixtures.context();

    @Test
    void unparseableProseIsAnErrorAtItsCell() {
        Submission s = Fixtures.submission()
                .row(51, "YN", "current=Môn dẫn đầu: bóng đá", "target_unit=Có", "phase_2025=Có")
                .row(12, "PCT", "current=92,5", "target_unit=100")
                .build();

        List<Finding> found = new ValueUnparseableRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::sheet, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(tuple("VALUE_UNPARSEABLE", "Phụ lục II", "D51", Severity.ERROR,
                        "Môn dẫn đầu: bóng đá"));
        Finding f = found.get(0);
        assertThat(f.file()).isEqualTo("truong.xlsx");
        assertThat(f.unitCode()).isEqualTo("T1");
        assertThat(f.message()).contains("«Môn dẫn đầu: bóng đá»", "Trường có dịch vụ hỗ trợ tâm lý",
                "hiện trạng", "không hiểu được", "Đề nghị");
    }

    @Test
    void doubtfulSaysHowTheValueWasRead() {
        Submission s = Fixtures.submission()
                .row(11, "PCT", "current=92, 70", "target_unit=100", "phase_2022=92,70")
                .row(48, "CNT", "current=1,5", "target_unit=01")
                .build();

        List<Finding> found = new ValueDoubtfulRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("VALUE_DOUBTFUL", "D11", Severity.WARNING, "92, 70"),
                        tuple("VALUE_DOUBTFUL", "D48", Severity.WARNING, "1,5"));
        assertThat(found.get(0).message()).contains("«92, 70»", "khoảng trắng", "đã đọc là 92,7");
        assertThat(found.get(1).message()).contains("«1,5»", "số nguyên", "đã đọc là 1,5")
                .doesNotContain("1.5");
    }

    @Test
    void unparseableValuesAreNotAlsoDoubtful() {
        Submission s = Fixtures.submission().row(51, "YN", "current=Môn dẫn đầu: bóng đá").build();
        assertThat(new ValueDoubtfulRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
    }

    @Test
    void aSentenceReadAsItsFirstWordIsDoubtfulNotUnreadable() {
        Submission s = Fixtures.submission()
                .row(51, "YN", "current=Chưa có môn dẫn đầu toàn đoàn", "target_unit=Có môn dẫn đầu toàn đoàn ")
                .build();
        assertThat(new ValueUnparseableRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
        List<Finding> found = new ValueDoubtfulRule(Fixtures.CATALOGUE).check(s, CTX);
        assertThat(found).extracting(Finding::cell, Finding::severity).containsExactly(
                tuple("D51", Severity.WARNING), tuple("G51", Severity.WARNING));
        assertThat(found.get(1).message()).contains("«Có môn dẫn đầu toàn đoàn»", "đã đọc là Có");
    }

    @Test
    void percentagesOutsideZeroToHundred() {
        Submission s = Fixtures.submission()
                .row(11, "PCT", "current=100", "target_unit=>100", "phase_2023=104", "phase_2024=-1",
                        "phase_2025=<= 100")
                .row(28, "DROP", "current=0", "target_unit=< 0")
                .build();

        List<Finding> found = new PercentOutOfRangeRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("PERCENT_OUT_OF_RANGE", "G11", Severity.ERROR, ">100"),
                        tuple("PERCENT_OUT_OF_RANGE", "I11", Severity.ERROR, "104"),
                        tuple("PERCENT_OUT_OF_RANGE", "J11", Severity.ERROR, "-1"),
                        tuple("PERCENT_OUT_OF_RANGE", "G28", Severity.ERROR, "< 0"));
        assertThat(found.get(1).message()).contains("«104»", "0–100", "phân kỳ năm 2023", "«Tỷ lệ hoàn thành cấp học» (PCT)", "Đề nghị")
                .doesNotContain("null");
    }

    @Test
    void numbersOfOtherUnitsMayExceedHundred() {
        Submission s = Fixtures.submission().row(42, "NUM", "current=250", "target_unit=300").build();
        assertThat(new PercentOutOfRangeRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
    }

    @Test
    void rankPositionBeyondItsTotal() {
        Submission s = Fixtures.submission()
                .row(41, "RANK", "current=11/20", "target_district=07/20", "target_unit=21/20", "phase_2024=3/0",
                        "phase_2025=20/20")
                .build();

        List<Finding> found = new RankAboveTotalRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("RANK_ABOVE_TOTAL", "G41", Severity.ERROR, "21/20"),
                        tuple("RANK_ABOVE_TOTAL", "J41", Severity.ERROR, "3/0"));
        assertThat(found.get(0).message()).contains("«21/20»", "21", "20", "Xếp hạng Hội khỏe Phù Đổng");
    }
}
