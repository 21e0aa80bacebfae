package vn.tonghop.kind.selfassessment.reading;

import java.util.Set;

/**
 * The level a criterion row says, read under the table's {@link MarkConvention}: {@code level} 0 for
 * Không đạt, 1–4 for Mức 1–4, null when the marks do not say one; {@code problem} says what is wrong
 * with the marks. A level skipped ({@code X} under Mức 1 and Mức 3, seed criteria 2.3 and 5.6) is read as
 * the highest level reached without a gap (Mức 1): the lower reading is the one the marks certainly say.
 */
public record LevelReading(Integer level, Problem problem) {

    public enum Problem {
        NONE,
        /** no mark at all */
        NOT_MARKED,
        /** cumulative marks with a gap: a level marked without the one below */
        SKIPPED,
        /** Không đạt marked together with a level */
        CONFLICT,
        /** several levels marked where the table marks one */
        SEVERAL
    }

    public static LevelReading of(Set<Integer> marked, MarkConvention convention) {
        if (marked.isEmpty()) {
            return new LevelReading(null, Problem.NOT_MARKED);
        }
        if (marked.contains(0)) {
            return marked.size() == 1 ? new LevelReading(0, Problem.NONE) : new LevelReading(null, Problem.CONFLICT);
        }
        int max = marked.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (convention == MarkConvention.SINGLE) {
            return marked.size() == 1 ? new LevelReading(max, Problem.NONE) : new LevelReading(null, Problem.SEVERAL);
        }
        int reached = 0;
        while (marked.contains(reached + 1)) {
            reached++;
        }
        if (reached == max) {
            return new LevelReading(max, Problem.NONE);
        }
        return new LevelReading(reached == 0 ? null : reached, Problem.SKIPPED);
    }
}
