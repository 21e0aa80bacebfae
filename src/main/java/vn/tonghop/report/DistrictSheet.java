package vn.tonghop.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.timeliness.Timeliness;

/**
 * "Theo huyện": one line per district (or commune) under the office, as {@link DistrictOverview}
 * counts it, for the officer who follows up district by district; when the office set collection rounds,
 * how many of its units sent on time, late, or nothing by the deadline. Portrait, the header repeated.
 */
public final class DistrictSheet {

    public static final String NAME = "Theo huyện";

    private DistrictSheet() {
    }

    public static List<String> headers() {
        return List.of("Mã", "Đơn vị", "Số đơn vị phải báo cáo", "Số đơn vị đã báo cáo", "Số đơn vị chưa nộp",
                "Số tệp không dùng được", "Số lỗi", "Số cảnh báo", "Số tệp không tạo được góp ý");
    }

    /** With the collection round's columns: sent on time, sent late, not sent once the deadline passed. */
    public static List<String> headers(boolean timeliness) {
        if (!timeliness) {
            return headers();
        }
        List<String> all = new java.util.ArrayList<>(headers());
        all.addAll(List.of("Nộp đúng hạn", "Nộp trễ hạn", "Chưa nộp khi đã quá hạn"));
        return all;
    }

    public static void write(Workbook wb, ReportStyles st, List<DistrictOverview> lines) {
        write(wb, st, lines, Timeliness.off());
    }

    /**
     * {@code t}: the current collection round, when the office set rounds: three more columns per
     * district, as {@link Timeliness} counts its reporting units. Into a user-model or a streamed workbook
     * alike (in the summary, streamed: a district's own summary has a line per school); its rows are
     * written once the widths are known, since a streamed sheet cannot go back to its rows.
     */
    public static void write(Workbook wb, ReportStyles st, List<DistrictOverview> lines, Timeliness t) {
        of(st, lines, t).write(wb);
    }

    /**
     * The sheet planned now, written later by {@link Planned#write}: its widths measured and its styles made
     * in the order its cells use them (the workbook's styles keep the order they had when the sheet was
     * written in place).
     */
    static Planned of(ReportStyles st, List<DistrictOverview> lines, Timeliness t) {
        Planned p = new Planned(st, lines, t);
        for (int col = 0; col < p.headers.size(); col++) {
            // a header needs only its longest word to fit, the rest wraps
            for (String word : p.headers.get(col).split(" ")) {
                p.w.text(col, word + "  ");
            }
        }
        st.get(Kind.HEADER);
        for (DistrictOverview d : lines) {
            p.w.text(0, code(d));
            p.w.text(1, name(d));
            st.get(Kind.TEXT);
            st.get(Kind.WRAP);
            st.get(Kind.INTEGER);
        }
        return p;
    }

    private static String code(DistrictOverview d) {
        return d.district() == null ? "" : d.district().code();
    }

    private static String name(DistrictOverview d) {
        return d.district() == null ? "Chưa xác định được đơn vị" : d.district().name();
    }

    /** The sheet's lines and widths, to be written. */
    static final class Planned {
        private final ReportStyles st;
        private final List<DistrictOverview> lines;
        private final Timeliness t;
        private final List<String> headers;
        private final Cells.Widths w;

        private Planned(ReportStyles st, List<DistrictOverview> lines, Timeliness t) {
            this.st = st;
            this.lines = lines;
            this.t = t;
            this.headers = headers(t.on());
            this.w = new Cells.Widths(headers.size(), 8, 40);
        }

        void write(Workbook wb) {
            Sheet sh = wb.createSheet(NAME);
            Row head = sh.createRow(0);
            for (int col = 0; col < headers.size(); col++) {
                Cells.text(head, col, headers.get(col), st.get(Kind.HEADER));
            }
            Tables.finish(sh, w, headers, lines.size(), 2);
            int r = 1;
            for (DistrictOverview d : lines) {
                Row row = sh.createRow(r++);
                Cells.text(row, 0, code(d), st.get(Kind.TEXT));
                Cells.text(row, 1, name(d), st.get(Kind.WRAP));
                int[] counts = {d.expected(), d.reported(), d.missing(), d.unusableFiles(), d.errors(), d.warnings(),
                    d.feedbackNotWritten()};
                for (int i = 0; i < counts.length; i++) {
                    Cells.number(row, 2 + i, counts[i], st.get(Kind.INTEGER));
                }
                if (t.on()) {
                    Timeliness.NodeLine n = d.district() == null ? null : t.node(d.district().code());
                    int[] round = n == null ? null : new int[] {n.onTime(), n.late(), n.missing()};
                    for (int i = 0; i < 3; i++) {
                        if (round == null) {
                            Cells.blank(row, 2 + counts.length + i, st.get(Kind.INTEGER));
                        } else {
                            Cells.number(row, 2 + counts.length + i, round[i], st.get(Kind.INTEGER));
                        }
                    }
                }
                PrintLayout.fitHeight(row); // the widths are known
            }
            PrintLayout.a4(sh, false, 0, 0);
        }
    }
}
