package vn.tonghop.kind.phasing.report;

import vn.tonghop.report.Cells;
import vn.tonghop.report.DistrictOverview;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.store.RunChanges;
import vn.tonghop.domain.Finding;
import vn.tonghop.value.ParsedValue;

/**
 * Writes {@code summary.xlsx}, what the office sends upward: a "Thông tin" sheet (office, run time,
 * period, units reported of expected), one sheet per level of the tree (node × indicator with the
 * aggregates, the quota, the gap and the units that fall short, highlighted), the units' own current
 * values ("Đơn vị × chỉ tiêu"), the units that sent nothing ("Chưa nộp"), and a line chart per
 * headline indicator ("Biểu đồ"). The node sheets are small (nodes × indicators) and the charts need
 * {@link XSSFWorkbook}; the unit sheet grows with the number of units and is streamed
 * ({@link SXSSFWorkbook} over the same workbook).
 */
public final class SummaryWorkbookWriter {

    public static final String INFO_SHEET = "Thông tin";
    public static final String CHANGES_SHEET = "Thay đổi";
    public static final String UNITS_SHEET = "Đơn vị × chỉ tiêu";
    public static final String MISSING_SHEET = "Chưa nộp";
    public static final String CHART_SHEET = "Biểu đồ";
    public static final String LISTS_SHEET = "Danh sách";
    public static final String DISTRICTS_SHEET = "Theo huyện";

    /** Rows a chart takes on "Biểu đồ", data block included; charts stand one under another. */
    static final int CHART_BLOCK_ROWS = 26;
    private static final int CHART_DATA_ROWS = 4;
    private static final int CHART_HEIGHT_ROWS = 20;
    /** Rows of the unit sheet kept in memory while it is written. */
    private static final int STREAM_WINDOW = 500;

    private final OutputFiles files;

    /** Written with the default output permissions. */
    public SummaryWorkbookWriter() {
        this(OutputFiles.DEFAULT);
    }

    public SummaryWorkbookWriter(OutputFiles files) {
        this.files = files;
    }

    /** Without the run's findings: the district overview counts no unusable files, errors or warnings. */
    public void write(Consolidation c, Path target) throws IOException {
        write(c, List.of(), null, target);
    }

    /** {@code findings}: what the run reports (as in the discrepancy report), counted per district. */
    public void write(Consolidation c, List<Finding> findings, Path target) throws IOException {
        write(c, findings, null, target);
    }

    /** With a {@value #CHANGES_SHEET} sheet when {@code changes} is given (a run's outputs; tests may omit it). */
    public void write(Consolidation c, List<Finding> findings, RunChanges changes, Path target) throws IOException {
        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook wb = null;
        try {
            ReportStyles st = new ReportStyles(xwb);
            Sheet info = xwb.createSheet(INFO_SHEET);
            List<String[]> sheetGuide = new ArrayList<>();
            List<ListLine> lists = new ArrayList<>();
            for (Map.Entry<Integer, List<NodeSummary>> level : byDepth(c).entrySet()) {
                String name = levelSheet(xwb, st, c, level.getValue(), lists);
                sheetGuide.add(new String[] {name, "Mỗi dòng là một đơn vị " + levelSheetName(level.getValue())
                        .toLowerCase(Locale.forLanguageTag("vi")) + " và một chỉ tiêu: số đơn vị báo cáo, giá trị "
                        + "tổng hợp, phân kỳ, chỉ tiêu giao, khoảng cách và các đơn vị chưa đạt."});
            }
            listsSheet(xwb, st, lists);
            sheetGuide.add(new String[] {LISTS_SHEET, "Các danh sách của trang cấp, mỗi dòng một đơn vị: xếp hạng "
                    + "từng đơn vị và các đơn vị chưa đạt."});
            districtSheet(xwb, st, DistrictOverview.of(c, findings));
            sheetGuide.add(new String[] {DISTRICTS_SHEET, "Mỗi dòng một đơn vị cấp dưới trực tiếp (huyện hoặc xã): số "
                    + "đơn vị phải báo cáo, đã báo cáo, chưa nộp, số tệp không dùng được, số lỗi và cảnh báo trong "
                    + "các bảng được tổng hợp."});
            int unitSheetIndex = xwb.getNumberOfSheets();
            sheetGuide.add(new String[] {UNITS_SHEET, "Giá trị hiện trạng từng đơn vị đã nộp, theo từng chỉ tiêu."});
            missingSheet(xwb, st, c);
            sheetGuide.add(new String[] {MISSING_SHEET, "Các đơn vị phải báo cáo nhưng chưa nộp bảng."});
            if (changes != null) {
                changesSheet(xwb, st, c, changes);
                sheetGuide.add(new String[] {CHANGES_SHEET, "Thay đổi so với lượt chạy trước: tệp mới và nộp lại, "
                        + "lỗi đã sửa, lỗi mới, đơn vị vẫn chưa nộp."});
            }
            chartSheet(xwb, st, c);
            sheetGuide.add(new String[] {CHART_SHEET, "Biểu đồ phân kỳ tổng hợp so với chỉ tiêu giao của các "
                    + "chỉ tiêu chính."});
            infoSheet(info, st, c, sheetGuide);
            // the sheets above (charts included) stay as built; the big one is streamed
            wb = new SXSSFWorkbook(xwb, STREAM_WINDOW);
            unitSheet(wb, st, c);
            wb.setSheetOrder(UNITS_SHEET, unitSheetIndex);
            for (int i = 0; i < xwb.getNumberOfSheets(); i++) {
                xwb.getSheetAt(i).setSelected(i == 0);
            }
            xwb.setActiveSheet(0);
            files.write(target, wb::write);
        } finally {
            if (wb != null) {
                wb.dispose(); // the streamed sheet's temporary file
                wb.close();
            } else {
                xwb.close();
            }
        }
    }

