package vn.tonghop.kind.phasing.report;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.followup.PlanFollowUp;
import vn.tonghop.kind.phasing.followup.PlanFollowUp.NodeLine;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * "Theo dõi kế hoạch": per node (the province, each district) and indicator, the units whose table for
 * a later year was compared with their earlier plan, how many are behind, on plan, ahead, and who is
 * behind: for a district its schools, for the province its districts with how many schools each. A line
 * with units behind is red. Landscape, one page wide, the header repeated.
 */
final class FollowUpSheet {

    static final String NAME = "Theo dõi kế hoạch";

    private FollowUpSheet() {
    }

    static void write(Workbook wb, ReportStyles st, PlanFollowUp followUp) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = List.of("Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Số trường đã so sánh",
                "Chậm so với kế hoạch", "Đúng kế hoạch", "Vượt kế hoạch", "Đơn vị chậm so với kế hoạch");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 50);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        for (NodeLine n : followUp.nodes()) {
            Fill fill = n.behind() > 0 ? Fill.SHORT : Fill.NONE;
            Row row = sh.createRow(r++);
            String[] texts = {n.node().code(), n.node().name(), n.indicator().code(), n.indicator().name()};
            for (int col = 0; col < texts.length; col++) {
                w.text(col, texts[col]);
                Cells.text(row, col, texts[col], st.get(col == 1 || col == 3 ? Kind.WRAP : Kind.TEXT, fill));
            }
            int[] counts = {n.compared(), n.behind(), n.onPlan(), n.ahead()};
            for (int i = 0; i < counts.length; i++) {
                Cells.number(row, 4 + i, counts[i], st.get(Kind.INTEGER, fill));
            }
            String who = behind(n);
            w.text(8, who);
            Cells.text(row, 8, who, st.get(Kind.WRAP, fill));
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        PrintLayout.a4(sh, true, 0, 0);
    }

    /** For a node over nodes: "Huyện A: 2; Huyện B: 1"; for a node over schools: their names. */
    static String behind(NodeLine n) {
        if (!n.behindByChild().isEmpty()) {
            return n.behindByChild().entrySet().stream().map(e -> e.getKey().name() + ": " + e.getValue() + " trường")
                    .collect(Collectors.joining("; "));
        }
        return n.behindUnits().stream().map(Unit::name).collect(Collectors.joining("; "));
    }
}
