package vn.tonghop.kind.selfassessment.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.Tables;

/**
 * Lines of explanation under a table, each wrapped across the table's width ({@link Tables#note}): a long
 * line left in one cell runs past the table, and LibreOffice shrinks the whole page to print it.
 */
final class Notes {

    private Notes() {
    }

    /** Writes {@code lines} from row {@code first} (the widths set); returns the row after them. */
    static int write(Sheet sh, ReportStyles st, int first, List<String> lines) {
        int r = first;
        for (String line : lines) {
            Tables.note(sh, st, r++, line);
        }
        return r;
    }
}
