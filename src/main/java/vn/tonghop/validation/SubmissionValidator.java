package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.kind.phasing.rules.IndicatorRow;
import vn.tonghop.kind.phasing.rules.PhasingRules;
import vn.tonghop.kind.phasing.rules.RowRule;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * Runs every submission rule on one submission. Called once per file in the streaming step: no I/O,
 * the rows are grouped once for all row rules, and a clean file costs no more than the rules' scans.
 * Thread-safe.
 */
public final class SubmissionValidator {

    private final RuleContext context;
    private final List<SubmissionRule> rules;

    public SubmissionValidator(RuleContext context) {
        this(context, defaultRules());
    }

    public SubmissionValidator(RuleContext context, List<SubmissionRule> rules) {
        this.context = context;
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the product, in report order: the file, its values, its rows, its plan. */
    public static List<SubmissionRule> defaultRules() {
        return PhasingRules.all();
    }

    public List<SubmissionRule> rules() {
        return rules;
    }

    public RuleContext context() {
        return context;
    }

    /** The findings of one submission (empty when it passes every rule). */
    public List<Finding> validate(Submission submission) {
        List<IndicatorRow> rows = submission.outcome() == FileOutcome.READ
                ? IndicatorRow.of(submission, context.catalogue()) : List.of();
        List<Finding> out = null;
        for (SubmissionRule rule : rules) {
            List<Finding> found = rule instanceof RowRule rr
                    ? rows.isEmpty() ? List.of() : rr.check(submission, rows, context)
                    : rule.check(submission, context);
            if (!found.isEmpty()) {
                if (out == null) {
                    out = new ArrayList<>(found.size() + 4);
                }
                out.addAll(found);
            }
        }
        return out == null ? List.of() : out;
    }
}
