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
import vn.tonghop.text.VietnameseNumbers;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/** RANK_ABOVE_TOTAL: a rank whose position is beyond its total ({@code 21/20}), or out of zero. */
final class RankAboveTotalRule extends AbstractRule {

    private final IndicatorCatalogue catalogue;

    RankAboveTotalRule(IndicatorCatalogue catalogue) {
        super("RANK_ABOVE_TOTAL", Severity.ERROR);
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        List<Finding> out = null;
        for (Fact f : s.facts()) {
            ParsedValue v = f.value();
            if (v.kind() != ValueKind.RANK || v.number() == null || v.rankTotal() == null) {
                continue;
            }
            int total = v.rankTotal();
            boolean wrong = total <= 0 || v.number().compareTo(BigDecimal.valueOf(total)) > 0
                    || v.number().signum() <= 0;
            if (!wrong) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(at(s, f, ctx, RowLabels.of(f, catalogue) + ", " + Texts.column(f.measure())
                    + ": xếp hạng " + Texts.shown(f.value()) + " không hợp lệ — thứ hạng " + VietnameseNumbers.of(v.number())
                    + " phải từ 1 đến tổng số " + total + ". Đề nghị ghi lại theo dạng thứ hạng/tổng số, "
                    + "ví dụ 7/19."));
        }
        return out == null ? List.of() : out;
    }
}
