package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.ArrayList;
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
        List<Finding> out = null;
        for (Fact f : s.facts()) {
            var flags = f.value().flags();
            if (flags.isEmpty()) {
                continue;
            }
            String why;
            String todo;
            if (flags.contains(ValueFlag.FORMULA_WITHOUT_VALUE)) {
                why = ValueFlag.FORMULA_WITHOUT_VALUE.vietnamese();
                todo = "Đề nghị mở tệp bằng Excel cho tính lại công thức (hoặc ghi thẳng giá trị), lưu rồi gửi lại.";
            } else if (flags.contains(ValueFlag.UNPARSEABLE)) {
                why = ValueFlag.UNPARSEABLE.vietnamese();
                todo = "Đề nghị ghi giá trị theo mẫu: số (ví dụ 99,50), xếp hạng (ví dụ 7/19), "
                        + "hoặc Có/Không, Đạt/Không đạt; lời giải thích ghi ở phần ghi chú.";
            } else {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(at(s, f, ctx, RowLabels.of(f, catalogue) + ", " + Texts.column(f.measure()) + ": "
                    + Texts.shown(f.value()) + " — " + why + ". " + todo));
        }
        return out == null ? List.of() : out;
    }
}
