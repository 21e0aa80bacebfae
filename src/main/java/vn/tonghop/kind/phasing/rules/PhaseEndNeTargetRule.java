package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;

/**
 * PHASE_END_NE_TARGET: the last phasing year differs from the unit's own end-of-period target
 * ({@link Strength#sameValue}). Skipped when either is empty or unreadable.
 */
final class PhaseEndNeTargetRule extends RowRule {

    PhaseEndNeTargetRule(IndicatorCatalogue catalogue) {
        super("PHASE_END_NE_TARGET", Severity.ERROR, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Fact last = row.lastPhase();
        Fact target = row.unit();
        if (last == null || target == null || !Strength.readable(last.value()) || !Strength.readable(target.value())
                || Strength.sameValue(last.value(), target.value())) {
            return;
        }
        out.add(at(s, last, ctx, row.label() + ": " + Texts.column(last.measure()) + " là "
                + Texts.shown(last.value()) + " nhưng " + Texts.column(target.measure()) + " là "
                + Texts.shown(target.value()) + " (ô " + target.ref()
                + "); năm cuối của phân kỳ phải bằng chỉ tiêu cuối kỳ. Đề nghị sửa cho hai ô khớp nhau."));
    }
}
