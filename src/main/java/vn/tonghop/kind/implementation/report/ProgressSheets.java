package vn.tonghop.kind.implementation.report;

import static vn.tonghop.report.Tables.count;
import static vn.tonghop.report.Tables.fitRows;
import static vn.tonghop.report.Tables.note;
import static vn.tonghop.report.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.implementation.Progress;
import vn.tonghop.kind.implementation.consolidation.NodeProgress;
import vn.tonghop.kind.implementation.consolidation.OpenWork;
import vn.tonghop.kind.implementation.consolidation.PlanFollowUp;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * The implementation reports' sheets of {@code summary.xlsx}: «BC thực hiện – Tiến độ», per node the
 * schools expected, sent and missing and the plan rows of their reports by where they stand (done, under
 * way or late, not started, unclear), as counts and as shares of the rows; «BC thực hiện – Lý do», one line
 * per row a school reports as not done, with the reason it gives, its file and cell. A node with rows
 * counted as unclear (a row that contradicts itself or says nothing) is highlighted to be looked at; a
 * line under each table says how the figures were made.
 */
public final class ProgressSheets {

    public static final String PROGRESS = "BC thực hiện – Tiến độ";
    public static final String REASONS = "BC thực hiện – Lý do";
    public static final String AGAINST_PLAN = "BC thực hiện – Đối chiếu KH";

    private static final List<Progress> ORDER = List.of(Progress.DONE, Progress.UNDER_WAY, Progress.NOT_STARTED,
            Progress.UNCLEAR);

    private ProgressSheets() {
    }

    /** @param units a unit by its code (names of the schools and their districts), or null */
    public static void write(Workbook wb, ReportStyles st, List<NodeProgress> nodes, List<OpenWork> open,
                             Function<String, Unit> units) {
        progress(wb, st, nodes, units);
        reasons(wb, st, open, units);
    }