    // ---- Thông tin -------------------------------------------------------------------------------

    private static void infoSheet(Sheet sh, ReportStyles st, Consolidation c, List<String[]> guide) {
        int expected = c.nodes().stream().filter(n -> n.depth() == 0).mapToInt(NodeSummary::expected).findFirst()
                .orElse(c.reports().size() + c.missing().size());
        sh.setColumnWidth(0, INFO_LABEL_WIDTH * 256);
        sh.setColumnWidth(1, INFO_VALUE_WIDTH * 256);
        int r = 0;
        Cells.text(sh.createRow(r++), 0, "TỔNG HỢP BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU", st.get(Kind.BOLD));
        r++;
        r = info(sh, r, st, "Cơ quan tổng hợp", c.officeName());
        r = info(sh, r, st, "Phạm vi tổng hợp", c.root().name() + " (" + c.root().code() + ")");
        Row time = sh.createRow(r++);
        Cells.text(time, 0, "Thời điểm tổng hợp", st.get(Kind.BOLD));
        if (c.runAt() != null) {
            time.createCell(1).setCellValue(c.runAt());
            time.getCell(1).setCellStyle(st.get(Kind.DATETIME));
        }
        r = info(sh, r, st, "Giai đoạn", period(c.years()));
        r = info(sh, r, st, "Các năm phân kỳ",
                c.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        r = infoNumber(sh, r, st, "Số đơn vị phải báo cáo", expected);
        r = infoNumber(sh, r, st, "Số đơn vị đã báo cáo", c.reports().size());
        r = infoNumber(sh, r, st, "Số đơn vị chưa nộp", c.missing().size());
        r = infoNumber(sh, r, st, "Số chỉ tiêu", c.indicators().size());
        r++;
        Cells.text(sh.createRow(r++), 0, "Các trang tính", st.get(Kind.BOLD));
        for (String[] g : guide) {
            r = info(sh, r, st, g[0], g[1]);
        }
        r++;
        Cells.text(sh.createRow(r++), 0, "Cách đọc", st.get(Kind.BOLD));
        r = info(sh, r, st, "Dòng tô đỏ nhạt", "Có đơn vị đặt chỉ tiêu thấp hơn chỉ tiêu giao, hoặc giá trị tổng "
                + "hợp còn cách chỉ tiêu giao (khoảng cách dương là phần còn phải phấn đấu).");
        r = info(sh, r, st, "Ô tô vàng", "Giá trị đơn vị nhập cần kiểm tra lại (trang «" + UNITS_SHEET + "»).");
        info(sh, r, st, "Tỷ lệ %", "Chỉ tiêu tỷ lệ không có tử số, mẫu số được tính trung bình các đơn vị, kèm "
                + "trung vị, thấp nhất, cao nhất; chỉ tiêu có/không, đạt/không đạt tính tỷ lệ đơn vị đạt; "
                + "xếp hạng được liệt kê theo đơn vị.");
        // portrait, one page wide: the explanations wrap in column B, their rows sized to them
        PrintLayout.a4(sh, false);
        for (Row row : sh) {
            PrintLayout.fitHeight(row);
        }
    }

    private static final int INFO_LABEL_WIDTH = 28;
    private static final int INFO_VALUE_WIDTH = 80;

    private static int info(Sheet sh, int r, ReportStyles st, String label, String value) {
        Row row = sh.createRow(r);
        Cells.text(row, 0, label, st.get(Kind.BOLD));
        Cells.text(row, 1, value, st.get(Kind.NOTE));
        return r + 1;
    }

    /** A count, left-aligned under the texts beside it (a number far at the right of a wide column is missed). */
    private static int infoNumber(Sheet sh, int r, ReportStyles st, String label, int value) {
        Row row = sh.createRow(r);
        Cells.text(row, 0, label, st.get(Kind.BOLD));
        Cells.number(row, 1, value, st.get(Kind.COUNT));
        return r + 1;
    }

    static String period(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.stream().min(Integer::compare).orElseThrow();
        int last = years.stream().max(Integer::compare).orElseThrow();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    // ---- one sheet per level ---------------------------------------------------------------------

    private static TreeMap<Integer, List<NodeSummary>> byDepth(Consolidation c) {
        Map<String, Integer> nodeOrder = new HashMap<>();
        for (NodeSummary n : c.nodes()) {
            nodeOrder.putIfAbsent(n.node().code(), nodeOrder.size());
        }
        Map<String, Integer> indicatorOrder = indicatorOrder(c);
        TreeMap<Integer, List<NodeSummary>> out = new TreeMap<>();
        for (NodeSummary n : c.nodes()) {
            out.computeIfAbsent(n.depth(), d -> new ArrayList<>()).add(n);
        }
        Comparator<NodeSummary> order = Comparator
                .comparingInt((NodeSummary n) -> nodeOrder.get(n.node().code()))
                .thenComparingInt(n -> indicatorOrder.getOrDefault(n.indicator().code(), Integer.MAX_VALUE));
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    static Map<String, Integer> indicatorOrder(Consolidation c) {
        Map<String, Integer> order = new HashMap<>();
        for (Indicator i : c.indicators()) {
            order.putIfAbsent(i.code(), order.size());
        }
        return order;
    }

    /** "Cấp tỉnh", "Cấp huyện", or "Cấp xã, phường" when a level mixes words. */
    static String levelSheetName(List<NodeSummary> rows) {
        Set<String> words = new LinkedHashSet<>();
        rows.forEach(n -> words.add(Cells.levelWord(n.node().level())));
        words.remove("");
        return "Cấp " + (words.isEmpty() ? "?" : String.join(", ", words));
    }

    static List<String> levelHeaders(List<Integer> years) {
        List<String> h = new ArrayList<>(List.of("Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Cách tổng hợp",
                "Số đơn vị phải báo cáo", "Số đơn vị đã báo cáo", "Số đơn vị có giá trị hợp lệ", "Hiện trạng",
                "Trung vị", "Thấp nhất", "Cao nhất", "Chỉ tiêu của đơn vị"));
        years.forEach(y -> h.add("Phân kỳ " + y));
        h.addAll(List.of("Chỉ tiêu giao", "Khoảng cách", "Đơn vị chưa đạt"));
        return h;
    }

    /**
     * Widest a level-sheet column may grow, in characters, by position: node name, code, indicator
     * name, ĐVT, method, then the figures (as wide as their value and their header's longest word
     * need, with one character to spare), and last the units falling short. All texts wrap. With
     * these the province sheet of the sample (20 columns) is about 190 characters wide and prints on
     * landscape A4 at about 57 % in LibreOffice without Calibri (DejaVu Sans, wider), more in Excel;
     * at the old widths (lists up to 50) it was 566 and printed at 26 %.
     */
    static final int NODE_WIDTH = 18;
    static final int CODE_WIDTH = 10;
    static final int NAME_WIDTH = 28;
    static final int UNIT_WIDTH = 7;
    static final int METHOD_WIDTH = 12;
    static final int FIGURE_MIN_WIDTH = 7;
    static final int FIGURE_WIDTH = 12;
    static final int SHORT_WIDTH = 18;
    /** Sum of a level sheet's column widths (characters) that still prints readably (≥ 55 %) on landscape A4. */
    static final int LEVEL_MAX_WIDTH = 195;
    /** Columns frozen on a level sheet: the node, the indicator's code and its full name. */
    static final int LEVEL_FROZEN_COLUMNS = 3;
    /** The units falling short stay in their cell when they take at most this many lines of it. */
    private static final int SHORT_INLINE_LINES = 4;

    /**
     * One line of "Danh sách": a node, an indicator, what the list is (a measure or "Đơn vị chưa
     * đạt") and one unit's entry.
     */
    private record ListLine(String node, Indicator indicator, String what, String entry) {
    }

    private static String levelSheet(XSSFWorkbook wb, ReportStyles st, Consolidation c, List<NodeSummary> rows,
                                     List<ListLine> lists) {
        String name = uniqueSheetName(wb, levelSheetName(rows));
        Sheet sh = wb.createSheet(name);
        List<String> headers = levelHeaders(c.years());
        int last = headers.size() - 1;
        // measured on the values; a header needs only its longest word to fit, the rest wraps
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 50);
        headerRow(sh, st, headers, new Cells.Widths(headers.size(), 8, 50));
        int[] headerWord = new int[headers.size()];
        for (int col = 0; col < headers.size(); col++) {
            for (String word : headers.get(col).split(" ")) {
                headerWord[col] = Math.max(headerWord[col], word.length() + 2); // bold: two to spare
            }
        }
        // lists of units (ranks, units falling short) grow with the office: a 10,000-school province
        // lists thousands of names, which no bounded column can hold and no row can be tall enough
        // for (409 pt). They go to "Danh sách", one line per unit so the office can filter and sort
        // them; the level sheet keeps its figures in narrow columns and says how many and where.
        for (NodeSummary n : rows) {
            Aggregate.Method method = n.current().method();
            boolean count = Cells.isCount(n.indicator(), method);
            w.text(0, n.node().name());
            w.text(1, n.indicator().code());
            w.text(2, fullName(n.indicator()));
            w.text(3, unitLabel(n.indicator()));
            w.text(4, method.vietnamese());
            int col = 8;
            measure(w, col++, n.current(), count);
            for (BigDecimal v : new BigDecimal[] {n.current().median(), n.current().min(), n.current().max()}) {
                w.number(col++, v, false);
            }
            measure(w, col++, n.target(), count);
            for (int y : c.years()) {
                measure(w, col++, n.phases() == null ? null : n.phases().get(y), count);
            }
            if (n.quota() != null) {
                if (Cells.plainNumber(n.quota())) {
                    w.number(col, n.quota().number(), count);
                } else {
                    w.text(col, n.quota().vietnamese());
                }
            }
            w.number(++col, n.gap(), count);
        }
        int[] widths = w.apply(sh);
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, FIGURE_WIDTH);
        caps[0] = NODE_WIDTH;
        caps[1] = CODE_WIDTH;
        caps[2] = NAME_WIDTH;
        caps[3] = UNIT_WIDTH;
        caps[4] = METHOD_WIDTH;
        caps[last] = SHORT_WIDTH;
        for (int col = 0; col <= last; col++) {
            // the name and the short units are set to their bound: they wrap, and a steady column reads better
            int width = col == 2 || col == last ? caps[col]
                    : col > 4 ? Math.max(FIGURE_MIN_WIDTH, Math.min(Math.max(widths[col] - 1, headerWord[col]), caps[col]))
                    : Math.min(Math.max(widths[col], headerWord[col]), caps[col]);
            sh.setColumnWidth(col, width * 256);
        }
        int r = 1;
        for (NodeSummary n : rows) {
            Row row = sh.createRow(r++);
            Indicator ind = n.indicator();
            Aggregate.Method method = n.current().method();
            boolean count = Cells.isCount(ind, method);
            boolean highlight = !n.unitsShort().isEmpty() || n.gap() != null && n.gap().signum() > 0;
            Fill fill = highlight ? Fill.SHORT : Fill.NONE;
            CellStyle text = st.get(Kind.TEXT, fill);
            CellStyle wrap = st.get(Kind.WRAP, fill);
            CellStyle num = st.get(count ? Kind.INTEGER : Kind.DECIMAL, fill);
            CellStyle integer = st.get(Kind.INTEGER, fill);
            String node = n.node().name();
            int col = 0;
            Cells.text(row, col++, node, wrap);
            Cells.text(row, col++, ind.code(), text);
            Cells.text(row, col++, fullName(ind), wrap);
            Cells.text(row, col++, unitLabel(ind), wrap);
            Cells.text(row, col++, method.vietnamese(), wrap);
            Cells.number(row, col++, n.expected(), integer);
            Cells.number(row, col++, n.reported(), integer);
            Cells.number(row, col++, n.valid(), integer);
            col = aggregate(row, col, n.current(), num, wrap, new ListLine(node, ind, headers.get(col), ""), lists);
            boolean spread = method == Aggregate.Method.MEAN || method == Aggregate.Method.WEIGHTED;
            for (BigDecimal v : new BigDecimal[] {n.current().median(), n.current().min(), n.current().max()}) {
                Cells.number(row, col++, spread ? v : null, st.get(Kind.DECIMAL, fill));
            }
            col = aggregate(row, col, n.target(), num, wrap, new ListLine(node, ind, headers.get(col), ""), lists);
            for (int y : c.years()) {
                col = aggregate(row, col, n.phases() == null ? null : n.phases().get(y), num, wrap,
                        new ListLine(node, ind, headers.get(col), ""), lists);
            }
            col = parsed(row, col, n.quota(), num, text, null, count);
            Cells.number(row, col++, n.gap(), num);
            for (Unit u : n.unitsShort()) {
                lists.add(new ListLine(node, ind, headers.get(col), u.name()));
            }
            String shortNames = n.unitsShort().stream().map(Unit::name).collect(Collectors.joining("; "));
            if (PrintLayout.lines(shortNames, SHORT_WIDTH) > SHORT_INLINE_LINES) {
                shortNames = seeLists(n.unitsShort().size());
            }
            Cells.text(row, col, shortNames, wrap);
        }
        headerHeight(sh, headers);
        sh.createFreezePane(LEVEL_FROZEN_COLUMNS, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, last));
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        // 20 columns: landscape, all on one page width, the header on every page
        PrintLayout.a4(sh, true, 0, 0);
        return name;
    }

