package vn.tonghop.kind.implementation.reading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One criterion row of a report: its line in the sheet (0-based), its label as typed ({@code Tiêu chí 1.4})
 * and the label's cell, the criterion's code ({@code 1.4}; null when the label names none) and how it was
 * told, and its content cells by column (a column the table has and the row leaves blank holds a blank
 * cell at the row's own line, so a message can name it).
 */
public record ReportRow(int row, String label, String labelCell, String code, MatchedBy matchedBy,
                        Map<ReportColumn, ReportCell> cells) {

    public enum MatchedBy { CODE, TITLE, NONE }

    public ReportRow {
        Map<ReportColumn, ReportCell> copy = new EnumMap<>(ReportColumn.class);
        copy.putAll(cells);
        cells = Collections.unmodifiableMap(copy);
    }

    /** The cell of a column; a blank one without a place when the table has no such column. */
    public ReportCell cell(ReportColumn column) {
        ReportCell c = cells.get(column);
        return c == null ? new ReportCell("", "") : c;
    }

    /** {@code Tiêu chí 3.2}, or the label as typed when it names no criterion. */
    public String name() {
        return code != null ? "Tiêu chí " + code : "Dòng «" + label + "»";
    }
}
