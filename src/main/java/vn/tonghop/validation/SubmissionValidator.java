package vn.tonghop.validation;

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
        List<SubmissionRule> rules = new ArrayList<>(FileOutcomeRule.ALL);
        rules.add(new ValueUnparseableRule());
        rules.add(new ValueDoubtfulRule());
        rules.add(new PercentOutOfRangeRule());
        rules.add(new RankAboveTotalRule());
        rules.add(new IndicatorMissingRule());
        rules.add(new IndicatorDuplicatedRule());
        rules.add(new IndicatorUnknownRule());
        rules.add(new IndicatorNameApproximateRule());
        rules.add(new RequiredValueMissingRule());
        rules.add(new PhaseEndNeTargetRule());
        rules.add(new TargetWeakerThanDistrictRule());
        rules.add(new DistrictWeakerThanProvinceRule());
        rules.add(new QuotaMismatchRule());
        rules.add(new PhaseBackwardsRule());
        rules.add(new PhaseCurrentYearFarRule());
        rules.add(new PlanBelowCurrentRule());
        rules.add(new TemplateOutdatedRule());
        rules.add(new LockedCellChangedRule());
        return List.copyOf(rules);
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
