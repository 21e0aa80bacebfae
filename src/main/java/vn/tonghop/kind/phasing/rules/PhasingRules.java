package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.validation.SubmissionRule;

/** The phasing table's rules, in report order: the file, its values, its rows, its plan. */
public final class PhasingRules {

    private PhasingRules() {
    }

    /**
     * The phasing table's rules, in report order; the shared ones (the file's outcome before them, a
     * template's version after them) are the validator's.
     */
    public static List<SubmissionRule> all() {
        List<SubmissionRule> rules = new ArrayList<>();
        rules.add(new ValueUnparseableRule());
        rules.add(new ValueDoubtfulRule());
        rules.add(new PercentOutOfRangeRule());
        rules.add(new RankAboveTotalRule());
        rules.add(new RankTotalDiffersRule());
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
        rules.add(new LockedCellChangedRule());
        return List.copyOf(rules);
    }
}
