package vn.tonghop.report;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * The parts every table sheet of the reports shares: its header row, its cells with their widths noted, its
 * finish, a line under it, a free sheet name.
 */
public final class Tables {

    private Tables() {
    }

    /** Row 0: the headers, noted in {@code w} (only a header's longest word must fit). */
    public static void headerRow(Sheet sh, ReportStyles st, List<String> headers, Cells.Widths w) {
        Row row = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            w.header(col, headers.get(col));
            Cells.text(row, col, headers.get(col), st.get(Kind.HEADER));
        }
    }

    /** Widths, header height, frozen header (and {@code frozenCols} columns), auto-filter. */
    public static void finish(Sheet sh, Cells.Widths w, List<String> headers, int lastRow, int frozenCols) {
        w.apply(sh);
        headerHeight(sh);
        sh.createFreezePane(frozenCols, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, headers.size() - 1));
    }

    /** Header labels wrap: make the header row tall enough for the longest one (bold, by its column's width). */
    public static void headerHeight(Sheet sh) {
        PrintLayout.fitHeight(sh.getRow(0));
    }

    /** {@link #headerHeight(Sheet)}: the labels are measured as the row holds them. */
    public static void headerHeight(Sheet sh, List<String> headers) {
        headerHeight(sh);
    }

    /**
     * A line under the table at row {@code r}, wrapped over the width of the header's columns (call it
     * once the widths are set): a line left to run on is cut at the page's edge, or widens the printed
     * page and shrinks the table; its row as tall as its text.
     */
    public static void note(Sheet sh, ReportStyles st, int r, String text) {
        int last = sh.getRow(0).getLastCellNum() - 1;
        Row row = sh.createRow(r);
        Cells.text(row, 0, text, st.get(Kind.NOTE));
        int chars = 0;
        for (int c = 0; c <= last; c++) {
            chars += sh.getColumnWidth(c) / 256;
        }
        if (last > 0) {
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        row.setHeightInPoints(PrintLayout.lines(text, chars) * 15f + 3);
    }

    /** A text cell, its width noted in {@code w}. */
    public static void text(Row row, int col, String value, CellStyle style, Cells.Widths w) {
        w.text(col, value);
        Cells.text(row, col, value, style);
    }

    /** A count, an integer on {@code fill}, its digits noted in {@code w}. */
    public static void count(Row row, int col, long value, ReportStyles st, Fill fill, Cells.Widths w) {
        w.note(col, String.valueOf(value).length());
        Cells.number(row, col, value, st.get(Kind.INTEGER, fill));
    }

    /** Rows 1 to {@code end - 1} as tall as their wrapped text: LibreOffice does not grow them when it opens the file. */
    public static void fitRows(Sheet sh, int end) {
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh);
        for (int r = 1; r < end; r++) {
            fitter.fit(sh.getRow(r));
        }
    }

    /** {@code wanted} made a valid sheet name, with " (2)"… when the workbook has it already. */
    public static String uniqueSheetName(Workbook wb, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
