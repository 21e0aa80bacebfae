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

    /** A unit that sent nothing of one or more kinds, with those kinds' titles. */
    public record Missing(Unit unit, List<String> kinds) {
        public Missing {
            kinds = List.copyOf(kinds);
        }
    }

    /** @param units a unit of the tree by its code, or null: names each missing unit's parent */
    public static void write(Workbook wb, ReportStyles st, List<Unit> missing, Function<String, Unit> units) {
        write(wb, st, missing.stream().map(u -> new Missing(u, List.of())).toList(), units, false);
    }

    /**
     * @param units     a unit of the tree by its code, or null: names each missing unit's parent
     * @param withKinds a column «Chưa nộp» naming what each unit has not sent (an office collecting
     *                  several kinds)
     */
    public static void write(Workbook wb, ReportStyles st, List<Missing> missing, Function<String, Unit> units,
                             boolean withKinds) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = new java.util.ArrayList<>(List.of("Mã", "Tên", "Cấp", "Đơn vị cấp trên", "Email"));
        if (withKinds) {
            headers.add("Chưa nộp");
        }
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 60);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (Missing m : missing) {
            Unit u = m.unit();
            Row row = sh.createRow(r++);
            Unit parent = u.parentCode() == null ? null : units.apply(u.parentCode());
            List<String> values = new java.util.ArrayList<>(List.of(u.code(), u.name(), Cells.levelWord(u.level()),
                parent != null ? parent.name() : u.parentCode() == null ? "" : u.parentCode(),
                u.email() == null ? "" : u.email()));
            if (withKinds) {
                values.add(String.join("; ", m.kinds()));
            }
            for (int col = 0; col < values.size(); col++) {
                w.text(col, values.get(col));
                // the kinds owed wrap within their column (three titles are wider than a page allows)
                boolean kindsColumn = withKinds && col == values.size() - 1;
                Cells.text(row, col, values.get(col), st.get(kindsColumn ? Kind.WRAP : Kind.TEXT));
            }
        }
        Tables.finish(sh, w, headers, r - 1, 0);
        if (withKinds) {
            for (int i = 1; i < r; i++) {
                PrintLayout.fitHeight(sh.getRow(i));
            }
        }
        PrintLayout.a4(sh, withKinds, 0, 0);
        if (missing.isEmpty()) {
            Cells.text(sh.createRow(2), 0, "Tất cả đơn vị phải báo cáo đã nộp.", st.get(Kind.PLAIN));
        }
    }
}
