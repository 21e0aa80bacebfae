package vn.tonghop.kind.phasing.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.value.ParsedValue;

/**
 * "Đơn vị × chỉ tiêu": one row per unit that reported, with its name and the unit above it (its
 * district or commune), its current value of every indicator, the file used and its version, the
 * number and date of the plan the table goes with (as its caption cites them, blank when it does not); a
 * doubtful value in yellow. A column per indicator is more than a page can show readably, so the
 * sheet prints across pages with the unit's code, name and district (and the header) repeated on
 * each. It grows with the office (10,000 schools), so it is written through a streaming window;
 * widths are measured in a first pass, since a streamed sheet cannot look back at its rows.
 */
final class UnitsSheet {

    static final String NAME = "Đơn vị × chỉ tiêu";

    /** The unit's code, name and the unit above it: on every printed page and frozen on screen. */
    static final int KEY_COLUMNS = 3;
    /** Widths in characters: the names wrap in bounded columns, an indicator's column holds its values. */
    static final int NAME_WIDTH = 24;
    static final int DISTRICT_WIDTH = 20;
    static final int INDICATOR_WIDTH = 14;
    static final int INDICATOR_MAX_WIDTH = 20;
    static final int FILE_WIDTH = 30;
    /** Printed at this scale: about eight indicator columns to a landscape page beside the key columns. */
    static final int PRINT_SCALE = 80;

    private UnitsSheet() {
    }

    static void write(SXSSFWorkbook wb, ReportStyles st, Consolidation c) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị", "Quận/huyện"));
        c.indicators().forEach(i -> headers.add(i.code() + " – " + i.name()));
        int fileCol = headers.size();
        headers.addAll(List.of("Tệp", "Phiên bản", "Kế hoạch số", "Ngày kế hoạch"));
        Map<String, Unit> nodes = new HashMap<>();
        Map<String, Integer> treeOrder = new HashMap<>();
        for (NodeSummary n : c.nodes()) {
            nodes.putIfAbsent(n.node().code(), n.node());
            treeOrder.putIfAbsent(n.node().code(), treeOrder.size());
        }
        // district by district in the tree's order, as the officer reads the tree
        List<UnitReport> reports = new ArrayList<>(c.reports());
        reports.sort(Comparator.comparingInt((UnitReport r) -> treeOrder.getOrDefault(r.unit().parentCode(), -1))
                .thenComparing(r -> r.unit().code()).thenComparing(UnitReport::file));

        Cells.Widths w = new Cells.Widths(headers.size(), 8, 45);
        for (UnitReport rep : reports) {
            w.text(0, rep.unit().code());
            w.text(fileCol, rep.file());
            w.number(fileCol + 1, BigDecimal.valueOf(rep.version()), true);
            w.text(fileCol + 2, rep.planNumber());
            int col = KEY_COLUMNS;
            for (Indicator ind : c.indicators()) {
                ParsedValue v = rep.value(ind.code(), "current");
                if (v != null && Cells.plainNumber(v)) {
                    w.number(col, v.number(), ind.kind() == Indicator.IndicatorKind.COUNT);
                } else if (v != null) {
                    w.text(col, v.vietnamese());
                }
                col++;
            }
        }
        w.header(0, headers.get(0));
        for (int col = fileCol + 1; col < headers.size(); col++) {
            w.header(col, headers.get(col));
        }
        int[] widths = w.apply(sh);
        sh.setColumnWidth(1, NAME_WIDTH * 256);
        sh.setColumnWidth(2, DISTRICT_WIDTH * 256);
        for (int col = KEY_COLUMNS; col < fileCol; col++) {
            // the indicator's name wraps in its header; the column is as wide as its values need
            int width = Math.max(INDICATOR_WIDTH, Math.min(widths[col], INDICATOR_MAX_WIDTH));
            sh.setColumnWidth(col, width * 256);
        }
        sh.setColumnWidth(fileCol, Math.min(widths[fileCol], FILE_WIDTH) * 256);
        Row header = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            Cells.text(header, col, headers.get(col), st.get(Kind.HEADER));
        }
        PrintLayout.fitHeight(header);
        PrintLayout.a4Across(sh, true, 1, KEY_COLUMNS, PRINT_SCALE);
        sh.createFreezePane(KEY_COLUMNS, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, reports.size()), 0, headers.size() - 1));

        CellStyle text = st.get(Kind.TEXT);
        CellStyle wrap = st.get(Kind.WRAP);
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh); // the widths are set
        int r = 1;
        for (UnitReport rep : reports) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, rep.unit().code(), text);
            Cells.text(row, 1, rep.unit().name(), wrap);
            Cells.text(row, 2, district(rep.unit(), nodes), wrap);
            int col = KEY_COLUMNS;
            for (Indicator ind : c.indicators()) {
                ParsedValue v = rep.value(ind.code(), "current");
                Fill fill = v != null && v.isFlagged() ? Fill.WARNING : Fill.NONE;
                boolean count = ind.kind() == Indicator.IndicatorKind.COUNT;
                ValueCells.parsed(row, col, v, st.get(count ? Kind.INTEGER : Kind.DECIMAL, fill),
                        st.get(Kind.FIGURE_TEXT, fill), null, count);
                col++;
            }
            Cells.text(row, fileCol, rep.file(), wrap);
            Cells.number(row, fileCol + 1, rep.version(), st.get(Kind.INTEGER));
            Cells.text(row, fileCol + 2, rep.planNumber(), text);
            var date = Cells.blank(row, fileCol + 3, st.get(Kind.TEXT, Fill.NONE, "dd/mm/yyyy"));
            if (rep.planDate() != null) {
                date.setCellValue(rep.planDate());
            }
            fitter.fit(row);
        }
    }

    /** The name of the unit above the unit (its district, or commune), as the discrepancy report names it; "" at the top. */
    private static String district(Unit unit, Map<String, Unit> nodes) {
        Unit parent = unit.isRoot() ? null : nodes.get(unit.parentCode());
        return parent == null ? "" : parent.name();
    }
}
