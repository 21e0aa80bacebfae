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
     * Writes the sheet into {@code wb}, a user-model or a streamed workbook alike (in the summary, streamed:
     * it grows with the units). Its rows are written once the widths are known, since a streamed sheet
     * cannot go back to its rows.
     *
     * @param units     a unit of the tree by its code, or null: names each missing unit's parent
     * @param withKinds a column «Chưa nộp» naming what each unit has not sent (an office collecting
     *                  several kinds)
     */
    public static void write(Workbook wb, ReportStyles st, List<Missing> missing, Function<String, Unit> units,
                             boolean withKinds) {
        of(st, missing, units, withKinds).write(wb);
    }

    /**
     * The sheet planned now, written later by {@link Planned#write}: its widths measured and its styles made
     * in the order its cells use them (the workbook's styles keep the order they had when the sheet was
     * written in place).
     */
    static Planned of(ReportStyles st, List<Missing> missing, Function<String, Unit> units, boolean withKinds) {
        Planned p = new Planned(st, missing, units, withKinds);
        for (int col = 0; col < p.headers.size(); col++) {
            p.w.header(col, p.headers.get(col));
        }
        st.get(Kind.HEADER);
        for (Missing m : missing) {
            List<String> values = p.values(m);
            for (int col = 0; col < values.size(); col++) {
                p.w.text(col, values.get(col));
                st.get(p.wraps(col) ? Kind.WRAP : Kind.TEXT);
            }
        }
        if (missing.isEmpty()) {
            st.get(Kind.PLAIN);
        }
        return p;
    }

    /** The sheet's lines and widths, to be written. */
    static final class Planned {
        private final ReportStyles st;
        private final List<Missing> missing;
        private final Function<String, Unit> units;
        private final boolean withKinds;
        private final List<String> headers = new java.util.ArrayList<>(List.of("Mã", "Tên", "Cấp", "Đơn vị cấp trên",
                "Email"));
        private final Cells.Widths w;

        private Planned(ReportStyles st, List<Missing> missing, Function<String, Unit> units, boolean withKinds) {
            this.st = st;
            this.missing = missing;
            this.units = units;
            this.withKinds = withKinds;
            if (withKinds) {
                headers.add("Chưa nộp");
            }
            this.w = new Cells.Widths(headers.size(), 8, 60);
        }

        private List<String> values(Missing m) {
            Unit u = m.unit();
            Unit parent = u.parentCode() == null ? null : units.apply(u.parentCode());
            List<String> values = new java.util.ArrayList<>(List.of(u.code(), u.name(), Cells.levelWord(u.level()),
                parent != null ? parent.name() : u.parentCode() == null ? "" : u.parentCode(),
                u.email() == null ? "" : u.email()));
            if (withKinds) {
                values.add(String.join("; ", m.kinds()));
            }
            return values;
        }

        /** The kinds owed wrap within their column (three titles are wider than a page allows). */
        private boolean wraps(int col) {
            return withKinds && col == headers.size() - 1;
        }

        void write(Workbook wb) {
            Sheet sh = wb.createSheet(NAME);
            Row head = sh.createRow(0);
            for (int col = 0; col < headers.size(); col++) {
                Cells.text(head, col, headers.get(col), st.get(Kind.HEADER));
            }
            Tables.finish(sh, w, headers, missing.size(), 0);
            int r = 1;
            for (Missing m : missing) {
                Row row = sh.createRow(r++);
                List<String> values = values(m);
                for (int col = 0; col < values.size(); col++) {
                    Cells.text(row, col, values.get(col), st.get(wraps(col) ? Kind.WRAP : Kind.TEXT));
                }
                if (withKinds) {
                    PrintLayout.fitHeight(row); // the widths are known
                }
            }
            PrintLayout.a4(sh, withKinds, 0, 0);
            if (missing.isEmpty()) {
                Cells.text(sh.createRow(2), 0, "Tất cả đơn vị phải báo cáo đã nộp.", st.get(Kind.PLAIN));
            }
        }
    }
}
