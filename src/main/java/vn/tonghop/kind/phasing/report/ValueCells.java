package vn.tonghop.kind.phasing.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import vn.tonghop.report.Cells;
import vn.tonghop.value.ParsedValue;

/** A parsed value's cell on the summary's sheets. */
final class ValueCells {

    private ValueCells() {
    }

    /**
     * A quota or a unit's value: a number when it is a plain one, else its normalized text; noted in
     * {@code w} when given. Returns the next column.
     */
    static int parsed(Row row, int col, ParsedValue v, CellStyle num, CellStyle text, Cells.Widths w,
                      boolean count) {
        if (v == null) {
            Cells.blank(row, col, num);
        } else if (Cells.plainNumber(v)) {
            if (w != null) {
                w.number(col, v.number(), count);
            }
            Cells.number(row, col, v.number(), num);
        } else {
            if (w != null) {
                w.text(col, v.vietnamese());
            }
            Cells.text(row, col, v.vietnamese(), text);
        }
        return col + 1;
    }
}
