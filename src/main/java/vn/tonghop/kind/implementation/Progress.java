package vn.tonghop.kind.implementation;

import vn.tonghop.kind.implementation.reading.ReportColumn;
import vn.tonghop.kind.implementation.reading.ReportRow;

/**
 * Where one plan row stands by the school's report, counted once: {@link #DONE} when only the «đã triển
 * khai xong» column says something; {@link #UNDER_WAY} (under way or late) when the «đang triển khai …
 * chậm» column does, or when both the done and the not-started columns do (partly done);
 * {@link #NOT_STARTED} when only the «chưa triển khai» column does; {@link #UNCLEAR} when none says
 * anything, or the done column says the work was not done while the others say «Không có» (the row
 * contradicts itself: counted nowhere rather than as done).
 */
public enum Progress {
    DONE("Đã triển khai xong"),
    UNDER_WAY("Đang triển khai hoặc chậm"),
    NOT_STARTED("Chưa triển khai"),
    UNCLEAR("Chưa rõ");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Progress of(ReportRow row) {
        String done = row.cell(ReportColumn.DONE).text();
        boolean saysDone = WorkText.says(done);
        boolean underWay = WorkText.says(row.cell(ReportColumn.UNDER_WAY).text());
        boolean notStarted = WorkText.says(row.cell(ReportColumn.NOT_STARTED).text());
        if (contradictory(row)) {
            return UNCLEAR;
        }
        if (underWay || saysDone && notStarted) {
            return UNDER_WAY;
        }
        if (saysDone) {
            return DONE;
        }
        return notStarted ? NOT_STARTED : UNCLEAR;
    }

    /**
     * True when the done column says the work was not done and neither the under-way nor the not-started
     * column says anything (seed {@code 003_…}, criteria 3.2, 3.3, 3.6).
     */
    public static boolean contradictory(ReportRow row) {
        return WorkText.saysNotDone(row.cell(ReportColumn.DONE).text())
                && !WorkText.says(row.cell(ReportColumn.UNDER_WAY).text())
                && !WorkText.says(row.cell(ReportColumn.NOT_STARTED).text());
    }

    /** The row's reasons for {@link #UNDER_WAY} and {@link #NOT_STARTED}: what those columns say. */
    public static String reasons(ReportRow row) {
        StringBuilder sb = new StringBuilder();
        for (ReportColumn c : new ReportColumn[] {ReportColumn.UNDER_WAY, ReportColumn.NOT_STARTED}) {
            String t = row.cell(c).text();
            if (WorkText.says(t)) {
                sb.append(sb.length() == 0 ? "" : " ").append(vn.tonghop.text.VietnameseText.clean(t));
            }
        }
        if (sb.length() == 0 && contradictory(row)) {
            sb.append(vn.tonghop.text.VietnameseText.clean(row.cell(ReportColumn.DONE).text()));
        }
        return sb.toString();
    }
}
