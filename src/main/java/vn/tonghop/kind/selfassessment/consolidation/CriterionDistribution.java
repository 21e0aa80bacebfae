package vn.tonghop.kind.selfassessment.consolidation;

import java.util.List;
import java.util.Map;

/**
 * One criterion at one node: how many of the node's schools that sent a self-assessment on this
 * catalogue have it at each level ({@code byLevel}: 0 = Không đạt, 1–3 = Mức; {@code unclear}: missing or
 * unreadable in their table), and which schools are at Không đạt.
 */
public record CriterionDistribution(String catalogueId, String code, String title, Map<Integer, Integer> byLevel,
                                    int unclear, List<String> notMet) {

    public CriterionDistribution {
        byLevel = Map.copyOf(byLevel);
        notMet = List.copyOf(notMet);
    }

    /** Schools counted: every level and the unclear ones. */
    public int schools() {
        return byLevel.values().stream().mapToInt(Integer::intValue).sum() + unclear;
    }

    public int at(int level) {
        return byLevel.getOrDefault(level, 0);
    }
}
