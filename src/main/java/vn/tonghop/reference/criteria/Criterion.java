package vn.tonghop.reference.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One criterion (tiêu chí) of a circular: its code ({@code 1.10}), standard (tiêu chuẩn), titles in the
 * 2018 and 2024 wordings (either may be empty) and other wordings clerks use, the levels the circular
 * defines for it and whether that list was confirmed ({@code levelsConfirmed}: seen in the sources at
 * hand, not only assumed), and how far the row was confirmed against the circular ({@code yes}: code and
 * title; {@code code}: the code only; {@code no}: neither), with a note saying where it comes from.
 */
public record Criterion(String code, int standard, String standardTitle, String title2018, String title2024,
                        List<String> aliases, Set<Integer> levels, String confirmed, String note,
                        boolean levelsConfirmed) {

    public Criterion {
        aliases = List.copyOf(aliases);
        levels = Set.copyOf(levels);
    }

    /** A criterion whose levels are not confirmed. */
    public Criterion(String code, int standard, String standardTitle, String title2018, String title2024,
                     List<String> aliases, Set<Integer> levels, String confirmed, String note) {
        this(code, standard, standardTitle, title2018, title2024, aliases, levels, confirmed, note, false);
    }

    /** The title to print: the 2018 wording, or the 2024 one when only that is known. */
    public String title() {
        return title2018.isEmpty() ? title2024 : title2018;
    }

    /** Every wording the criterion is known by, to match a row that carries only a title. */
    public List<String> titles() {
        List<String> all = new ArrayList<>();
        for (String t : List.of(title2018, title2024)) {
            if (!t.isEmpty()) {
                all.add(t);
            }
        }
        all.addAll(aliases);
        return all;
    }

    /** The highest level the circular defines for this criterion. */
    public int maxLevel() {
        return levels.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
