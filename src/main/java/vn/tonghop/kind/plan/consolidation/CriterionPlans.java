package vn.tonghop.kind.plan.consolidation;

import java.util.List;

/**
 * The plans under a node for one criterion of one catalogue ({@code code} {@code 3.2}), or for one standard
 * as a whole ({@code code} null, {@code title} the standard's): the schools that plan for it, its plan rows
 * and their budget. Codes mean different criteria in different circulars, so each catalogue is apart.
 */
public record CriterionPlans(String catalogueId, int standard, String code, String title, List<String> schools,
                             int rows, Budget budget) {

    public CriterionPlans {
        schools = List.copyOf(schools);
    }

    public boolean isStandard() {
        return code == null;
    }
}
