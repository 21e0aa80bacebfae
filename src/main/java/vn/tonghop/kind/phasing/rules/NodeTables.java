package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.Submission;
import vn.tonghop.validation.RuleContext;

/**
 * Whether a submission is a node's table (a district's or commune's consolidated table) rather than a
 * school's: its workbook says so (it carries the basis of its aggregates) or the registry does (its
 * unit has units under it). In a node's table the values are aggregates over its units, "Huyện" is the
 * quota the node set and "TW, Tỉnh" its parent's; the checks of a school's own plan (its target against
 * its quota, its phasing against its target, a required value) were made on its units' tables and do
 * not apply to means over different sets of units, shares of units or lists.
 */
public final class NodeTables {

    private NodeTables() {
    }

    public static boolean isNodeTable(Submission s, RuleContext ctx) {
        for (Fact f : s.facts()) {
            if (f.measure().kind() == MeasureKind.BASIS) {
                return true;
            }
        }
        Unit unit = s.unitCode() == null || ctx.registry() == null ? null : ctx.registry().find(s.unitCode());
        return unit != null && !ctx.registry().childrenOf(unit.code()).isEmpty();
    }
}
