package vn.tonghop.kind.implementation.consolidation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.kind.implementation.Progress;

/**
 * The implementation reports under one node of the tree: the schools expected (every reporting unit
 * under it), those that sent one and those that did not, the school years the reports are about, and the
 * plan rows of all the reports by where they stand ({@link Progress}), each row counted once.
 */
public record NodeProgress(String nodeCode, String nodeName, List<String> expected, List<String> reported,
                           List<String> missing, List<String> periods, Map<Progress, Integer> rows) {

    public NodeProgress {
        expected = List.copyOf(expected);
        reported = List.copyOf(reported);
        missing = List.copyOf(missing);
        periods = List.copyOf(periods);
        Map<Progress, Integer> copy = new EnumMap<>(Progress.class);
        copy.putAll(rows);
        rows = Collections.unmodifiableMap(copy);
    }

    /** Plan rows in the reports. */
    public int total() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Progress p) {
        return rows.getOrDefault(p, 0);
    }

    /** The share of the plan rows at {@code p}, in %; null when no report has a row. */
    public Double share(Progress p) {
        int total = total();
        return total == 0 ? null : 100.0 * count(p) / total;
    }
}
