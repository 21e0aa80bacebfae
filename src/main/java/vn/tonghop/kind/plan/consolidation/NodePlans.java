package vn.tonghop.kind.plan.consolidation;

import java.util.List;
import java.util.Map;

/**
 * The improvement plans under one node of the tree: the schools expected (every reporting unit under it),
 * those that sent a plan and those that did not; the budget of all their plan rows ({@code total}); the staff
 * they ask for as numbers, by role, and which schools ask; per catalogue each standard and each criterion
 * planned for ({@link CriterionPlans}, a standard's line before its criteria); plan rows naming no criterion
 * of their school's catalogue count in the total only ({@code unmatchedRows}).
 */
public record NodePlans(String nodeCode, String nodeName, List<String> expected, List<String> reported,
                        List<String> missing, Budget total, Map<String, Integer> staff, List<String> staffSchools,
                        List<CriterionPlans> criteria, int unmatchedRows) {

    public NodePlans {
        expected = List.copyOf(expected);
        reported = List.copyOf(reported);
        missing = List.copyOf(missing);
        staff = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(staff)); // in its order (by role)
        staffSchools = List.copyOf(staffSchools);
        criteria = List.copyOf(criteria);
    }

    public int staffTotal() {
        return staff.values().stream().mapToInt(Integer::intValue).sum();
    }
}
