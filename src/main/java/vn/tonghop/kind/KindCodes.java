package vn.tonghop.kind;

/**
 * The codes the store keeps each kind's documents under, in one place: a kind that reads another kind's
 * stored facts (a report against the plan of its year, a plan against the school's self-assessment) names
 * that kind by its code here, never by its classes, so the kinds stay independent of each other. Each
 * kind's {@code CODE} is the same string ({@code KindCodesTest}).
 */
public final class KindCodes {

    public static final String PHASING = "phasing";
    public static final String SELF_ASSESSMENT = "self_assessment";
    public static final String PLAN = "plan";
    public static final String IMPLEMENTATION_REPORT = "implementation_report";

    private KindCodes() {
    }
}
