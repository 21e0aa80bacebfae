package vn.tonghop.kind.selfassessment.reading;

import java.util.Set;

import vn.tonghop.reading.GridCell;
import vn.tonghop.text.VietnameseText;

/** Tells a mark from a blank and from anything else a clerk may type under a level. */
final class Marks {

    private static final Set<String> MARKS = Set.of("x", "✓", "✔", "√", "☑", "☒", "1", "v", "+", "xx");
    private static final Set<String> BLANKS = Set.of("", "0", "-", "–", "—", "/", ".");

    private Marks() {
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
