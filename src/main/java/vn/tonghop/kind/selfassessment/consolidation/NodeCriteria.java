package vn.tonghop.kind.selfassessment.consolidation;

import java.util.List;
import java.util.Map;

/**
 * The self-assessments under one node of the tree: the schools expected (every reporting unit under
 * it), those that sent one and those that did not; the schools by overall level as computed under the
 * office's rule ({@code byComputedLevel}) and as they state it ({@code byStatedLevel}, null key: no
 * level stated), the schools whose stated level differs from the computed one; and per catalogue criterion the distribution of schools by level.
 */
public record NodeCriteria(String nodeCode, String nodeName, List<String> expected, List<String> reported,
                           List<String> missing, Map<Integer, List<String>> byComputedLevel,
                           Map<Integer, List<String>> byStatedLevel, List<String> conclusionDiffers,
                           List<CriterionDistribution> criteria) {

    public NodeCriteria {
        conclusionDiffers = List.copyOf(conclusionDiffers);
        expected = List.copyOf(expected);
        reported = List.copyOf(reported);
        missing = List.copyOf(missing);
    }

    /** The share of the schools that sent one at {@code level} (computed), in %; null when none sent. */
    public Double shareAt(int level) {
        if (reported.isEmpty()) {
            return null;
        }
        return 100.0 * byComputedLevel.getOrDefault(level, List.of()).size() / reported.size();
    }
}
