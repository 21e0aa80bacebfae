package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * A rule that looks at one matched indicator row at a time (its current value, targets and
 * phasing). Rows that matched no catalogue indicator are left to INDICATOR_UNKNOWN: without an
 * indicator there is no kind or good direction to check against.
 */
public abstract class RowRule extends AbstractRule {

    public RowRule(String code, Severity defaultSeverity) {
        super(code, defaultSeverity);
    }

    @Override
    public final List<Finding> check(Submission submission, RuleContext context) {
        if (submission.outcome() != FileOutcome.READ) {
            return List.of();
        }
        return check(submission, IndicatorRow.of(submission, context.catalogue()), context);
    }

    /** With the rows already grouped (the validator groups them once for all row rules). */
    public List<Finding> check(Submission submission, List<IndicatorRow> rows, RuleContext context) {
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
