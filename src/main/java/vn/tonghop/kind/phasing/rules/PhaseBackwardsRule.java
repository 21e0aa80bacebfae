package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ValueInterval;

/**
 * PHASE_BACKWARDS: a phasing year definitely weaker than the year before, in the indicator's good
 * direction: a number or a rank, or a word that steps back ({@code Có} → {@code Chưa}, {@code Đạt} →
 * {@code Không đạt}). Empty years and values that compare with nothing (text, Chưa đánh giá) are
 * skipped: a year is compared with the last earlier year that holds a value of its kind.
 */
final class PhaseBackwardsRule extends RowRule {

    PhaseBackwardsRule(IndicatorCatalogue catalogue) {
        super("PHASE_BACKWARDS", Severity.WARNING, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Map<Strength.Family, Fact> last = new EnumMap<>(Strength.Family.class); // a number after a word: the last number
        for (Fact f : row.phases()) {
            Strength.Family family = Strength.family(f.value());
            if (family == null) {
                continue; // empty, text, not assessed
            }
            Fact previous = last.put(family, f);
            if (previous != null && Strength.weaker(f.value(), previous.value(), row.indicator())) {
                out.add(at(s, f, ctx, row.label() + ": " + Texts.column(f.measure()) + " "
                        + Texts.shown(f.value()) + " " + Texts.worse(row.indicator(), f.value()) + " "
                        + Texts.column(previous.measure()) + " " + Texts.shown(previous.value())
                        + Texts.directionNote(row.indicator()) + ": kế hoạch đi lùi. Đề nghị kiểm tra lại để phân "
                        + "kỳ tiến dần tới chỉ tiêu cuối kỳ."));
            }
        }
    }
}
