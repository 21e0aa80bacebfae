package vn.tonghop.kind.selfassessment.report;

import static vn.tonghop.report.Tables.count;
import static vn.tonghop.report.Tables.fitRows;
import static vn.tonghop.report.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.SelfAssessment;
import vn.tonghop.kind.selfassessment.consolidation.CriterionDistribution;
import vn.tonghop.kind.selfassessment.consolidation.NodeCriteria;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * The self-assessment's sheets of {@code summary.xlsx}: «TĐG – Mức đạt», per node the schools expected,
 * sent and missing and how many are at each overall level (computed under the office's rule) with the
 * schools whose stated conclusion differs; «TĐG – Tiêu chí», per node and criterion how many schools
 * are at each level and which are at Không đạt. Counts of schools, never averages (a level is an
 * ordinal); a line under each table says so and whether the office's rule is confirmed. Rows with a
 * school at Không đạt or a conclusion that differs are highlighted like the phasing sheets' shortfalls.
 */
public final class CriteriaSheets {

    public static final String LEVELS = "TĐG – Mức đạt";
    public static final String CRITERIA = "TĐG – Tiêu chí";

    private CriteriaSheets() {
    }

    /**
     * @param units     a unit by its code (names of the schools listed), or null
     * @param confirmed whether every level rule used is confirmed against the circular
     */
    public static void write(Workbook wb, ReportStyles st, List<NodeCriteria> nodes, Function<String, Unit> units,
                             boolean confirmed) {
        write(wb, st, nodes, units, confirmed, List.of());
    }

    /** @param caveats lines saying what of the office's folder is not the circular's checked text, printed under the levels */
    public static void write(Workbook wb, ReportStyles st, List<NodeCriteria> nodes, Function<String, Unit> units,
                             boolean confirmed, List<String> caveats) {
        levels(wb, st, nodes, units, confirmed, caveats);
        criteria(wb, st, nodes, units);
    }

    private static void levels(Workbook wb, ReportStyles st, List<NodeCriteria> nodes, Function<String, Unit> units,
                               boolean confirmed, List<String> caveats) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, LEVELS));
        List<String> headers = List.of("Mã", "Đơn vị", "Số trường phải nộp", "Đã nộp", "Chưa nộp",
                "Không đạt Mức 1", "Mức 1", "Mức 2", "Mức 3", "Tỷ lệ đạt Mức 1 trở lên (%)",
                "Kết luận của trường khác mức tính được", "Trường chưa nộp");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 50);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodeCriteria n : nodes) {
            boolean highlight = !n.byComputedLevel().getOrDefault(0, List.of()).isEmpty()
                    || !n.conclusionDiffers().isEmpty();
            Fill fill = highlight ? Fill.SHORT : Fill.NONE;
            Row row = sh.createRow(r++);
            int c = 0;
            text(row, c++, n.nodeCode(), st.get(Kind.TEXT, fill), w);
            text(row, c++, n.nodeName(), st.get(Kind.WRAP, fill), w);
            count(row, c++, n.expected().size(), st, fill, w);
            count(row, c++, n.reported().size(), st, fill, w);
            count(row, c++, n.missing().size(), st, fill, w);
            for (int level = 0; level <= 3; level++) {
                count(row, c++, n.byComputedLevel().getOrDefault(level, List.of()).size(), st, fill, w);
            }
            Double share = atLeastOne(n);
            if (share == null) {
                Cells.blank(row, c++, st.get(Kind.DECIMAL, fill));
            } else {
                Cells.number(row, c++, share, st.get(Kind.DECIMAL, fill));
                w.note(c - 1, 6);
            }
            text(row, c++, names(n.conclusionDiffers(), units), st.get(Kind.WRAP, fill), w);
            text(row, c, names(n.missing(), units), st.get(Kind.WRAP, fill), w);
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        fitRows(sh, r);
        List<String> notes = new ArrayList<>();
        notes.add("Mức đạt của trường tính từ mức của các tiêu chí theo quy tắc trong tu-danh-gia/"
                + "quy-tac-muc.csv" + (confirmed ? "" : " (quy tắc tạm, chưa đối chiếu thông tư)") + "; đếm số trường ở "
                + "mỗi mức, không lấy trung bình. Tỷ lệ tính trên số trường đã nộp.");
        notes.addAll(caveats);
        Notes.write(sh, st, r + 1, notes);
        PrintLayout.a4(sh, true, 0, 0);
    }

    private static void criteria(Workbook wb, ReportStyles st, List<NodeCriteria> nodes, Function<String, Unit> units) {
        Sheet sh = wb.createSheet(Tables.uniqueSheetName(wb, CRITERIA));
        List<String> headers = List.of("Đơn vị", "Bộ tiêu chí", "Tiêu chí", "Tên tiêu chí", "Số trường",
                "Không đạt", "Mức 1", "Mức 2", "Mức 3", "Chưa rõ mức", "Trường không đạt");
        Cells.Widths w = new Cells.Widths(headers.size(), 7, 45);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodeCriteria n : nodes) {
            for (CriterionDistribution d : n.criteria()) {
                Fill fill = d.notMet().isEmpty() ? Fill.NONE : Fill.SHORT;
                Row row = sh.createRow(r++);
                int c = 0;
                text(row, c++, n.nodeName(), st.get(Kind.WRAP, fill), w);
                text(row, c++, d.catalogueId(), st.get(Kind.TEXT, fill), w);
                text(row, c++, d.code(), st.get(Kind.CENTER, fill), w);
                text(row, c++, d.title(), st.get(Kind.WRAP, fill), w);
                count(row, c++, d.schools(), st, fill, w);
                for (int level = 0; level <= 3; level++) {
                    count(row, c++, d.at(level), st, fill, w);
                }
                count(row, c++, d.unclear(), st, fill, w);
                text(row, c, names(d.notMet(), units), st.get(Kind.WRAP, fill), w);
            }
        }
        Tables.finish(sh, w, headers, r - 1, 3);
        fitRows(sh, r);
        Notes.write(sh, st, r + 1, List.of("Mức của mỗi tiêu chí đọc từ dấu X trong bảng tổng hợp tự đánh giá của trường; một tiêu "
                + "chí đánh dấu bỏ mức (Mức 3 mà không có Mức 2) được tính ở mức cao nhất liền mạch; «Chưa rõ mức»: tiêu "
                + "chí thiếu, không đánh dấu hoặc đánh dấu mâu thuẫn. Đếm số trường, không lấy trung bình."));
        PrintLayout.a4(sh, true, 0, 0);
    }

    /** The share of the schools that sent one at Mức 1 or above, in %. */
    private static Double atLeastOne(NodeCriteria n) {
        if (n.reported().isEmpty()) {
            return null;
        }
        long atLeast = n.byComputedLevel().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey() >= 1).mapToLong(e -> e.getValue().size()).sum();
        return 100.0 * atLeast / n.reported().size();
    }

    private static String names(List<String> codes, Function<String, Unit> units) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Unit u = units == null ? null : units.apply(code);
            out.add(u == null ? code : u.name());
        }
        return out.stream().collect(Collectors.joining("; "));
    }

    /** {@code Mức 2} for a sheet's text. */
    static String level(Integer level) {
        return SelfAssessment.levelName(level);
    }
}
