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
 * PLAN_BELOW_CURRENT: the first filled phasing year from the current value's year on
 * ({@link CurrentValueYear}) is definitely weaker than the current value: the plan starts below what
 * is already achieved.
 */
final class PlanBelowCurrentRule extends CurrentYearRule {

    PlanBelowCurrentRule(IndicatorCatalogue catalogue) {
        super("PLAN_BELOW_CURRENT", Severity.WARNING, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, CurrentValueYear year, RuleContext ctx, List<Finding> out) {
        Fact current = row.current();
        if (current == null || !Strength.readable(current.value())) {
            return;
        }
        for (Fact f : row.phases()) {
            if (f.measure().year() < year.year() || f.value().isEmpty()) {
                continue;
            }
            if (Strength.weaker(f.value(), current.value(), row.indicator())) {
                out.add(at(s, f, ctx, row.label() + ": " + Texts.column(f.measure()) + " "
                        + Texts.shown(f.value()) + " " + Texts.worse(row.indicator(), f.value())
                        + " hiện trạng " + Texts.shown(current.value()) + " (ô "
                        + current.ref() + ")" + Texts.directionNote(row.indicator())
                        + ": kế hoạch bắt đầu dưới mức đã đạt. Đề nghị kiểm tra lại hiện trạng hoặc phân kỳ."));
            }
            return; // only the first filled year
        }
    }
}
