package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;

/**
 * PHASE_BACKWARDS: a phasing year definitely weaker than the year before, in the indicator's good
 * direction. Empty years and words (Có, Đạt) are skipped: a year is compared with the last earlier
 * year that holds a number or a rank.
 */
final class PhaseBackwardsRule extends RowRule {

    PhaseBackwardsRule() {
        super("PHASE_BACKWARDS", Severity.WARNING);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Fact previous = null;
        for (Fact f : row.phases()) {
            if (ValueInterval.of(f.value()) == null) {
                continue; // empty, a word, text
            }
            if (previous != null && Strength.weaker(f.value(), previous.value(), row.indicator())) {
                out.add(at(s, f, ctx, row.label() + ": " + Texts.column(f.measure()) + " "
                        + Texts.shown(f.value()) + " " + Texts.worse(row.indicator(), f.value()) + " "
                        + Texts.column(previous.measure()) + " " + Texts.shown(previous.value())
                        + Texts.directionNote(row.indicator()) + ": kế hoạch đi lùi. Đề nghị kiểm tra lại để phân "
                        + "kỳ tiến dần tới chỉ tiêu cuối kỳ."));
            }
            previous = f;
        }
    }
}
