package vn.tonghop.kind.phasing.reading;

import java.util.List;

/**
 * A recognised phasing-table header: which rows it spans, where the label columns are (-1 when
 * absent), and the value columns in sheet order. {@code currentLabel} keeps the header's words for
 * the current value ("Hiện trạng 9/2023"), {@code targetYear} the end of the period.
 */
public record TableHeader(int firstRow, int lastRow, int sttCol, int nameCol, int unitCol,
                   List<ValueColumn> valueColumns, String currentLabel, Integer targetYear) {

    public record ValueColumn(int col, ColumnRole role, Integer year) {
    }

    public List<Integer> phaseYears() {
        return valueColumns.stream().filter(v -> v.role() == ColumnRole.PHASE).map(ValueColumn::year).toList();
    }
}
