package vn.tonghop.kind.phasing.report;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.kind.phasing.followup.PlanFollowUp;
import vn.tonghop.kind.phasing.followup.PlanFollowUp.Progress;
import vn.tonghop.kind.phasing.followup.PlanFollowUp.UnitLine;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * "Tiến độ từng trường": every unit and indicator compared with its earlier plan: the year, what the
 * earlier table planned for it, what the new table reports, behind (red), on plan or ahead, and both
 * files. Landscape, the header repeated, filterable.
 */
final class ProgressSheet {

    static final String NAME = "Tiến độ từng trường";

    private ProgressSheet() {
    }

    static void write(Workbook wb, ReportStyles st, PlanFollowUp followUp) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = List.of("Mã", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Năm so sánh",
                "Kế hoạch (bảng trước)", "Hiện trạng (bảng mới)", "Tiến độ", "Bảng mới", "Bảng trước");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 40);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (UnitLine l : followUp.lines()) {
            Fill fill = l.progress() == Progress.BEHIND ? Fill.SHORT : Fill.NONE;
            CellStyle text = st.get(Kind.TEXT, fill);
            CellStyle wrap = st.get(Kind.WRAP, fill);
            CellStyle figureText = st.get(Kind.FIGURE_TEXT, fill);
            Row row = sh.createRow(r++);
            String[] left = {l.unit().code(), l.unit().name(), l.indicator().code(), l.indicator().name()};
            for (int col = 0; col < left.length; col++) {
                w.text(col, left[col]);
                Cells.text(row, col, left[col], col == 1 || col == 3 ? wrap : text);
            }
            Cells.number(row, 4, l.year(), st.get(Kind.TEXT, fill));
            ValueCells.parsed(row, 5, l.planned().value(), st.get(Kind.DECIMAL, fill), figureText, w, false);
            ValueCells.parsed(row, 6, l.reached().value(), st.get(Kind.DECIMAL, fill), figureText, w, false);
            String[] right = {l.progress().vietnamese(), l.file() + " (hiện trạng " + l.tableYear() + ")",
                l.earlierFile() + " (hiện trạng " + l.earlierTableYear() + ")"};
            for (int i = 0; i < right.length; i++) {
                w.text(7 + i, right[i]);
                Cells.text(row, 7 + i, right[i], i == 0 ? text : wrap);
            }
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        PrintLayout.a4(sh, true, 0, 0);
    }
}
