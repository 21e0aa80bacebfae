package vn.tonghop.kind.plan.rules;

import vn.tonghop.domain.Severity;

/** The checks on an improvement plan, each with a stable code and a default severity. */
public enum PlanRule {
    /** a level to reach the circular does not define for the criterion (Đạt mức 4 where it has Mức 1–3) */
    PLAN_LEVEL_ABOVE_CIRCULAR(Severity.ERROR),
    /**
     * a level to reach below the one the school's current self-assessment reached for the criterion, when
     * the office has it (checked across documents: {@link PlanBelowSelfAssessment})
     */
    PLAN_LEVEL_BELOW_SELF_ASSESSMENT(Severity.WARNING),
    /** a plan row without a task, a lead (or «Không»), or a timing (or a timing cell holding a task) */
    PLAN_ROW_INCOMPLETE(Severity.ERROR),
    /** a budget that is neither an amount nor a labelled source ({@link vn.tonghop.value.MoneyParser}) */
    PLAN_BUDGET_UNREADABLE(Severity.ERROR),
    /** the school year of the title differs from the one the text or the timing says (seed 001) */
    PLAN_YEAR_MISMATCH(Severity.WARNING),
    /** a plan row naming no criterion of the school's catalogue */
    PLAN_CRITERION_UNKNOWN(Severity.WARNING),
    /** a standard's row titled otherwise than the catalogue's standard of that number (seeds 001, 002) */
    PLAN_STANDARD_TITLE_DIFFERS(Severity.INFO);

    private final Severity defaultSeverity;

    PlanRule(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
