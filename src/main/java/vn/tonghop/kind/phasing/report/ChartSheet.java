package vn.tonghop.kind.phasing.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * "Biểu đồ": for each headline indicator, the office's consolidated phasing against its quota, year
 * by year: a small data block and a line chart under it, each on a page of its own. A rank
 * indicator is listed per unit, not drawn.
 */
final class ChartSheet {

    static final String NAME = "Biểu đồ";

    /** Rows a chart takes, data block included; charts stand one under another. */
    static final int BLOCK_ROWS = 26;
    private static final int DATA_ROWS = 4;
    private static final int HEIGHT_ROWS = 20;

    private ChartSheet() {
    }

    static void write(XSSFWorkbook wb, ReportStyles st, Consolidation c) {
        XSSFSheet sh = wb.createSheet(NAME);
        sh.setColumnWidth(0, 40 * 256);
        for (int col = 1; col <= c.years().size(); col++) {
            sh.setColumnWidth(col, 11 * 256);
        }
        Map<String, NodeSummary> atRoot = new HashMap<>();
        for (NodeSummary n : c.nodes()) {
            if (n.node().code().equals(c.root().code())) {
                atRoot.putIfAbsent(n.indicator().code(), n);
            }
        }
        XSSFDrawing drawing = null;
        int r = 0;
        boolean any = false;
        for (Indicator ind : c.indicators()) {
            NodeSummary n = atRoot.get(ind.code());
            if (!ind.headline() || n == null) {
                continue;
            }
            any = true;
            String title = ind.code() + " – " + ind.name() + (IndicatorLabels.unitLabel(ind).isBlank() ? "" : " (" + IndicatorLabels.unitLabel(ind) + ")");
            if (n.current().method() == Aggregate.Method.LIST) {
                Cells.text(sh.createRow(r), 0, title + ": chỉ tiêu xếp hạng được liệt kê theo đơn vị, không vẽ biểu đồ.",
                        st.get(Kind.BOLD));
                r += 2;
                continue;
            }
            if (drawing == null) {
                drawing = sh.createDrawingPatriarch();
            }
            r = chart(sh, drawing, st, c, n, title, r);
            // each chart block on a page of its own: a chart is never cut across two pages
            sh.setRowBreak(r - 1);
        }
        int[] breaks = sh.getRowBreaks();
        if (breaks.length > 0 && breaks[breaks.length - 1] == r - 1) {
            sh.removeRowBreak(r - 1); // no empty page after the last
        }
        // a block (title, data, chart: 26 rows of 15 pt, 8 columns) fits a landscape A4 page unscaled
        PrintLayout.a4(sh, true);
        if (!any) {
            Cells.text(sh.createRow(0), 0, "Danh mục chưa đánh dấu chỉ tiêu chính nào (cột headline) nên không có "
                    + "biểu đồ.", st.get(Kind.PLAIN));
        }
    }

    private static int chart(XSSFSheet sh, XSSFDrawing drawing, ReportStyles st, Consolidation c, NodeSummary n,
                             String title, int r0) {
        List<Integer> years = c.years();
        boolean count = Aggregate.isCount(n.indicator(), n.current().method());
        CellStyle num = st.get(count ? Kind.INTEGER : Kind.DECIMAL);
        Cells.text(sh.createRow(r0), 0, title, st.get(Kind.BOLD));
        Row yearRow = sh.createRow(r0 + 1);
        Row phaseRow = sh.createRow(r0 + 2);
        Row quotaRow = sh.createRow(r0 + 3);
        Cells.text(yearRow, 0, "Năm", st.get(Kind.HEADER));
        String phaseLabel = "Phân kỳ tổng hợp – " + c.root().name();
        Cells.text(phaseRow, 0, phaseLabel, st.get(Kind.TEXT));
        BigDecimal quota = n.quota() == null ? null : n.quota().number();
        String quotaLabel = "Chỉ tiêu giao" + (n.quota() == null ? " (chưa có)" : " (" + n.quota().vietnamese() + ")");
        Cells.text(quotaRow, 0, quotaLabel, st.get(Kind.TEXT));
        for (int i = 0; i < years.size(); i++) {
            Cells.text(yearRow, i + 1, String.valueOf(years.get(i)), st.get(Kind.HEADER));
            Aggregate a = n.phases() == null ? null : n.phases().get(years.get(i));
            Cells.number(phaseRow, i + 1, a == null ? null : a.value(), num);
            Cells.number(quotaRow, i + 1, quota, num);
        }
        int lastCol = Math.max(1, years.size());
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r0 + DATA_ROWS, 8,
                r0 + DATA_ROWS + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle("Năm");
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(IndicatorLabels.unitLabel(n.indicator()).isBlank() ? "Giá trị" : IndicatorLabels.unitLabel(n.indicator()));
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> xs = XDDFDataSourcesFactory.fromStringCellRange(sh,
                new CellRangeAddress(r0 + 1, r0 + 1, 1, lastCol));
        XDDFNumericalDataSource<Double> phases = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                new CellRangeAddress(r0 + 2, r0 + 2, 1, lastCol));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        XDDFLineChartData.Series s1 = (XDDFLineChartData.Series) data.addSeries(xs, phases);
        s1.setTitle(phaseLabel, new CellReference(sh.getSheetName(), r0 + 2, 0, true, true));
        s1.setSmooth(false);
        s1.setMarkerStyle(MarkerStyle.CIRCLE);
        line(s1, PresetColor.ROYAL_BLUE, false);
        if (quota != null) {
            XDDFNumericalDataSource<Double> quotas = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                    new CellRangeAddress(r0 + 3, r0 + 3, 1, lastCol));
            XDDFLineChartData.Series s2 = (XDDFLineChartData.Series) data.addSeries(xs, quotas);
            s2.setTitle(quotaLabel, new CellReference(sh.getSheetName(), r0 + 3, 0, true, true));
            s2.setSmooth(false);
            s2.setMarkerStyle(MarkerStyle.NONE);
            line(s2, PresetColor.RED, true);
        }
        chart.plot(data);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        // POI bug 67510: axes written with a number format Excel cannot show
        if (bottom.hasNumberFormat()) {
            bottom.setNumberFormat("@");
        }
        if (left.hasNumberFormat()) {
            left.setNumberFormat(count ? "#,##0" : "0.00");
        }
        return r0 + BLOCK_ROWS;
    }

    private static void line(XDDFLineChartData.Series series, PresetColor color, boolean dashed) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        XDDFShapeProperties props = series.getShapeProperties();
        if (props == null) {
            props = new XDDFShapeProperties();
        }
        props.setLineProperties(line);
        series.setShapeProperties(props);
    }
}
