package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.ParsedValue;

/**
 * QUOTA_MISMATCH: a quota column differs from the office's official quota. In a school's table
 * "Huyện" holds what its parent set and "TW, Tỉnh" what the level above the parent set; in the own
 * table of a unit with units under it (a district's consolidated table, as {@code PhasingTableWriter}
 * and the templates write it) "Huyện" holds what the unit itself set and "TW, Tỉnh" what its parent
 * set; the table is a node's when its workbook or the registry says so ({@link NodeTables}). Skipped
 * where no official quota exists; an empty cell where one exists is a mismatch.
 */
final class QuotaMismatchRule extends RowRule {

    /** The office's official quotas; null when it has none (then nothing is compared). */
    private final QuotaBook quotas;

    QuotaMismatchRule(IndicatorCatalogue catalogue, QuotaBook quotas) {
        super("QUOTA_MISMATCH", Severity.ERROR, catalogue);
        this.quotas = quotas;
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Unit unit = ctx.registry().find(s.unitCode());
        if (unit == null || quotas == null) {
            return;
        }
        boolean node = NodeTables.isNodeTable(s, ctx);
        for (Fact cell : new Fact[] {row.district(), row.central(), row.province()}) {
            ParsedValue quota = cell == null ? null : officialQuota(cell, unit, node, quotas, ctx);
            if (quota == null || Strength.sameValue(cell.value(), quota)) {
                continue;
            }
            Unit setter = ancestor(unit, levelsUp(cell.measure().kind(), node), ctx);
            String by = setter == null ? "" : " do " + setter.name() + " giao";
            out.add(at(s, cell, ctx, row.label() + ": " + Texts.column(cell.measure()) + " ghi "
                    + Texts.shown(cell.value()) + ", khác chỉ tiêu chính thức " + Texts.shown(quota) + by
                    + ". Đề nghị ghi đúng chỉ tiêu được giao."));
        }
    }

    /** Whether this rule reports the fact: a quota column whose value differs from the official one. */
    static boolean reports(Fact cell, Unit unit, QuotaBook quotas, RuleContext ctx) {
        boolean node = unit != null && !ctx.registry().childrenOf(unit.code()).isEmpty();
        ParsedValue quota = unit == null || quotas == null || cell.indicatorCode() == null ? null
                : officialQuota(cell, unit, node, quotas, ctx);
        return quota != null && !Strength.sameValue(cell.value(), quota);
    }

    /** The official quota for a quota column's fact, or null (not a quota column, or none set). */
    private static ParsedValue officialQuota(Fact cell, Unit unit, boolean node, QuotaBook quotas,
                                             RuleContext ctx) {
        MeasureKind kind = cell.measure().kind();
        if (kind != MeasureKind.TARGET_DISTRICT && kind != MeasureKind.TARGET_CENTRAL
                && kind != MeasureKind.TARGET_PROVINCE) {
            return null;
        }
        return quotas.quotaFor(cell.indicatorCode(), unit, levelsUp(kind, node), ctx.registry());
    }

    /** From the unit to the one whose quota the column holds: in a node's own table, "Huyện" is its own. */
    private static int levelsUp(MeasureKind kind, boolean node) {
        int district = node ? 0 : 1;
        return kind == MeasureKind.TARGET_DISTRICT ? district : district + 1;
    }

    private static Unit ancestor(Unit unit, int levelsUp, RuleContext ctx) {
        Unit u = unit;
        for (int i = 0; i < levelsUp && u != null; i++) {
            u = u.isRoot() ? null : ctx.registry().find(u.parentCode());
        }
        return u;
    }
}
