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

/**
 * VALUE_DOUBTFUL: a value read with doubt — a space inside a number ({@code 92, 70}), a separator that
 * may be thousands or decimals ({@code 1.000}), a count that is not whole, a sentence read as the word
 * it starts with ({@code Chưa có môn dẫn đầu toàn đoàn}: Chưa), 100 or 0 where a district's own word is
 * asked (Đạt, Chưa đạt). The message says how it was read; the
 * value is kept and counts.
 */
final class ValueDoubtfulRule extends AbstractRule {

    private static final List<ValueFlag> DOUBTS = List.of(ValueFlag.SPACE_IN_NUMBER, ValueFlag.AMBIGUOUS_SEPARATOR,
            ValueFlag.NOT_WHOLE_NUMBER, ValueFlag.PROSE_READ_AS_WORD, ValueFlag.NUMBER_READ_AS_WORD);

    private final IndicatorCatalogue catalogue;

    ValueDoubtfulRule(IndicatorCatalogue catalogue) {
        super("VALUE_DOUBTFUL", Severity.WARNING);
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        return FlaggedValues.findings(this, s, ctx, catalogue, this::problem);
    }

    /** The doubts the value was read with, and how it was read; null when it was read without one. */
    private String problem(Fact f) {
        var flags = f.value().flags();
        StringBuilder why = null;
        for (ValueFlag flag : DOUBTS) {
            if (flags.contains(flag)) {
                why = why == null ? new StringBuilder() : why.append("; ");
                why.append(flag.vietnamese().replace(", đã đọc là %s", "").replace("%s", ""));
            }
        }
        return why == null ? null : why + ", đã đọc là " + f.value().vietnamese()
                + ". Đề nghị kiểm tra và ghi lại đúng giá trị.";
    }
}
