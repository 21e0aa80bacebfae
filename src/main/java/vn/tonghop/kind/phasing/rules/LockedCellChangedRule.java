package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/**
 * LOCKED_CELL_CHANGED: in a file made from a generated template, a cell outside the input cells
 * differs from what the template wrote there (a label or quota typed over, a value typed beside the
 * table), found by the reader even when the clerk removed the sheet protection; or so many such cells
 * that the layout was changed (one finding). A quota cell that QUOTA_MISMATCH already reports is left
 * to it: one finding per mistake.
 */
final class LockedCellChangedRule extends AbstractRule {

    /** The official quotas, to leave a quota cell to QUOTA_MISMATCH; null when the office has none. */
    private final QuotaBook quotas;

    LockedCellChangedRule(QuotaBook quotas) {
        super("LOCKED_CELL_CHANGED", Severity.ERROR);
        this.quotas = quotas;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        List<Finding> out = null;
        for (ReadingNote n : s.notes()) {
            boolean layout = n.code() == ReadingNote.Code.TEMPLATE_LAYOUT_CHANGED;
            if (!layout && (n.code() != ReadingNote.Code.LOCKED_CELL_CHANGED || reportedAsQuota(s, n, ctx))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(at(s, n.sheet(), n.cell(), ctx, n.message(), n.raw()));
        }
        return out == null ? List.of() : out;
    }

    private boolean reportedAsQuota(Submission s, ReadingNote n, RuleContext ctx) {
        for (Fact f : s.facts()) {
            if (f.ref().equals(n.cell()) && f.sheet().equals(n.sheet())) {
                return QuotaMismatchRule.reports(f, ctx.registry().find(s.unitCode()), quotas, ctx);
            }
        }
        return false;
    }
}
