package vn.tonghop.kind.plan.report;

import static vn.tonghop.report.Tables.count;
import static vn.tonghop.report.Tables.fitRows;
import static vn.tonghop.report.Tables.note;
import static vn.tonghop.report.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.plan.consolidation.Budget;
import vn.tonghop.kind.plan.consolidation.CriterionPlans;
import vn.tonghop.kind.plan.consolidation.NodePlans;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * The improvement plans' sheets of {@code summary.xlsx}: «KH – Kinh phí», per node the schools expected,
 * with a plan and without, the budget requested (the sum of the amounts in đồng) with the rows funded without
 * an amount, with nothing to spend and unreadable counted beside it, and the staff asked for; «KH – Tiêu chí»,
 * per node and catalogue each standard (a grey line) and each criterion planned for: the schools planning it,
 * its rows, its budget. A line under each table says how it was added up. A node with a budget that could
 * not be read is highlighted like the phasing sheets' shortfalls.
 */
public final class PlanSheets {

    public static final String BUDGET = "KH – Kinh phí";
    public static final String CRITERIA = "KH – Tiêu chí";

    private PlanSheets() {
    }

    /** @param units a unit by its code (names of the schools listed), or null */
    public static void write(Workbook wb, ReportStyles st, List<NodePlans> nodes, Function<String, Unit> units) {
        budget(wb, st, nodes, units);
        criteria(wb, st, nodes, units);
    }

    private static void budget(Workbook wb, ReportStyles st, List<NodePlans> nodes, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, BUDGET));
        List<String> headers = List.of("Mã", "Đơn vị", "Số trường phải nộp", "Đã nộp kế hoạch", "Chưa nộp",
                "Số dòng kế hoạch", "Kinh phí dự kiến (đồng)", "Số dòng ghi số tiền",
                "Số dòng nguồn khác, không ghi số tiền", "Số dòng không cần kinh phí", "Số dòng kinh phí không đọc được",
                "Biên chế xin thêm", "Trường xin biên chế", "Trường chưa nộp");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 40);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodePlans n : nodes) {
            Budget b = n.total();
            Fill fill = b.unreadableRows() > 0 ? Fill.SHORT : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, n.nodeCode(), st.get(Kind.TEXT, fill), w);
            text(row, c++, n.nodeName(), st.get(Kind.WRAP, fill), w);
            count(row, c++, n.expected().size(), st, fill, w);
            count(row, c++, n.reported().size(), st, fill, w);
            count(row, c++, n.missing().size(), st, fill, w);
            count(row, c++, b.rows(), st, fill, w);
            money(row, c++, b, st, fill, w);
            count(row, c++, b.amountRows(), st, fill, w);
            count(row, c++, b.sourceRows(), st, fill, w);
            count(row, c++, b.nothingRows(), st, fill, w);
            count(row, c++, b.unreadableRows(), st, fill, w);
            text(row, c++, staff(n.staff()), st.get(Kind.WRAP, fill), w);
            text(row, c++, names(n.staffSchools(), units), st.get(Kind.WRAP, fill), w);
            text(row, c, names(n.missing(), units), st.get(Kind.WRAP, fill), w);
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        fitRows(sh, r);
        note(sh, st, r + 1, "Kinh phí dự kiến: tổng các số tiền ghi trong cột «Dự kiến kinh phí» của kế hoạch mới nhất "
                + "của mỗi trường (500 triệu đồng, 250.000.000đ… đổi ra đồng). Dòng ghi nguồn mà không ghi số tiền (Nguồn "
                + "kinh phí ngành, Xã hội hóa…) không cộng vào tổng, được đếm riêng; dòng ghi «Không» là không cần kinh phí. "
                + "Biên chế: chỉ đếm khi kế hoạch ghi bằng số (Xin thêm biên chế 02 giáo viên).");
        PrintLayout.a4(sh, true, 0, 0);
    }

    private static void criteria(Workbook wb, ReportStyles st, List<NodePlans> nodes, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, CRITERIA));
        List<String> headers = List.of("Đơn vị", "Bộ tiêu chí", "Tiêu chí", "Tên tiêu chuẩn, tiêu chí", "Số trường",
                "Số dòng kế hoạch", "Kinh phí dự kiến (đồng)", "Số dòng nguồn khác, không ghi số tiền",
                "Trường lập kế hoạch");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 45);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodePlans n : nodes) {
            for (CriterionPlans p : n.criteria()) {
                Fill fill = p.isStandard() ? Fill.GROUP : Fill.NONE;
                Row row = sh.createRow(r++);
                int c = 0;
                text(row, c++, n.nodeName(), st.get(Kind.WRAP, fill), w);
                text(row, c++, p.catalogueId(), st.get(Kind.TEXT, fill), w);
                text(row, c++, p.isStandard() ? "TC " + p.standard() : p.code(), st.get(Kind.CENTER, fill), w);
                text(row, c++, p.isStandard() ? "Tiêu chuẩn " + p.standard() + (p.title().isEmpty() ? "" : ": "
                        + p.title()) : p.title(), st.get(Kind.WRAP, fill), w);
                count(row, c++, p.schools().size(), st, fill, w);
                count(row, c++, p.rows(), st, fill, w);
                money(row, c++, p.budget(), st, fill, w);
                count(row, c++, p.budget().sourceRows(), st, fill, w);
                text(row, c, p.isStandard() ? "" : names(p.schools(), units), st.get(Kind.WRAP, fill), w);
            }
        }
        Tables.finish(sh, w, headers, r - 1, 3);
        fitRows(sh, r);
        note(sh, st, r + 1, "Mỗi bộ tiêu chí (thông tư theo cấp học) riêng, vì cùng một mã là các tiêu chí khác nhau ở "
                + "các thông tư. Dòng tiêu chuẩn (nền xám) cộng các tiêu chí của nó; số trường là số trường có ít nhất một "
                + "dòng kế hoạch cho tiêu chí. Kinh phí: tổng các số tiền, không tính dòng chỉ ghi nguồn.");
        PrintLayout.a4(sh, true, 0, 0);
    }

    /** {@code 2 giáo viên; 1 nhân viên}. */
    static String staff(Map<String, Integer> byRole) {
        return byRole.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "));
    }

    private static String names(List<String> codes, Function<String, Unit> units) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Unit u = units == null ? null : units.apply(code);
            out.add(u == null ? code : u.name());
        }
        return String.join("; ", out);
    }

    private static void money(Row row, int col, Budget b, ReportStyles st, Fill fill, Cells.Widths w) {
        w.number(col, b.amount(), true);
        Cells.number(row, col, b.amount(), st.get(Kind.INTEGER, fill));
    }
}
