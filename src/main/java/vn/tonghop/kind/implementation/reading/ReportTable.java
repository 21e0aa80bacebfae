package vn.tonghop.kind.implementation.reading;

import java.util.List;
import java.util.Set;

/**
 * An implementation report grid as read from one sheet: the sheet, the header's first cell, the school
 * year it reports on ({@code 2022-2023}, from the title or the header; null when neither says) with the
 * cell that says it, the report number and date, the content columns the header has, and the criterion
 * rows in order.
 */
public record ReportTable(String sheet, String headerCell, String period, String periodCell, ReportReference number,
                          ReportReference date, Set<ReportColumn> columns, List<ReportRow> rows) {

    /** The first calendar year of the school year reported on ({@code 2022} for 2022-2023), or null. */
    public Integer year() {
        return period == null ? null : Integer.valueOf(period.substring(0, 4));
    }

    public ReportTable {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
