package vn.tonghop.kind.plan.reading;

import java.util.Map;

/**
 * One row of a plan: the criterion it is for ({@code code}, null when its label names none; {@code label}
 * as typed, with a title continued after a page break), and its cells by column; several rows may be for
 * one criterion (one per task, or the criterion written twice). {@code row} is the sheet row (0-based) of
 * its first part.
 */
public record PlanRow(int row, String label, String code, Map<PlanColumn, PlanCell> cells) {

    public PlanRow {
        cells = Map.copyOf(cells);
    }

    public PlanCell cell(PlanColumn column) {
        return cells.getOrDefault(column, new PlanCell("", ""));
    }

    public String text(PlanColumn column) {
        return cell(column).text();
    }
}
