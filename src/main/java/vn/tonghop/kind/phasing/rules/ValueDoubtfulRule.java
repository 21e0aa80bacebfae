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

/**
 * VALUE_DOUBTFUL: a value read with doubt — a space inside a number ({@code 92, 70}), a separator that
 * may be thousands or decimals ({@code 1.000}), a count that is not whole, a sentence read as the word
 * it starts with ({@code Chưa có môn dẫn đầu toàn đoàn}: Chưa). The message says how it was read; the
 * value is kept and counts.
 */
final class ValueDoubtfulRule extends AbstractRule {

    private static final List<ValueFlag> DOUBTS = List.of(ValueFlag.SPACE_IN_NUMBER, ValueFlag.AMBIGUOUS_SEPARATOR,
            ValueFlag.NOT_WHOLE_NUMBER, ValueFlag.PROSE_READ_AS_WORD);

    private final IndicatorCatalogue catalogue;

    ValueDoubtfulRule(IndicatorCatalogue catalogue) {
        super("VALUE_DOUBTFUL", Severity.WARNING);
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
            StringBuilder why = null;
            for (ValueFlag flag : DOUBTS) {
                if (flags.contains(flag)) {
                    why = why == null ? new StringBuilder() : why.append("; ");
                    why.append(flag.vietnamese().replace(", đã đọc là %s", "").replace("%s", ""));
                }
            }
            if (why == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(at(s, f, ctx, RowLabels.of(f, catalogue) + ", " + Texts.column(f.measure()) + ": "
                    + Texts.shown(f.value()) + " — " + why + ", đã đọc là " + f.value().vietnamese()
                    + ". Đề nghị kiểm tra và ghi lại đúng giá trị."));
        }
        return out == null ? List.of() : out;
    }
}
