package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ValueKind;
import vn.tonghop.value.ValueInterval;

/** PERCENT_OUT_OF_RANGE: a percentage below 0 or above 100 (a comparator counts: {@code >100}). */
final class PercentOutOfRangeRule extends AbstractRule {

    private static final ValueInterval ZERO = ValueInterval.exactly(BigDecimal.ZERO);
    private static final ValueInterval HUNDRED = ValueInterval.exactly(BigDecimal.valueOf(100));

    private final IndicatorCatalogue catalogue;

    PercentOutOfRangeRule(IndicatorCatalogue catalogue) {
        super("PERCENT_OUT_OF_RANGE", Severity.ERROR);
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        List<Finding> out = null;
        for (Fact f : s.facts()) {
            if (f.value().kind() != ValueKind.PERCENT) {
                continue;
            }
            ValueInterval v = ValueInterval.of(f.value());
            if (v == null || !(v.entirelyBelow(ZERO) || v.entirelyAbove(HUNDRED))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(at(s, f, ctx, RowLabels.of(f, catalogue) + ", " + Texts.column(f.measure())
                    + ": tỷ lệ " + Texts.shown(f.value()) + " (đã đọc là " + f.value().vietnamese()
                    + " %) nằm ngoài khoảng 0–100 %. Đề nghị ghi lại tỷ lệ phần trăm từ 0 đến 100."));
        }
        return out == null ? List.of() : out;
    }
}
