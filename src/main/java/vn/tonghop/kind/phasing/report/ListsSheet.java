package vn.tonghop.kind.phasing.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * "Danh sách": the level sheets' long lists (each school's rank, the units falling short), one line
 * per unit, so an office of thousands of schools can filter and sort them.
 */
final class ListsSheet {

    static final String NAME = "Danh sách";

    private ListsSheet() {
    }

    /** The level sheets' lists, one line per unit: node, indicator, which list, the unit's entry. */
    static void write(XSSFWorkbook wb, ReportStyles st, List<ListLine> lists) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = List.of("Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Danh sách", "Đơn vị trong danh sách");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 50);
        Tables.headerRow(sh, st, headers, w);
        // the indicator's full name is the longest text and repeats on every line: widest, so it takes
        // two lines rather than four and a page holds twice the units
        int[] fixed = {26, LevelSheet.CODE_WIDTH, 60, 14, 38};
        for (int col = 0; col < fixed.length; col++) {
            sh.setColumnWidth(col, fixed[col] * 256);
        }
        int r = 1;
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh);
        for (ListLine l : lists) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, l.node(), st.get(Kind.WRAP));
            Cells.text(row, 1, l.indicator().code(), st.get(Kind.TEXT));
            Cells.text(row, 2, IndicatorLabels.fullName(l.indicator()), st.get(Kind.WRAP));
            Cells.text(row, 3, l.what(), st.get(Kind.WRAP));
            Cells.text(row, 4, l.entry(), st.get(Kind.WRAP));
            fitter.fit(row);
        }
        Tables.headerHeight(sh);
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        PrintLayout.a4(sh, true, 0, 0);
        if (lists.isEmpty()) {
            Cells.text(sh.createRow(1), 0, "Không có danh sách nào.", st.get(Kind.PLAIN));
        }
    }
}
