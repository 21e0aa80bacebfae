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
     * district, as {@link Timeliness} counts its reporting units.
     */
    public static void write(Workbook wb, ReportStyles st, List<DistrictOverview> lines, Timeliness t) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = headers(t.on());
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 40);
        for (int col = 0; col < headers.size(); col++) {
            // a header needs only its longest word to fit, the rest wraps
            for (String word : headers.get(col).split(" ")) {
                w.text(col, word + "  ");
            }
        }
        Row head = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            Cells.text(head, col, headers.get(col), st.get(Kind.HEADER));
        }
        int r = 1;
        for (DistrictOverview d : lines) {
            Row row = sh.createRow(r++);
            String code = d.district() == null ? "" : d.district().code();
            String name = d.district() == null ? "Chưa xác định được đơn vị" : d.district().name();
            w.text(0, code);
            w.text(1, name);
            Cells.text(row, 0, code, st.get(Kind.TEXT));
            Cells.text(row, 1, name, st.get(Kind.WRAP));
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
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        PrintLayout.a4(sh, false, 0, 0);
    }
}
