package vn.tonghop.kind.implementation.consolidation;

import java.util.List;

/**
 * One school's report held against its improvement plan of the same school year: the report's file and
 * year, the plan's file ({@code null} when the office has no plan of that year from the school), the
 * plan's criteria, the criteria the report gives results for, those it reports that the plan does not
 * have, and the plan's criteria it leaves out.
 */
public record PlanFollowUp(String unitCode, String period, String reportFile, String planFile, List<String> planned,
                           List<String> reported, List<String> notInPlan, List<String> leftOut) {

    public PlanFollowUp {
        planned = List.copyOf(planned);
        reported = List.copyOf(reported);
        notInPlan = List.copyOf(notInPlan);
        leftOut = List.copyOf(leftOut);
    }

    /** A report and plan that say different things, or a report without a plan to hold it against. */
    public boolean needsALook() {
        return planFile == null || !notInPlan.isEmpty() || !leftOut.isEmpty();
    }
}