    private static void progress(Workbook wb, ReportStyles st, List<NodeProgress> nodes, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, PROGRESS));
        List<String> headers = new ArrayList<>(List.of("Mã", "Đơn vị", "Số trường phải nộp", "Đã nộp", "Chưa nộp",
                "Năm học của báo cáo", "Số dòng kế hoạch"));
        for (Progress p : ORDER) {
            headers.add(p.label());
        }
        for (Progress p : ORDER) {
            headers.add(p.label() + " (%)");
        }
        headers.add("Trường chưa nộp");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 40);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodeProgress n : nodes) {
            Fill fill = n.count(Progress.UNCLEAR) > 0 ? Fill.WARNING : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, n.nodeCode(), st.get(Kind.TEXT, fill), w);
            text(row, c++, n.nodeName(), st.get(Kind.WRAP, fill), w);
            count(row, c++, n.expected().size(), st, fill, w);
            count(row, c++, n.reported().size(), st, fill, w);
            count(row, c++, n.missing().size(), st, fill, w);
            text(row, c++, String.join(", ", n.periods()), st.get(Kind.WRAP, fill), w);
            count(row, c++, n.total(), st, fill, w);
            for (Progress p : ORDER) {
                count(row, c++, n.count(p), st, fill, w);
            }
            for (Progress p : ORDER) {
                Double share = n.share(p);
                if (share == null) {
                    Cells.blank(row, c++, st.get(Kind.DECIMAL, fill));
                } else {
                    Cells.number(row, c++, share, st.get(Kind.DECIMAL, fill));
                    w.note(c - 1, 6);
                }
            }
            text(row, c, names(n.missing(), units), st.get(Kind.WRAP, fill), w);
        }
        // narrow, wrapped columns (about 195 characters in all): the sheet prints at a readable size
        finish(sh, headers, r - 1, 2, 8, 28, 9, 8, 8, 11, 9, 10, 10, 10, 10, 10, 10, 10, 10, 34);
        fitRows(sh, r);
        note(sh, st, r + 1, "Mỗi dòng kế hoạch trong báo cáo của trường được tính một lần: «Đã triển khai xong» khi chỉ "
                + "cột đã triển khai xong có nội dung; «Đang triển khai hoặc chậm» khi cột đang triển khai, chậm có nội "
                + "dung, hoặc khi cả cột đã xong và cột chưa triển khai đều có (làm được một phần); «Chưa triển khai» khi "
                + "chỉ cột chưa triển khai có nội dung; «Chưa rõ» khi không cột nào có nội dung, hoặc cột đã xong ghi việc "
                + "chưa làm trong khi các cột khác ghi «Không có» (dòng cần xem lại, tô vàng). «Không có» không tính là "
                + "nội dung.");
        note(sh, st, r + 2, "Tỷ lệ tính trên tổng số dòng kế hoạch trong các báo cáo đã nộp của đơn vị (trường có nhiều "
                + "dòng được tính nhiều hơn), không phải trung bình tỷ lệ của các trường. Mỗi trường dùng báo cáo mới nhất "
                + "đã gửi.");
        PrintLayout.a4(sh, true, 0, 0);
    }

    private static void reasons(Workbook wb, ReportStyles st, List<OpenWork> open, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, REASONS));
        List<String> headers = List.of("Quận/huyện", "Mã đơn vị", "Đơn vị", "Năm học", "Tiêu chí", "Tình trạng",
                "Lý do, nội dung trường ghi", "Tệp", "Trang tính", "Ô");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 60);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (OpenWork o : open) {
            Unit unit = units == null ? null : units.apply(o.unitCode());
            Unit parent = unit == null || unit.parentCode() == null ? null : units.apply(unit.parentCode());
            Fill fill = o.progress() == Progress.UNCLEAR ? Fill.WARNING : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, parent == null ? "" : parent.name(), st.get(Kind.WRAP, fill), w);
            text(row, c++, o.unitCode(), st.get(Kind.TEXT, fill), w);
            text(row, c++, unit == null ? o.unitCode() : unit.name(), st.get(Kind.WRAP, fill), w);
            text(row, c++, o.period() == null ? "" : o.period(), st.get(Kind.TEXT, fill), w);
            text(row, c++, o.criterion() == null ? o.label() : o.criterion(), st.get(Kind.CENTER, fill), w);
            text(row, c++, o.progress().label(), st.get(Kind.WRAP, fill), w);
            text(row, c++, o.reason().isEmpty() ? "(không ghi lý do)" : o.reason(), st.get(Kind.WRAP, fill), w);
            text(row, c++, o.fileName(), st.get(Kind.WRAP, fill), w);
            text(row, c++, o.sheet(), st.get(Kind.WRAP, fill), w);
            text(row, c, o.cell(), st.get(Kind.TEXT, fill), w);
        }
        finish(sh, headers, r - 1, 3, 20, 10, 22, 10, 8, 14, 60, 24, 14, 7);
        fitRows(sh, r);
        note(sh, st, r + 1, open.isEmpty() ? "Không có dòng kế hoạch nào chưa xong trong các báo cáo đã nộp."
                : "Mỗi dòng: một dòng kế hoạch trường báo cáo chưa xong; lý do là nội dung trường ghi ở cột đang triển khai, "
                + "chậm và cột chưa triển khai (dòng «Chưa rõ»: nội dung cột đã triển khai xong).");
        PrintLayout.a4(sh, true, 0, 0);
    }

    /**
     * «BC thực hiện – Đối chiếu KH»: one line per school's current report, held against its plan of the same
     * school year: the plan's file, how many criteria each has, the criteria reported that the plan does not
     * have and the plan's criteria the report leaves out (the line yellow when either is not empty, or when
     * the office has no plan of that year from the school).
     */
    public static void againstPlan(Workbook wb, ReportStyles st, List<PlanFollowUp> lines, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, AGAINST_PLAN));
        List<String> headers = List.of("Quận/huyện", "Mã đơn vị", "Đơn vị", "Năm học", "Báo cáo (tệp)",
                "Kế hoạch cùng năm học (tệp)", "Số tiêu chí trong kế hoạch", "Số tiêu chí trong báo cáo",
                "Tiêu chí báo cáo nhưng không có trong kế hoạch", "Tiêu chí trong kế hoạch nhưng báo cáo bỏ sót");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 60);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (PlanFollowUp l : lines) {
            Unit unit = units == null ? null : units.apply(l.unitCode());
            Unit parent = unit == null || unit.parentCode() == null ? null : units.apply(unit.parentCode());
            Fill fill = l.needsALook() ? Fill.WARNING : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, parent == null ? "" : parent.name(), st.get(Kind.WRAP, fill), w);
            text(row, c++, l.unitCode(), st.get(Kind.TEXT, fill), w);
            text(row, c++, unit == null ? l.unitCode() : unit.name(), st.get(Kind.WRAP, fill), w);
            text(row, c++, l.period() == null ? "" : l.period(), st.get(Kind.TEXT, fill), w);
            text(row, c++, l.reportFile(), st.get(Kind.WRAP, fill), w);
            if (l.planFile() == null) {
                text(row, c++, "(chưa có kế hoạch năm học này của trường)", st.get(Kind.WRAP, fill), w);
                Cells.blank(row, c++, st.get(Kind.INTEGER, fill));
            } else {
                text(row, c++, l.planFile(), st.get(Kind.WRAP, fill), w);
                count(row, c++, l.planned().size(), st, fill, w);
            }
            count(row, c++, l.reported().size(), st, fill, w);
            text(row, c++, l.planFile() == null ? "" : String.join(", ", l.notInPlan()), st.get(Kind.WRAP, fill), w);
            text(row, c, l.planFile() == null ? "" : String.join(", ", l.leftOut()), st.get(Kind.WRAP, fill), w);
        }
        finish(sh, headers, r - 1, 3, 20, 10, 22, 10, 24, 24, 10, 10, 18, 18);
        fitRows(sh, r);
        note(sh, st, r + 1, lines.isEmpty() ? "Chưa có báo cáo nào." : "Mỗi dòng: báo cáo kết quả thực hiện mới nhất "
                + "của một trường, đối chiếu với kế hoạch cải tiến chất lượng cùng năm học trường đã gửi (kế hoạch mới "
                + "nhất của năm học đó). Tiêu chí ghi theo mã trong bộ tiêu chí của cấp học. Dòng tô vàng: báo cáo và kế "
                + "hoạch khác nhau, hoặc chưa có kế hoạch cùng năm học để đối chiếu; chi tiết từng tiêu chí trong "
                + "discrepancies (REPORT_CRITERION_NOT_IN_PLAN, REPORT_PLAN_CRITERION_MISSING).");
        PrintLayout.a4(sh, true, 0, 0);
    }

    /** Fixed widths (characters), the header as tall as its labels, frozen, with a filter. */
    private static void finish(Sheet sh, List<String> headers, int lastRow, int frozenCols, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        Tables.headerHeight(sh, headers);
        sh.createFreezePane(frozenCols, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, headers.size() - 1));
    }

    private static String names(List<String> codes, Function<String, Unit> units) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Unit u = units == null ? null : units.apply(code);
            out.add(u == null ? code : u.name());
        }
        return String.join("; ", out);
    }
}
