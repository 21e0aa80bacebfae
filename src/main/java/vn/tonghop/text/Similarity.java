package vn.tonghop.text;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Edit-distance similarity, for names with small typos. */
public final class Similarity {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Similarity() {
    }

    /** 1.0 for equal strings, falling towards 0 with each edit (edits over the longer length). */
    public static double ratio(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) LEVENSHTEIN.apply(a, b) / longer;
    }
}
