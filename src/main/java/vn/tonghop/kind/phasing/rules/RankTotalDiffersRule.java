package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ValueKind;

/**
 * RANK_TOTAL_DIFFERS: the ranks of one row out of different totals (seed {@code 004_…}: the district's
 * quota {@code 07/20}, the phasing {@code 7/19}): 7th of 20 and 7th of 19 are not the same place, and
 * whether the plan moves forward cannot be told. One finding per row, at the first rank whose total
 * differs from the row's first, in column order (current value, quotas, own target, phasing years).
 */
final class RankTotalDiffersRule extends RowRule {

    RankTotalDiffersRule(IndicatorCatalogue catalogue) {
        super("RANK_TOTAL_DIFFERS", Severity.WARNING, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        List<Fact> cells = new ArrayList<>(9);
        for (Fact f : new Fact[] {row.current(), row.central(), row.province(), row.district(), row.unit()}) {
            if (f != null) {
                cells.add(f);
            }
        }
        cells.addAll(row.phases());
        Fact first = null;
        for (Fact f : cells) {
            if (f.value().kind() != ValueKind.RANK || f.value().rankTotal() == null) {
                continue;
            }
            if (first == null) {
                first = f;
            } else if (!first.value().rankTotal().equals(f.value().rankTotal())) {
                out.add(at(s, f, ctx, row.label() + ": " + Texts.column(f.measure()) + " " + Texts.shown(f.value())
                        + " là thứ hạng trong " + f.value().rankTotal() + " đơn vị, còn " + Texts.column(first.measure())
                        + " " + Texts.shown(first.value()) + " (ô " + first.ref()
                        + ") trong " + first.value().rankTotal() + " đơn vị: hai thứ hạng không cùng tổng số nên "
                        + "không so sánh được. Đề nghị ghi các thứ hạng của dòng theo cùng một tổng số (hoặc ghi chú "
                        + "vì sao tổng số thay đổi)."));
                return;
            }
        }
    }
}