    /** What a level-sheet cell says in place of a list kept on "Danh sách". */
    static String seeLists(int units) {
        return units + " đơn vị, xem «" + LISTS_SHEET + "»";
    }

    private static void measure(Cells.Widths w, int col, Aggregate a, boolean count) {
        if (a != null && a.method() != Aggregate.Method.LIST) {
            w.number(col, a.value(), count);
        }
    }

    /**
     * The indicator's name with its group, as the annex prints them one above the other: "Tiểu học"
     * or "Học sinh giảm" alone mean nothing on a sheet without the group rows. The group is left out
     * when there is none or the name already says it.
     */
    static String fullName(Indicator ind) {
        String group = ind.group() == null ? "" : ind.group().strip();
        String name = ind.name();
        Locale vi = Locale.forLanguageTag("vi");
        if (group.isEmpty() || name.toLowerCase(vi).contains(group.toLowerCase(vi))) {
            return name;
        }
        return group + " — " + name;
    }

    // ---- Danh sách -------------------------------------------------------------------------------

    /** The level sheets' lists, one line per unit: node, indicator, which list, the unit's entry. */
    private static void listsSheet(XSSFWorkbook wb, ReportStyles st, List<ListLine> lists) {
        Sheet sh = wb.createSheet(LISTS_SHEET);
        List<String> headers = List.of("Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Danh sách", "Đơn vị trong danh sách");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 50);
        headerRow(sh, st, headers, w);
        // the indicator's full name is the longest text and repeats on every line: widest, so it takes
        // two lines rather than four and a page holds twice the units
        int[] fixed = {26, CODE_WIDTH, 60, 14, 38};
        for (int col = 0; col < fixed.length; col++) {
            sh.setColumnWidth(col, fixed[col] * 256);
        }
        int r = 1;
        for (ListLine l : lists) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, l.node(), st.get(Kind.WRAP));
            Cells.text(row, 1, l.indicator().code(), st.get(Kind.TEXT));
            Cells.text(row, 2, fullName(l.indicator()), st.get(Kind.WRAP));
            Cells.text(row, 3, l.what(), st.get(Kind.WRAP));
            Cells.text(row, 4, l.entry(), st.get(Kind.WRAP));
            PrintLayout.fitHeight(row);
        }
        headerHeight(sh, headers);
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        PrintLayout.a4(sh, true, 0, 0);
        if (lists.isEmpty()) {
            Cells.text(sh.createRow(1), 0, "Không có danh sách nào.", st.get(Kind.PLAIN));
        }
    }

    /** The ĐVT a node shows: a yes/no or met indicator becomes a share of units, in %. */
    static String unitLabel(Indicator ind) {
        if (ind.aggregate() == Indicator.Aggregation.SHARE && ind.unit().isBlank()) {
            return "%";
        }
        return ind.unit();
    }

    /**
     * An aggregate's cell: its number, or for a list (ranks per unit) how many units and where the
     * list is; the list's entries go to {@code lists}, one line per unit, under {@code where}.
     */
    private static int aggregate(Row row, int col, Aggregate a, CellStyle num, CellStyle wrap, ListLine where,
                                 List<ListLine> lists) {
        if (a != null && a.method() == Aggregate.Method.LIST) {
            List<String> entries = a.listing() == null || a.listing().isBlank() ? List.of() : List.of(a.listing().split("; "));
            entries.forEach(e -> lists.add(new ListLine(where.node(), where.indicator(), where.what(), e)));
            Cells.text(row, col, entries.isEmpty() ? "" : seeLists(entries.size()), wrap);
        } else {
            Cells.number(row, col, a == null ? null : a.value(), num);
        }
        return col + 1;
    }

    /** A quota or a unit's value: a number when it is a plain one, else its normalized text. */
    private static int parsed(Row row, int col, ParsedValue v, CellStyle num, CellStyle text, Cells.Widths w,
                              boolean count) {
        if (v == null) {
            Cells.blank(row, col, num);
        } else if (Cells.plainNumber(v)) {
            if (w != null) {
                w.number(col, v.number(), count);
            }
            Cells.number(row, col, v.number(), num);
        } else {
            if (w != null) {
                w.text(col, v.vietnamese());
            }
            Cells.text(row, col, v.vietnamese(), text);
        }
        return col + 1;
    }

    // ---- Đơn vị × chỉ tiêu -----------------------------------------------------------------------

    /**
     * One row per unit that reported: this sheet grows with the office (10,000 schools), so it is
     * written through a streaming window; widths are measured in a first pass, since a streamed sheet
     * cannot look back at its rows.
     */
    /** Unit sheet columns: code, name, the file used and its version (1 = the unit's first file), then indicators. */
    private static final int FIRST_INDICATOR = 4;

    private static void unitSheet(SXSSFWorkbook wb, ReportStyles st, Consolidation c) {
        Sheet sh = wb.createSheet(UNITS_SHEET);
        List<String> headers = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị", "Tệp", "Phiên bản"));
        c.indicators().forEach(i -> headers.add(i.code() + " – " + i.name()));
        List<UnitReport> reports = new ArrayList<>(c.reports());
        reports.sort(Comparator.comparing((UnitReport r) -> r.unit().code()).thenComparing(UnitReport::file));

        Cells.Widths w = new Cells.Widths(headers.size(), 8, 45);
        for (int col = 0; col < headers.size(); col++) {
            w.header(col, headers.get(col));
        }
        for (UnitReport rep : reports) {
            w.text(0, rep.unit().code());
            w.text(1, rep.unit().name());
            w.text(2, rep.file());
            w.number(3, BigDecimal.valueOf(rep.version()), true);
            int col = FIRST_INDICATOR;
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
        // indicator headers are long: they wrap in a column sized for the values
        for (int col = FIRST_INDICATOR; col < headers.size(); col++) {
            w.note(col, 14);
        }
        w.apply(sh);
        for (int col = FIRST_INDICATOR; col < headers.size(); col++) {
            sh.setColumnWidth(col, Math.min(sh.getColumnWidth(col), 22 * 256));
        }
        Row header = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            Cells.text(header, col, headers.get(col), st.get(Kind.HEADER));
        }
        headerHeight(sh, headers);
        PrintLayout.a4(sh, true, 0, 0);
        sh.createFreezePane(2, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, reports.size()), 0, headers.size() - 1));

        int r = 1;
        for (UnitReport rep : reports) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, rep.unit().code(), st.get(Kind.TEXT));
            Cells.text(row, 1, rep.unit().name(), st.get(Kind.TEXT));
            Cells.text(row, 2, rep.file(), st.get(Kind.TEXT));
            row.createCell(3).setCellValue(rep.version());
            row.getCell(3).setCellStyle(st.get(Kind.INTEGER));
            int col = FIRST_INDICATOR;
            for (Indicator ind : c.indicators()) {
                ParsedValue v = rep.value(ind.code(), "current");
                Fill fill = v != null && v.isFlagged() ? Fill.WARNING : Fill.NONE;
                boolean count = ind.kind() == Indicator.IndicatorKind.COUNT;
                parsed(row, col, v, st.get(count ? Kind.INTEGER : Kind.DECIMAL, fill), st.get(Kind.TEXT, fill), w,
                        count);
                col++;
            }
        }
    }

    // ---- Chưa nộp --------------------------------------------------------------------------------

    private static void missingSheet(XSSFWorkbook wb, ReportStyles st, Consolidation c) {
        Sheet sh = wb.createSheet(MISSING_SHEET);
        List<String> headers = List.of("Mã", "Tên", "Cấp", "Đơn vị cấp trên", "Email");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 60);
        headerRow(sh, st, headers, w);
        Map<String, Unit> known = new LinkedHashMap<>();
        known.put(c.root().code(), c.root());
        c.nodes().forEach(n -> known.putIfAbsent(n.node().code(), n.node()));
        c.reports().forEach(r -> known.putIfAbsent(r.unit().code(), r.unit()));
        c.missing().forEach(u -> known.putIfAbsent(u.code(), u));
        int r = 1;
        for (Unit u : c.missing()) {
            Row row = sh.createRow(r++);
            Unit parent = u.parentCode() == null ? null : known.get(u.parentCode());
            String[] values = {u.code(), u.name(), Cells.levelWord(u.level()),
                parent != null ? parent.name() : u.parentCode() == null ? "" : u.parentCode(),
                u.email() == null ? "" : u.email()};
            for (int col = 0; col < values.length; col++) {
                w.text(col, values[col]);
                Cells.text(row, col, values[col], st.get(Kind.TEXT));
            }
        }
        finishTable(sh, w, headers, r - 1, 0);
        PrintLayout.a4(sh, false, 0, 0);
        if (c.missing().isEmpty()) {
            Cells.text(sh.createRow(2), 0, "Tất cả đơn vị phải báo cáo đã nộp bảng.", st.get(Kind.PLAIN));
        }
    }

    // ---- Theo huyện -------------------------------------------------------------------------------

    static List<String> districtHeaders() {
        return List.of("Mã", "Đơn vị", "Số đơn vị phải báo cáo", "Số đơn vị đã báo cáo", "Số đơn vị chưa nộp",
                "Số tệp không dùng được", "Số lỗi", "Số cảnh báo");
    }

    private static void districtSheet(XSSFWorkbook wb, ReportStyles st, List<DistrictOverview> lines) {
        Sheet sh = wb.createSheet(DISTRICTS_SHEET);
        List<String> headers = districtHeaders();
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 40);
        for (int col = 0; col < headers.size(); col++) {
            // a header needs only its longest word to fit, the rest wraps
            for (String word : headers.get(col).split(" ")) {
                w.text(col, word + "  ");
            }
        }
        Row head = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            Cells.text(head, col, headers.get(col), st.get(Kind.HEADER));
        }
        int r = 1;
        for (DistrictOverview d : lines) {
            Row row = sh.createRow(r++);
            String code = d.district() == null ? "" : d.district().code();
            String name = d.district() == null ? "Chưa xác định được đơn vị" : d.district().name();
            w.text(0, code);
            w.text(1, name);
            Cells.text(row, 0, code, st.get(Kind.TEXT));
            Cells.text(row, 1, name, st.get(Kind.WRAP));
            int[] counts = {d.expected(), d.reported(), d.missing(), d.unusableFiles(), d.errors(), d.warnings()};
            for (int i = 0; i < counts.length; i++) {
                Cells.number(row, 2 + i, counts[i], st.get(Kind.INTEGER));
            }
        }
        finishTable(sh, w, headers, r - 1, 2);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        PrintLayout.a4(sh, false, 0, 0);
    }

    // ---- Thay đổi --------------------------------------------------------------------------------

    static final List<String> CHANGES_HEADERS = List.of("Thay đổi", "Mã đơn vị", "Tên đơn vị", "Tệp", "Lần nộp",
            "Trang", "Ô", "Mức", "Nội dung");
    private static final int CHANGES_MESSAGE_WIDTH = 70;

    /**
     * One table an officer can filter by its first column: files new and resubmitted, findings fixed and
     * new (by unit, sheet, cell), units still missing. Nothing in it depends on when the run ran.
     */
    private static void changesSheet(XSSFWorkbook wb, ReportStyles st, Consolidation c, RunChanges ch) {
        Sheet sh = wb.createSheet(CHANGES_SHEET);
        Cells.Widths w = new Cells.Widths(CHANGES_HEADERS.size(), 6, 40);
        headerRow(sh, st, CHANGES_HEADERS, w);
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
        for (Unit u : c.missing()) {
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
                    if (col != 8) {
                        w.text(col, text);
                    }
                    Cells.text(row, col, text, st.get(col == 8 || col == 2 ? Kind.WRAP : Kind.TEXT));
                }
            }
        }
        finishTable(sh, w, CHANGES_HEADERS, r - 1, 0);
        sh.setColumnWidth(8, CHANGES_MESSAGE_WIDTH * 256);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        r++;
        String counts = "Tệp mới: " + ch.newUnits() + "; nộp lại: " + ch.resubmitted() + "; lỗi đã sửa: "
                + ch.fixed().size() + "; lỗi mới phát hiện: " + ch.added().size() + "; đơn vị vẫn chưa nộp: "
                + c.missing().size() + ".";
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

    // ---- Biểu đồ ---------------------------------------------------------------------------------

    private static void chartSheet(XSSFWorkbook wb, ReportStyles st, Consolidation c) {
        XSSFSheet sh = wb.createSheet(CHART_SHEET);
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
            String title = ind.code() + " – " + ind.name() + (unitLabel(ind).isBlank() ? "" : " (" + unitLabel(ind) + ")");
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
        boolean count = Cells.isCount(n.indicator(), n.current().method());
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
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r0 + CHART_DATA_ROWS, 8,
                r0 + CHART_DATA_ROWS + CHART_HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle("Năm");
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(unitLabel(n.indicator()).isBlank() ? "Giá trị" : unitLabel(n.indicator()));
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
        return r0 + CHART_BLOCK_ROWS;
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

    // ---- shared table parts ----------------------------------------------------------------------

    private static void headerRow(Sheet sh, ReportStyles st, List<String> headers, Cells.Widths w) {
        Row row = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            w.header(col, headers.get(col));
            Cells.text(row, col, headers.get(col), st.get(Kind.HEADER));
        }
    }

    /** Widths, header height, frozen header (and {@code frozenCols} columns), auto-filter. */
    private static void finishTable(Sheet sh, Cells.Widths w, List<String> headers, int lastRow, int frozenCols) {
        w.apply(sh);
        headerHeight(sh, headers);
        sh.createFreezePane(frozenCols, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, headers.size() - 1));
    }

    /** Header labels wrap: make the header row tall enough for the longest one. */
    private static void headerHeight(Sheet sh, List<String> headers) {
        int lines = 1;
        for (int col = 0; col < headers.size(); col++) {
            int width = Math.max(1, sh.getColumnWidth(col) / 256 - 1);
            lines = Math.max(lines, (headers.get(col).length() + width - 1) / width);
        }
        sh.getRow(0).setHeightInPoints(Math.min(6, lines) * 15f + 3);
    }

    private static String uniqueSheetName(XSSFWorkbook wb, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
