package vn.tonghop.kind.selfassessment.report;

import static vn.tonghop.report.Tables.count;
import static vn.tonghop.report.Tables.text;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.kind.selfassessment.SelfAssessment;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * «TĐG – Từng trường»: each school that sent a self-assessment, the catalogue it was read against, how many
 * of its criteria have a level, the level it states beside the level computed under the office's rule, and
 * whether they agree; a row red where they differ. The per-node sheets count schools; this one shows the
 * comparison school by school, also where it holds.
 */
public final class SchoolsSheet {

    public static final String NAME = "TĐG – Từng trường";

    /** One school's line: its name and district as the registry gives them, the file its document came from. */
    public record School(String code, String name, String district, String catalogue, String file,
                         SelfAssessment assessment) {
    }

    private SchoolsSheet() {
    }

    public static void write(Workbook wb, ReportStyles st, List<School> schools, List<String> notes) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, NAME));
        List<String> headers = List.of("Mã", "Trường", "Quận/huyện", "Bộ tiêu chí", "Số tiêu chí", "Có mức",
                "Chưa rõ mức", "Trường kết luận", "Mức tính được", "So sánh", "Tệp");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 40);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (School s : schools) {
            SelfAssessment a = s.assessment();
            long unclear = a.levels().values().stream().filter(l -> l == null).count();
            String comparison = comparison(a);
            Fill fill = comparison.startsWith("Khác") ? Fill.SHORT : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, s.code(), st.get(Kind.TEXT, fill), w);
            text(row, c++, s.name(), st.get(Kind.WRAP, fill), w);
            text(row, c++, s.district(), st.get(Kind.WRAP, fill), w);
            text(row, c++, s.catalogue(), st.get(Kind.WRAP, fill), w);
            count(row, c++, a.levels().size(), st, fill, w);
            count(row, c++, a.levels().size() - unclear, st, fill, w);
            count(row, c++, unclear, st, fill, w);
            text(row, c++, a.statedLevel() == null ? "không ghi" : SelfAssessment.levelName(a.statedLevel()),
                    st.get(Kind.CENTER, fill), w);
            text(row, c++, a.computedLevel() == null ? "không tính được" : computed(a.computedLevel()),
                    st.get(Kind.CENTER, fill), w);
            text(row, c++, comparison, st.get(Kind.WRAP, fill), w);
            text(row, c, s.file(), st.get(Kind.WRAP, fill), w);
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh); // the widths are set
        for (int i = 1; i < r; i++) {
            fitter.fit(sh.getRow(i));
        }
        Notes.write(sh, st, r + 1, notes);
        PrintLayout.a4(sh, true, 0, 0);
    }

    /** «Khớp», «Khác: …», or why there is nothing to compare. */
    static String comparison(SelfAssessment a) {
        if (a.statedLevel() == null) {
            return "Không so sánh được: trường không ghi kết luận";
        }
        if (a.computedLevel() == null) {
            return "Không so sánh được: chưa biết bộ tiêu chí của trường";
        }
        if (a.statedLevel().equals(a.computedLevel())) {
            return "Khớp";
        }
        return "Khác: trường ghi " + SelfAssessment.levelName(a.statedLevel()) + ", tính được " + computed(a.computedLevel());
    }

    private static String computed(int level) {
        return level == 0 ? "chưa đạt Mức 1" : SelfAssessment.levelName(level);
    }
}
