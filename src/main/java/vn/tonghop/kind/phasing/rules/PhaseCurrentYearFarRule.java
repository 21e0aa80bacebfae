package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.CellAddress;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.math.BigDecimal;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ValueKind;

/**
 * PHASE_CURRENT_YEAR_FAR: the phasing value for the year of the current value ("Hiện trạng 9/2023":
 * phase 2023) is farther from the current value than the office's tolerance: percentage points for
 * percentages, a share of the current value for other numbers (of the phasing value when the
 * current value is 0). The distance is between the two
 * intervals ({@code < 0,1} and {@code 0,73} are 0.63 apart; overlapping values are 0 apart).
 */
final class PhaseCurrentYearFarRule extends RowRule {

    PhaseCurrentYearFarRule() {
        super("PHASE_CURRENT_YEAR_FAR", Severity.WARNING);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Fact current = row.current();
        Fact phase = s.currentYear() == null ? null : row.phase(s.currentYear());
        if (current == null || phase == null) {
            return;
        }
        BigDecimal distance = Strength.distance(phase.value(), current.value());
        if (distance == null || distance.signum() == 0) {
            return;
        }
        boolean percent = phase.value().kind() == ValueKind.PERCENT || current.value().kind() == ValueKind.PERCENT
                || row.indicator().kind() == Indicator.IndicatorKind.PERCENT;
        BigDecimal tolerance;
        String unit;
        if (percent) {
            tolerance = ctx.settings().percentPointTolerance();
            unit = " điểm phần trăm";
        } else {
            BigDecimal base = current.value().number().signum() != 0 ? current.value().number().abs()
                    : phase.value().number().abs(); // from 0, any change is far
            tolerance = base.multiply(ctx.settings().relativeTolerance());
            unit = "";
        }
        if (distance.compareTo(tolerance) <= 0) {
            return;
        }
        String allowed = percent ? Texts.number(tolerance) + " điểm phần trăm"
                : Texts.number(ctx.settings().relativeTolerance().movePointRight(2)) + " % của hiện trạng";
        out.add(at(s, phase, ctx, row.label() + ": " + Texts.column(phase.measure()) + " "
                + Texts.shown(phase.value()) + " lệch " + Texts.number(distance) + unit + " so với hiện trạng "
                + Texts.shown(current.value()) + " (ô " + CellAddress.parse(current.cell()).ref()
                + "), quá mức cho phép " + allowed + ". Phân kỳ của năm " + s.currentYear()
                + " là năm đo hiện trạng nên phải gần với hiện trạng. Đề nghị kiểm tra lại hiện trạng hoặc phân kỳ."));
    }
}
