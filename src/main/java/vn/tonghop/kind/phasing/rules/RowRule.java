package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * A rule that looks at one matched indicator row at a time (its current value, targets and
 * phasing). Rows that matched no catalogue indicator are left to INDICATOR_UNKNOWN: without an
 * indicator there is no kind or good direction to check against.
 */
public abstract class RowRule extends AbstractRule {

    /**
     * The checks of a school's own plan, which do not run on a node's table ({@link NodeTables}): its
     * aggregates are means over different sets of units, shares of units and lists, checked where they
     * came from.
     */
    static final Set<String> SCHOOL_PLAN = Set.of("REQUIRED_VALUE_MISSING", "PHASE_END_NE_TARGET",
            "TARGET_WEAKER_THAN_DISTRICT", "PHASE_BACKWARDS", "PHASE_CURRENT_YEAR_FAR", "PLAN_BELOW_CURRENT",
            "RANK_TOTAL_DIFFERS");

    /** The catalogue the rows are matched against. */
    private final IndicatorCatalogue catalogue;

    public RowRule(String code, Severity defaultSeverity, IndicatorCatalogue catalogue) {
        super(code, defaultSeverity);
        this.catalogue = catalogue;
    }

    @Override
    public final List<Finding> check(Submission submission, RuleContext context) {
        if (submission.outcome() != FileOutcome.READ) {
            return List.of();
        }
        return check(submission, IndicatorRow.of(submission, catalogue), context);
    }

    /** With the rows already grouped (the validator groups them once for all row rules). */
    public List<Finding> check(Submission submission, List<IndicatorRow> rows, RuleContext context) {
        if (SCHOOL_PLAN.contains(code()) && NodeTables.isNodeTable(submission, context)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(0);
        for (IndicatorRow row : rows) {
            if (row.indicator() != null) {
                checkRow(submission, row, context, out);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** Adds the row's findings to {@code out}. */
    abstract void checkRow(Submission submission, IndicatorRow row, RuleContext context, List<Finding> out);
}
