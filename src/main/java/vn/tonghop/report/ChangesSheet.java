package vn.tonghop.report;

import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Writes the sheet into {@code wb}, a user-model or a streamed workbook alike (in the summary, streamed:
     * a line per new file, 12,000 on a first night of 10,000 schools). Its rows are written once the widths
     * are known, each fitted to its text as it is made, since a streamed sheet cannot go back to its rows.
     *
     * @param missing the units still without a readable file, listed last
     */
    public static void write(Workbook wb, ReportStyles st, RunChanges ch, List<Unit> missing) {
        of(st, ch, missing).write(wb);
    }

    /**
     * The sheet planned now, written later by {@link Planned#write}: its widths measured and its styles made
     * in the order its cells use them (the workbook's styles keep the order they had when the sheet was
     * written in place).
     */
    static Planned of(ReportStyles st, RunChanges ch, List<Unit> missing) {
        Planned p = new Planned(st, ch, missing);
        for (int col = 0; col < HEADERS.size(); col++) {
            p.w.header(col, HEADERS.get(col));
        }
        st.get(Kind.HEADER);
        p.forEachLine(line -> {
            for (int col = 0; col < line.length; col++) {
                if (line[col] instanceof Integer) {
                    st.get(Kind.INTEGER);
                } else if (line[col] == null) {
                    st.get(Kind.TEXT);
                } else {
                    if (col != MESSAGE_COL) {
                        p.w.text(col, (String) line[col]);
                    }
                    st.get(col == MESSAGE_COL || col == 2 ? Kind.WRAP : Kind.TEXT);
                }
            }
        });
        st.get(Kind.PLAIN);
        return p;
    }

    /** The sheet's lines and widths, to be written. */
    static final class Planned {
        private final ReportStyles st;
        private final RunChanges ch;
        private final List<Unit> missing;
        private final Cells.Widths w = new Cells.Widths(HEADERS.size(), 6, 40);

        private Planned(ReportStyles st, RunChanges ch, List<Unit> missing) {
            this.st = st;
            this.ch = ch;
            this.missing = missing;
        }

        /** Files new and resubmitted, findings fixed and new, units still missing: a line each, in that order. */
        private void forEachLine(Consumer<Object[]> line) {
            for (RunChanges.FileChange f : ch.files()) {
                line.accept(new Object[] {f.resubmitted() ? "Nộp lại" : "Tệp mới", f.unitCode(), f.unitName(),
                    f.fileName(), f.version(), "", "", "", ""});
            }
            for (RunChanges.FindingChange f : ch.fixed()) {
                line.accept(findingLine("Đã sửa", f));
            }
            for (RunChanges.FindingChange f : ch.added()) {
                line.accept(findingLine("Mới phát hiện", f));
            }
            for (Unit u : missing) {
                line.accept(new Object[] {"Vẫn chưa nộp", u.code(), u.name(), "", null, "", "", "", ""});
            }
        }

        private int lineCount() {
            return ch.files().size() + ch.fixed().size() + ch.added().size() + missing.size();
        }

        void write(Workbook wb) {
            Sheet sh = wb.createSheet(NAME);
            Row head = sh.createRow(0);
            for (int col = 0; col < HEADERS.size(); col++) {
                Cells.text(head, col, HEADERS.get(col), st.get(Kind.HEADER));
            }
            Tables.finish(sh, w, HEADERS, lineCount(), 0);
            sh.setColumnWidth(MESSAGE_COL, MESSAGE_WIDTH * 256);
            int[] r = {1};
            forEachLine(line -> {
                Row row = sh.createRow(r[0]++);
                for (int col = 0; col < line.length; col++) {
                    if (line[col] instanceof Integer n) {
                        Cells.number(row, col, n, st.get(Kind.INTEGER));
                    } else if (line[col] == null) {
                        Cells.blank(row, col, st.get(Kind.TEXT));
                    } else {
                        Cells.text(row, col, (String) line[col],
                                st.get(col == MESSAGE_COL || col == 2 ? Kind.WRAP : Kind.TEXT));
                    }
                }
                PrintLayout.fitHeight(row); // the widths are known
            });
            int next = r[0] + 1;
            String counts = "Tệp mới: " + ch.newUnits() + "; nộp lại: " + ch.resubmitted() + "; lỗi đã sửa: "
                    + ch.fixed().size() + "; lỗi mới phát hiện: " + ch.added().size() + "; đơn vị vẫn chưa nộp: "
                    + missing.size() + ".";
            Cells.text(sh.createRow(next++), 0, counts, st.get(Kind.PLAIN));
            if (ch.firstRun()) {
                Cells.text(sh.createRow(next), 0, "Đây là lượt chạy đầu tiên: chưa có lượt trước để so sánh.",
                        st.get(Kind.PLAIN));
            }
            PrintLayout.a4(sh, true, 0, 0);
        }
    }

    private static Object[] findingLine(String what, RunChanges.FindingChange f) {
        var x = f.finding();
        return new Object[] {what, x.unitCode(), f.unitName(), x.file(), f.version(), x.sheet(), x.cell(),
            x.severity().vietnamese(), x.message()};
    }
}
