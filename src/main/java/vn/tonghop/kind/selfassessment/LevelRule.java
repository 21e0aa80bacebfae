package vn.tonghop.kind.selfassessment;

import java.util.List;
import java.util.Map;

/**
 * How a school's overall level follows from its criteria's levels, for one catalogue: per level
 * ({@link Step}) the number of criteria that must be at that level or above ({@code minCriteria}; null
 * means all of them) and whether the level below must be reached first. {@code confirmed} says whether
 * the office checked it against the circular; {@code source} says where it comes from.
 */
public record LevelRule(String catalogueId, List<Step> steps) {

    public LevelRule {
        steps = List.copyOf(steps);
    }

    /** One level's requirement; {@code line} is its line in the rule file. */
    public record Step(int level, Integer minCriteria, boolean requiresLevelBelow, boolean confirmed,
                       String source, int line) {
    }

    /** True when every step was confirmed against the circular. */
    public boolean confirmed() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::confirmed);
    }

    /**
     * The school's level: 0 (not Mức 1) up to the highest step met. {@code levels} maps each catalogue
     * criterion to the level read for it (0 for Không đạt, null when it could not be read: it counts as
     * reaching no level); {@code criteria} is how many criteria the catalogue has.
     */
    public int compute(Map<String, Integer> levels, int criteria) {
        int reached = 0;
        for (Step s : steps.stream().sorted(java.util.Comparator.comparingInt(Step::level)).toList()) {
            if (s.requiresLevelBelow() && reached < s.level() - 1) {
                break;
            }
            long atOrAbove = levels.values().stream().filter(l -> l != null && l >= s.level()).count();
            int needed = s.minCriteria() == null ? criteria : s.minCriteria();
            if (atOrAbove >= needed) {
                reached = Math.max(reached, s.level());
            } else if (s.requiresLevelBelow()) {
                break;
            }
        }
        return reached;
    }
}
