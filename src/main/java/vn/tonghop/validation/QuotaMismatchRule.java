package vn.tonghop.validation;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ParsedValue;

/**
 * QUOTA_MISMATCH: a quota column differs from the office's official quota — "Huyện" from what the
 * unit's parent set, "TW, Tỉnh" from what the level above the parent set. Skipped where no official
 * quota exists; an empty cell where one exists is a mismatch.
 */
final class QuotaMismatchRule extends RowRule {

    QuotaMismatchRule() {
        super("QUOTA_MISMATCH", Severity.ERROR);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Unit unit = ctx.registry().find(s.unitCode());
        if (unit == null || ctx.quotas() == null) {
            return;
        }
        check(s, row, row.district(), unit, 1, ctx, out);
        check(s, row, row.central(), unit, 2, ctx, out);
        check(s, row, row.province(), unit, 2, ctx, out);
    }

    private void check(Submission s, IndicatorRow row, Fact cell, Unit unit, int levelsUp, RuleContext ctx,
                       List<Finding> out) {
        if (cell == null) {
            return;
        }
        ParsedValue quota = ctx.quotas().quotaFor(row.indicator().code(), unit, levelsUp, ctx.registry());
        if (quota == null || Strength.sameValue(cell.value(), quota)) {
            return;
        }
        Unit setter = ancestor(unit, levelsUp, ctx);
        String by = setter == null ? "" : " do " + setter.name() + " giao";
        out.add(at(s, cell, ctx, row.label() + ": " + Texts.column(cell.measure()) + " ghi "
                + Texts.shown(cell.value()) + ", khác chỉ tiêu chính thức " + Texts.shown(quota) + by
                + ". Đề nghị ghi đúng chỉ tiêu được giao."));
    }

    private static Unit ancestor(Unit unit, int levelsUp, RuleContext ctx) {
        Unit u = unit;
        for (int i = 0; i < levelsUp && u != null; i++) {
            u = u.isRoot() ? null : ctx.registry().find(u.parentCode());
        }
        return u;
    }
}
