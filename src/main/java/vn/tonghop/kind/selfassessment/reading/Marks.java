package vn.tonghop.kind.selfassessment.reading;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.reading.GridCell;
import vn.tonghop.text.VietnameseText;

/** Tells a mark from a blank and from anything else a clerk may type under a level. */
final class Marks {

    private static final Set<String> MARKS = Set.of("x", "✓", "✔", "√", "☑", "☒", "1", "v", "+", "xx");
    private static final Set<String> BLANKS = Set.of("", "0", "-", "–", "—", "/", ".");
    /** A level written as a value: «Mức 2», «Đạt Mức 2», «mức II», «2». */
    private static final Pattern LEVEL_VALUE = Pattern.compile("^(?:dat\\s*)?(?:muc\\s*)?(1|2|3|4|i|ii|iii|iv)$");
    /** Where a value under {@code Mức đạt} names no level ({@code Tốt}, {@code Đạt}): {@link #levelName} says so. */
    static final int SINGLE_COLUMN = -1;

    private Marks() {
    }

    /**
     * The cell's reading under a {@code Mức đạt} column: a mark at the level it names (0 for Không đạt /
     * Chưa đạt), unreadable ({@link #SINGLE_COLUMN}) for anything else, null for a blank.
     */
    static MarkCell value(GridCell cell) {
        if (cell == null || cell.mergedCopy()) {
            return null;
        }
        String t = VietnameseText.foldWords(cell.content().text());
        if (cell.content().number() != null) {
            double n = cell.content().number().doubleValue();
            t = n == Math.rint(n) ? String.valueOf((long) n) : t;
        }
        if (t.isEmpty() || t.equals("-")) {
            return null;
        }
        if (t.equals("khong dat") || t.equals("chua dat")) {
            return new MarkCell(0, cell, true, false);
        }
        Matcher m = LEVEL_VALUE.matcher(t);
        if (m.matches()) {
            int level = switch (m.group(1)) {
                case "i" -> 1;
                case "ii" -> 2;
                case "iii" -> 3;
                case "iv" -> 4;
                default -> Integer.parseInt(m.group(1));
            };
            return new MarkCell(level, cell, true, false);
        }
        return new MarkCell(SINGLE_COLUMN, cell, false, true);
    }

    /** The cell's reading under a level column, or null for a blank cell (or no cell). */
    static MarkCell read(int level, GridCell cell) {
        if (cell == null || cell.mergedCopy()) {
            return null;
        }
        String t = VietnameseText.fold(cell.content().text()).replace(" ", "");
        if (cell.content().number() != null && cell.content().number().doubleValue() == 1.0) {
            t = "1";
        }
        if (BLANKS.contains(t)) {
            return null;
        }
        boolean marked = MARKS.contains(t);
        return new MarkCell(level, cell, marked, !marked);
    }
}
