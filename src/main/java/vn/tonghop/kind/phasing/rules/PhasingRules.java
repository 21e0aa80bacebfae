package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.validation.SubmissionRule;

/** The phasing table's rules, in report order: the file, its values, its rows, its plan. */
public final class PhasingRules {

    private PhasingRules() {
    }

    /**
     * The phasing table's rules, in report order; the shared ones (the file's outcome before them, a
     * template's version after them) are the validator's. The rules check against the kind's own
     * reference: its catalogue, and the office's official quotas (null: none, nothing compared).
     */
    public static List<SubmissionRule> all(IndicatorCatalogue catalogue, QuotaBook quotas) {
        List<SubmissionRule> rules = new ArrayList<>();
        rules.add(new ValueUnparseableRule(catalogue));
        rules.add(new ValueDoubtfulRule(catalogue));
        rules.add(new PercentOutOfRangeRule(catalogue));
        rules.add(new RankAboveTotalRule(catalogue));
        rules.add(new RankTotalDiffersRule(catalogue));
        rules.add(new IndicatorMissingRule(catalogue));
        rules.add(new IndicatorDuplicatedRule(catalogue));
        rules.add(new IndicatorUnknownRule());
        rules.add(new IndicatorNameApproximateRule());
        rules.add(new RequiredValueMissingRule(catalogue));
        rules.add(new PhaseEndNeTargetRule(catalogue));
        rules.add(new TargetWeakerThanDistrictRule(catalogue));
        rules.add(new DistrictWeakerThanProvinceRule(catalogue));
        rules.add(new QuotaMismatchRule(catalogue, quotas));
        rules.add(new PhaseBackwardsRule(catalogue));
        rules.add(new PhaseCurrentYearFarRule(catalogue));
        rules.add(new PlanBelowCurrentRule(catalogue));
        rules.add(new LockedCellChangedRule(quotas));
        return List.copyOf(rules);
    }
}
