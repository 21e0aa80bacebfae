package vn.tonghop.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one section of an Annex II table, in order, numbered the way the seed numbers them
 * (STT): groups and ungrouped indicators 1, 2, 3…; the indicators of a group a, b, c, d, đ, e…
 * One numbering for every table tonghop writes, so they all read back the same way.
 */
public final class AnnexRows {

    /** A group heading ({@code indicator} null) or an indicator row. */
    public record Row(String stt, String group, Indicator indicator) {

        public boolean isGroup() {
            return indicator == null;
        }
    }

    /** The Vietnamese alphabet's letters as STT within a group (no f, j, w, z; đ after d). */
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private AnnexRows() {
    }

    public static List<Row> of(List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        int group = 0;
        int letter = 0;
        String currentGroup = null;
        for (Indicator ind : indicators) {
            String g = ind.group() == null ? "" : ind.group().strip();
            if (g.isEmpty()) {
                currentGroup = null;
                rows.add(new Row(String.valueOf(++group), null, ind));
                continue;
            }
            if (!g.equals(currentGroup)) {
                currentGroup = g;
                letter = 0;
                rows.add(new Row(String.valueOf(++group), g, null));
            }
            rows.add(new Row(letter < LETTERS.length ? LETTERS[letter] : "a" + (letter - LETTERS.length + 1), g, ind));
            letter++;
        }
        return rows;
    }
}
