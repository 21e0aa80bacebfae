package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.store.RunChanges;

/**
 * "Thay đổi": what changed since the last run, one table an officer can filter by its first column:
 * files new and resubmitted, findings fixed and new (by unit, sheet, cell), units still missing.
 * Nothing in it depends on when the run ran.
 */
public final class ChangesSheet {

    public static final String NAME = "Thay đổi";

    static final List<String> HEADERS = List.of("Thay đổi", "Mã đơn vị", "Tên đơn vị", "Tệp", "Lần nộp",
            "Trang", "Ô", "Mức", "Nội dung");
    private static final int MESSAGE_COL = 8;
    private static final int MESSAGE_WIDTH = 70;

    private ChangesSheet() {
    }

    /** @param missing the units still without a readable file, listed last */
    public static void write(Workbook wb, ReportStyles st, RunChanges ch, List<Unit> missing) {
        Sheet sh = wb.createSheet(NAME);
        Cells.Widths w = new Cells.Widths(HEADERS.size(), 6, 40);
        Tables.headerRow(sh, st, HEADERS, w);
        List<Object[]> lines = new ArrayList<>();
        for (RunChanges.FileChange f : ch.files()) {
            lines.add(new Object[] {f.resubmitted() ? "Nộp lại" : "Tệp mới", f.unitCode(), f.unitName(),
                f.fileName(), f.version(), "", "", "", ""});
        }
        for (RunChanges.FindingChange f : ch.fixed()) {
            lines.add(findingLine("Đã sửa", f));
        }
        for (RunChanges.FindingChange f : ch.added()) {
            lines.add(findingLine("Mới phát hiện", f));
        }
        for (Unit u : missing) {
            lines.add(new Object[] {"Vẫn chưa nộp", u.code(), u.name(), "", null, "", "", "", ""});
        }
        int r = 1;
        for (Object[] line : lines) {
            Row row = sh.createRow(r++);
            for (int col = 0; col < line.length; col++) {
                if (line[col] instanceof Integer n) {
                    Cells.number(row, col, n, st.get(Kind.INTEGER));
                } else if (line[col] == null) {
                    Cells.blank(row, col, st.get(Kind.TEXT));
                } else {
                    String text = (String) line[col];
                    if (col != MESSAGE_COL) {
                        w.text(col, text);
                    }
                    Cells.text(row, col, text, st.get(col == MESSAGE_COL || col == 2 ? Kind.WRAP : Kind.TEXT));
                }
            }
        }
        Tables.finish(sh, w, HEADERS, r - 1, 0);
        sh.setColumnWidth(MESSAGE_COL, MESSAGE_WIDTH * 256);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        r++;
        String counts = "Tệp mới: " + ch.newUnits() + "; nộp lại: " + ch.resubmitted() + "; lỗi đã sửa: "
                + ch.fixed().size() + "; lỗi mới phát hiện: " + ch.added().size() + "; đơn vị vẫn chưa nộp: "
                + missing.size() + ".";
        Cells.text(sh.createRow(r++), 0, counts, st.get(Kind.PLAIN));
        if (ch.firstRun()) {
            Cells.text(sh.createRow(r), 0, "Đây là lượt chạy đầu tiên: chưa có lượt trước để so sánh.",
                    st.get(Kind.PLAIN));
        }
        PrintLayout.a4(sh, true, 0, 0);
    }

    private static Object[] findingLine(String what, RunChanges.FindingChange f) {
        var x = f.finding();
        return new Object[] {what, x.unitCode(), f.unitName(), x.file(), f.version(), x.sheet(), x.cell(),
            x.severity().vietnamese(), x.message()};
    }
}
