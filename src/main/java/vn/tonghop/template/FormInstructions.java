package vn.tonghop.template;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * A template's instructions sheet «Hướng dẫn», in Vietnamese: a title, then headings and one label with
 * its explanation per row (so no table scan takes it for a table), printed portrait on A4, protected like
 * the table.
 */
public final class FormInstructions {

    public static final String NAME = "Hướng dẫn";

    private final XSSFSheet sh;
    private final ReportStyles st;
    private int r;

    public FormInstructions(XSSFWorkbook wb, ReportStyles st, String title) {
        this.sh = wb.createSheet(NAME);
        this.st = st;
        Row t = sh.createRow(r);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(st.get(Kind.TITLE));
        t.createCell(1).setCellStyle(st.get(Kind.TITLE));
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        t.setHeightInPoints(36);
        r += 2;
    }

    public FormInstructions heading(String text) {
        if (r > 2) {
            r++;
        }
        Row row = sh.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(st.get(Kind.BOLD));
        return this;
    }

    public FormInstructions line(String label, String text) {
        Row row = sh.createRow(r++);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(st.get(Kind.BOLD));
        row.createCell(1).setCellValue(text);
        row.getCell(1).setCellStyle(st.get(Kind.NOTE));
        return this;
    }

    /** Widths, heights, portrait A4 with both columns on the page width, protection. */
    public void finish() {
        sh.setColumnWidth(0, 30 * 256);
        sh.setColumnWidth(1, 80 * 256);
        for (Row row : sh) {
            if (row.getRowNum() > 0) {
                PrintLayout.fitHeight(row);
            }
        }
        PrintLayout.a4(sh, false);
        sh.lockSelectLockedCells(false);
        sh.lockFormatColumns(false);
        sh.lockFormatRows(false);
        sh.enableLocking();
    }
}
