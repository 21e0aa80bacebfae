package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ValueFlag;

/** VALUE_UNPARSEABLE: a value the parser could not read (prose, a formula without a result). */
final class ValueUnparseableRule extends AbstractRule {

    private final IndicatorCatalogue catalogue;

    ValueUnparseableRule(IndicatorCatalogue catalogue) {
        super("VALUE_UNPARSEABLE", Severity.ERROR);
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        return FlaggedValues.findings(this, s, ctx, catalogue, ValueUnparseableRule::problem);
    }

    /** Why the value could not be read and what to do; null when it was read. */
    private static String problem(Fact f) {
        var flags = f.value().flags();
        if (flags.contains(ValueFlag.FORMULA_WITHOUT_VALUE)) {
            return ValueFlag.FORMULA_WITHOUT_VALUE.vietnamese() + ". Đề nghị mở tệp bằng Excel cho tính lại công thức "
                    + "(hoặc ghi thẳng giá trị), lưu rồi gửi lại.";
        }
        if (flags.contains(ValueFlag.UNPARSEABLE)) {
            return ValueFlag.UNPARSEABLE.vietnamese() + ". Đề nghị ghi giá trị theo mẫu: số (ví dụ 99,50), xếp hạng "
                    + "(ví dụ 7/19), hoặc Có/Không, Đạt/Không đạt; lời giải thích ghi ở phần ghi chú.";
        }
        return null;
    }
}
