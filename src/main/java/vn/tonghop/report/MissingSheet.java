package vn.tonghop.report;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.report.ReportStyles.Kind;

/** "Chưa nộp": the units that had to report and sent nothing readable, with their parent and address. */
public final class MissingSheet {

    public static final String NAME = "Chưa nộp";

    private MissingSheet() {
    }

    /** @param units a unit of the tree by its code, or null: names each missing unit's parent */
    public static void write(Workbook wb, ReportStyles st, List<Unit> missing, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = List.of("Mã", "Tên", "Cấp", "Đơn vị cấp trên", "Email");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 60);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (Unit u : missing) {
            Row row = sh.createRow(r++);
            Unit parent = u.parentCode() == null ? null : units.apply(u.parentCode());
            String[] values = {u.code(), u.name(), Cells.levelWord(u.level()),
                parent != null ? parent.name() : u.parentCode() == null ? "" : u.parentCode(),
                u.email() == null ? "" : u.email()};
            for (int col = 0; col < values.length; col++) {
                w.text(col, values[col]);
                Cells.text(row, col, values[col], st.get(Kind.TEXT));
            }
        }
        Tables.finish(sh, w, headers, r - 1, 0);
        PrintLayout.a4(sh, false, 0, 0);
        if (missing.isEmpty()) {
            Cells.text(sh.createRow(2), 0, "Tất cả đơn vị phải báo cáo đã nộp bảng.", st.get(Kind.PLAIN));
        }
    }
}
