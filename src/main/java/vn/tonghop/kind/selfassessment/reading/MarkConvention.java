package vn.tonghop.kind.selfassessment.reading;

/**
 * How a table marks a criterion's level. The seed marks every level reached ({@link #CUMULATIVE}: X under
 * Mức 1 and Mức 2 for a criterion at Mức 2); other offices' forms mark the level reached only ({@link
 * #SINGLE}). Told from the table itself: rows with consecutive marks from Mức 1 up vote for the first,
 * rows with one mark above Mức 1 for the second; a tie (or no evidence) is read as the seed's.
 */
public enum MarkConvention {
    CUMULATIVE, SINGLE;

    /** The convention the rows' marks show. */
    public static MarkConvention of(java.util.List<CriterionRow> rows) {
        int cumulative = 0;
        int single = 0;
        for (CriterionRow row : rows) {
            var marked = row.marked();
            if (marked.contains(0)) {
                continue;
            }
            if (marked.size() >= 2 && marked.contains(1) && marked.contains(2)) {
                cumulative++;
            } else if (marked.size() == 1 && marked.iterator().next() >= 2) {
                single++;
            }
        }
        return single > cumulative ? SINGLE : CUMULATIVE;
    }
}
