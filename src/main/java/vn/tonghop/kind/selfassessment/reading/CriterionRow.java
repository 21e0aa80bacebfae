package vn.tonghop.kind.selfassessment.reading;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One criterion row of the grid: its 0-based row, the label as typed and its cell, the catalogue code
 * it was matched to ({@code code}, null when nothing matched) and how, and what is under each result
 * column ({@code marks}, blanks left out).
 */
public record CriterionRow(int row, String label, String labelCell, String code, MatchedBy matchedBy,
                           List<MarkCell> marks) {

    public CriterionRow {
        marks = List.copyOf(marks);
    }

    /** How the row was matched to the catalogue. */
    public enum MatchedBy { CODE, TITLE, NONE }

    /** The levels marked (0 = Không đạt), lowest first. */
    public Set<Integer> marked() {
        Set<Integer> levels = new TreeSet<>();
        marks.stream().filter(MarkCell::marked).forEach(m -> levels.add(m.level()));
        return levels;
    }

    public List<MarkCell> unreadable() {
        return marks.stream().filter(MarkCell::unreadable).toList();
    }

    /** The cell of the mark at {@code level}, or the label's cell when there is none. */
    public String cellOf(int level) {
        return marks.stream().filter(m -> m.level() == level).map(MarkCell::ref).findFirst().orElse(labelCell);
    }

    /** The row as clerks see it: the code when known, else the label. */
    public String name() {
        return code != null ? "Tiêu chí " + code : "«" + label + "»";
    }
}
