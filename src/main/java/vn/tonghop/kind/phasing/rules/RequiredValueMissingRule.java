package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.reading.Submission;

/**
 * REQUIRED_VALUE_MISSING: a matched indicator row with its current value, its own target or the last
 * phasing year left empty. Columns the table does not have are not reported here.
 */
final class RequiredValueMissingRule extends RowRule {

    RequiredValueMissingRule(IndicatorCatalogue catalogue) {
        super("REQUIRED_VALUE_MISSING", Severity.ERROR, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        check(s, row, row.current(), ctx, out);
        check(s, row, row.unit(), ctx, out);
        check(s, row, row.lastPhase(), ctx, out);
    }

    private void check(Submission s, IndicatorRow row, Fact f, RuleContext ctx, List<Finding> out) {
        if (f != null && f.value().isEmpty()) {
            String todo = f.measure().kind() == MeasureKind.CURRENT
                    ? "Đề nghị ghi hiện trạng; nếu chưa có số liệu, ghi rõ «Chưa đánh giá»."
                    : f.measure().kind() == MeasureKind.TARGET_UNIT
                    ? "Đề nghị ghi chỉ tiêu cuối kỳ của đơn vị (ít nhất bằng chỉ tiêu được giao)."
                    : "Đề nghị ghi phân kỳ năm cuối, bằng chỉ tiêu cuối kỳ của đơn vị.";
            out.add(at(s, f, ctx, row.label() + ": chưa ghi " + Texts.column(f.measure()) + " — ô "
                    + f.ref() + " để trống. " + todo));
        }
    }
}
