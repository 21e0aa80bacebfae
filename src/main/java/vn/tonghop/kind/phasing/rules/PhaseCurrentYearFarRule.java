package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;
import vn.tonghop.validation.ValidationSettings.Tolerance;

import java.math.BigDecimal;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.reading.Submission;

/**
 * PHASE_CURRENT_YEAR_FAR: the phasing value of the current value's year ({@link CurrentValueYear}:
 * "Hiện trạng 9/2023" is phasing year 2022 in the seed) is farther from the current value than the
 * office's tolerance for the indicator's kind: an absolute distance (percentage points for
 * percentages) or a share of the current value (of the phasing value when the current value is 0),
 * whichever is smaller. The distance is between the two intervals ({@code < 0,1} and {@code 0,73} are
 * 0.63 apart; overlapping values are 0 apart).
 */
final class PhaseCurrentYearFarRule extends CurrentYearRule {

    PhaseCurrentYearFarRule(IndicatorCatalogue catalogue) {
        super("PHASE_CURRENT_YEAR_FAR", Severity.WARNING, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, CurrentValueYear year, RuleContext ctx, List<Finding> out) {
        Fact current = row.current();
        Fact phase = row.phase(year.year());
        Tolerance tolerance = ctx.settings().tolerance().of(row.indicator().kind());
        if (current == null || phase == null || tolerance == null) {
            return;
        }
        BigDecimal distance = Strength.distance(phase.value(), current.value());
        if (distance == null || distance.signum() == 0) {
            return;
        }
        BigDecimal base = current.value().number().signum() != 0 ? current.value().number()
                : phase.value().number(); // from 0, any change is far
        BigDecimal allowed = tolerance.allowed(base);
        if (allowed == null || distance.compareTo(allowed) <= 0) {
            return;
        }
        boolean percent = row.indicator().kind() == IndicatorKind.PERCENT;
        String unit = percent ? " điểm phần trăm" : "";
        out.add(at(s, phase, ctx, row.label() + ": " + Texts.column(phase.measure()) + " "
                + Texts.shown(phase.value()) + " lệch " + Texts.number(distance) + unit + " so với hiện trạng "
                + Texts.shown(current.value()) + " (ô " + current.ref()
                + "), quá mức cho phép " + allowedText(tolerance, allowed, unit, current.value().number().signum() == 0)
                + ". Phân kỳ năm " + year.year() + " là năm của hiện trạng (" + year.how()
                + ") nên phải gần với hiện trạng. Đề nghị kiểm tra lại hiện trạng hoặc phân kỳ."));
    }

    /** "0,37 điểm phần trăm (mức nhỏ hơn giữa 5 điểm phần trăm và 50 % của hiện trạng)": what was allowed, and why. */
    private static String allowedText(Tolerance t, BigDecimal allowed, String unit, boolean fromZero) {
        String share = t.relative() == null ? null : Texts.number(t.relative().movePointRight(2)) + " % của "
                + (fromZero ? "phân kỳ (hiện trạng bằng 0)" : "hiện trạng");
        if (share == null) {
            return Texts.number(t.absolute()) + unit;
        }
        String why = t.absolute() == null ? share
                : "mức nhỏ hơn giữa " + Texts.number(t.absolute()) + unit + " và " + share;
        return Texts.number(allowed) + unit + " (" + why + ")";
    }
}
