package vn.tonghop.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one section of an Annex II table, in order, with their STT. When the catalogue gives the
 * official list's numbers ({@link Indicator#stt()}), they are kept as they are: the list skips
 * (groups 1, 2, 7 in section I of the seed), a group's one row has no letter, some rows have no number,
 * and a consolidated table must say "7.c" where the official list does. Otherwise the rows are numbered
 * the way the seed numbers them: groups and ungrouped indicators 1, 2, 3…; the indicators of a group
 * a, b, c, d, đ, e… One numbering for every table tonghop writes, so they all read back the same way.
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
        if (indicators.stream().anyMatch(i -> i.stt() != null)) {
            return official(indicators);
        }
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

    /**
     * The official numbers: {@code 7.c} is row c of group 7; {@code 2} is group 2 (its row without a
     * letter), or row 2 for an indicator outside any group; none, no number. A group's own number is the
     * one its first numbered row names.
     */
    private static List<Row> official(List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        String currentGroup = null;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String g = ind.group() == null ? "" : ind.group().strip();
            String stt = ind.stt() == null ? "" : ind.stt();
            int dot = stt.indexOf('.');
            if (g.isEmpty()) {
                currentGroup = null;
                rows.add(new Row(stt, null, ind));
                continue;
            }
            if (!g.equals(currentGroup)) {
                currentGroup = g;
                rows.add(new Row(groupNumber(indicators, i, g), g, null));
            }
            rows.add(new Row(dot < 0 ? "" : stt.substring(dot + 1), g, ind));
        }
        return rows;
    }

    /** The group's number: the part before the dot of the first of its rows (from {@code from}) that has one. */
    private static String groupNumber(List<Indicator> indicators, int from, String group) {
        for (int i = from; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            if (!group.equals(ind.group() == null ? "" : ind.group().strip())) {
                break;
            }
            if (ind.stt() != null) {
                int dot = ind.stt().indexOf('.');
                return dot < 0 ? ind.stt() : ind.stt().substring(0, dot);
            }
        }
        return "";
    }
}
