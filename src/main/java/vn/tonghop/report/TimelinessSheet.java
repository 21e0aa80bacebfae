package vn.tonghop.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.timeliness.Timeliness;
import vn.tonghop.timeliness.Timeliness.Status;
import vn.tonghop.timeliness.Timeliness.KindLine;

/**
 * "Đúng hạn": every reporting unit in every collection round opened so far, newest round first, in the
 * tree's order: on time, late (by how many days, a late line yellow) or not sent (red once the deadline
 * passed), the day its file was sent and the file. When a round opened collects several kinds, a line per
 * unit and kind, the kind named («Loại tài liệu»): a unit that sent its phasing table on time and not its
 * plan shows both. Landscape, the header repeated, filterable by round, district, kind or status.
 */
public final class TimelinessSheet {

    public static final String NAME = "Đúng hạn";

    private TimelinessSheet() {
    }

    /**
     * Writes the sheet into {@code wb}, a user-model or a streamed workbook alike (in the summary, streamed: it
     * grows with the units and kinds). Its rows are written once the widths are known, each fitted to its
     * text as it is made, since a streamed sheet cannot go back to its rows.
     *
     * @param units a unit of the tree by its code, or null: names each unit's parent
     */
    public static void write(Workbook wb, ReportStyles st, Timeliness t, Function<String, Unit> units) {
        of(st, t, units).write(wb);
    }

    /**
     * The sheet planned now, written later by {@link Planned#write}: its lines in order, its widths measured
     * and its styles made in the order its cells use them (the workbook's styles keep the order they had when
     * the sheet was written in place).
     */
    static Planned of(ReportStyles st, Timeliness t, Function<String, Unit> units) {
        boolean several = t.severalKinds();
        // a round of several kinds is not only the tables' current-value year: it is the round's year
        List<String> headers = new ArrayList<>(List.of(several ? "Đợt năm" : "Năm hiện trạng", "Hạn nộp", "Mã", "Đơn vị",
                "Đơn vị cấp trên"));
        if (several) {
            headers.add("Loại tài liệu");
        }
        headers.addAll(List.of("Tình trạng", "Ngày gửi", "Số ngày trễ", "Tệp"));
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 45);
        for (int col = 0; col < headers.size(); col++) {
            w.header(col, headers.get(col));
        }
        st.get(Kind.HEADER);
        List<KindLine> lines = new ArrayList<>(t.kindLines());
        lines.sort(Comparator.comparing((KindLine l) -> -l.round().year())); // stable: tree order kept
        Planned p = new Planned(st, headers, several, lines, units, w);
        for (KindLine l : lines) {
            Fill fill = fill(l);
            st.get(Kind.TEXT, fill);
            st.get(Kind.WRAP, fill);
            List<String> values = p.values(l);
            for (int col = 0; col < values.size(); col++) {
                if (col == p.daysLate) {
                    st.get(Kind.INTEGER, fill);
                } else {
                    w.text(col, values.get(col));
                }
            }
        }
        return p;
    }

    private static Fill fill(KindLine l) {
        return l.status() == Status.LATE ? Fill.WARNING : l.status() == Status.MISSING ? Fill.SHORT : Fill.NONE;
    }

    /** The sheet's lines and widths, to be written. */
    static final class Planned {
        private final ReportStyles st;
        private final List<String> headers;
        private final boolean several;
        private final List<KindLine> lines;
        private final Function<String, Unit> units;
        private final Cells.Widths w;
        private final int daysLate;
        private final Set<Integer> wrapped;

        private Planned(ReportStyles st, List<String> headers, boolean several, List<KindLine> lines,
                        Function<String, Unit> units, Cells.Widths w) {
            this.st = st;
            this.headers = headers;
            this.several = several;
            this.lines = lines;
            this.units = units;
            this.w = w;
            this.daysLate = headers.indexOf("Số ngày trễ");
            this.wrapped = new HashSet<>(List.of(3, 4, headers.size() - 1)); // names, the kind, the files
            if (several) {
                wrapped.add(5);
            }
        }

        /** A line's cells as text («Số ngày trễ» null: a number). */
        private List<String> values(KindLine l) {
            Unit parent = l.unit().parentCode() == null ? null : units.apply(l.unit().parentCode());
            List<String> values = new ArrayList<>(List.of(String.valueOf(l.round().year()),
                    Timeliness.date(l.round().deadline()), l.unit().code(), l.unit().name(),
                    parent == null ? "" : parent.name()));
            if (several) {
                values.add(l.kind());
            }
            values.addAll(Arrays.asList(l.status().vietnamese(), l.sent() == null ? "" : Timeliness.date(l.sent()),
                    null, l.file() == null ? "" : l.file()));
            return values;
        }

        void write(Workbook wb) {
            Sheet sh = wb.createSheet(NAME);
            Row head = sh.createRow(0);
            for (int col = 0; col < headers.size(); col++) {
                Cells.text(head, col, headers.get(col), st.get(Kind.HEADER));
            }
            Tables.finish(sh, w, headers, lines.size(), 0);
            int r = 1;
            for (KindLine l : lines) {
                Fill fill = fill(l);
                CellStyle text = st.get(Kind.TEXT, fill);
                CellStyle wrap = st.get(Kind.WRAP, fill);
                Row row = sh.createRow(r++);
                List<String> values = values(l);
                for (int col = 0; col < values.size(); col++) {
                    if (col == daysLate) {
                        if (l.status() == Status.LATE) {
                            Cells.number(row, col, l.daysLate(), st.get(Kind.INTEGER, fill));
                        } else {
                            Cells.blank(row, col, st.get(Kind.INTEGER, fill));
                        }
                        continue;
                    }
                    Cells.text(row, col, values.get(col), wrapped.contains(col) ? wrap : text);
                }
                PrintLayout.fitHeight(row); // the widths are known
            }
            PrintLayout.a4(sh, true, 0, 0);
        }
    }
}
