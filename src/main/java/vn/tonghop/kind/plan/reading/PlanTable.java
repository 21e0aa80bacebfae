package vn.tonghop.kind.plan.reading;

import java.util.List;

/**
 * An improvement plan's table as read from one sheet: where its header is, its standard rows and plan
 * rows in order, the school year of the plan's title (null when none is found) and the school years the
 * text above the table says the plan is carried out in ({@code … để thực hiện trong năm học 2024 - 2025}).
 */
public record PlanTable(String sheet, String headerCell, List<StandardRow> standards, List<PlanRow> rows,
                        YearText title, List<YearText> yearsInText) {

    public PlanTable {
        standards = List.copyOf(standards);
        rows = List.copyOf(rows);
        yearsInText = List.copyOf(yearsInText);
    }
}
