package vn.tonghop.kind.phasing.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.Doubt;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * A sheet per level of the tree ("Cấp tỉnh", "Cấp huyện"): node × indicator with the units expected,
 * reported and valid, the aggregates of the current value, the units' targets and each phasing year,
 * the quota, the gap and the units that fall short, highlighted. Columns narrow and wrapped, the
 * indicator's full name frozen beside its code; lists of units go to "Danh sách" ({@link ListsSheet}).
 */
final class LevelSheet {

    private LevelSheet() {
    }

    /** The nodes of each depth of the tree, in the tree's order then the catalogue's. */
    static TreeMap<Integer, List<NodeSummary>> byDepth(Consolidation c) {
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

    private static Map<String, Integer> indicatorOrder(Consolidation c) {
        Map<String, Integer> order = new HashMap<>();
        for (Indicator i : c.indicators()) {
            order.putIfAbsent(i.code(), order.size());
        }
        return order;
    }

    /** "Cấp tỉnh", "Cấp huyện", or "Cấp xã, phường" when a level mixes words. */
    static String name(List<NodeSummary> rows) {
        Set<String> words = new LinkedHashSet<>();
        rows.forEach(n -> words.add(Cells.levelWord(n.node().level())));
        words.remove("");
        return "Cấp " + (words.isEmpty() ? "?" : String.join(", ", words));
    }

    /** The columns: node, indicator, counts, aggregates, the phasing years, quota, gap, units short. */
    static List<String> headers(List<Integer> years) {
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
    static final int METHOD_WIDTH = 15;
    static final int FIGURE_MIN_WIDTH = 7;
    static final int FIGURE_WIDTH = 12;
    static final int SHORT_WIDTH = 18;
    /** Sum of a level sheet's column widths (characters) that still prints readably (≥ 55 %) on landscape A4. */
    static final int MAX_WIDTH = 195;
    /** Columns frozen on a level sheet: the node, the indicator's code and its full name. */
    static final int FROZEN_COLUMNS = 3;
    /** The units falling short stay in their cell when they take at most this many lines of it. */
    private static final int SHORT_INLINE_LINES = 4;

    /** Writes the level's sheet, adds its lists of units to {@code lists}; returns the sheet's name. */
    static String write(XSSFWorkbook wb, ReportStyles st, Consolidation c, List<NodeSummary> rows,
                        List<ListLine> lists) {
        String name = Tables.uniqueSheetName(wb, name(rows));
        Sheet sh = wb.createSheet(name);
        List<String> headers = headers(c.years());
        int last = headers.size() - 1;
        // measured on the values; a header needs only its longest word to fit, the rest wraps
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 50);
        Tables.headerRow(sh, st, headers, new Cells.Widths(headers.size(), 8, 50));
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
            boolean count = Aggregate.isCount(n.indicator(), method);
            w.text(0, n.node().name());
            w.text(1, n.indicator().code());
            w.text(2, IndicatorLabels.fullName(n.indicator()));
            w.text(3, IndicatorLabels.unitLabel(n));
            w.text(4, n.description());
            int col = 8;
            String node = n.node().name();
            measure(w, col++, n.current(), count, node);
            for (BigDecimal v : new BigDecimal[] {n.current().median(), n.current().min(), n.current().max()}) {
                w.number(col++, v, false);
            }
            measure(w, col++, n.target(), count, node);
            for (int y : c.years()) {
                measure(w, col++, n.phases() == null ? null : n.phases().get(y), count, node);
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
        Arrays.fill(caps, FIGURE_WIDTH);
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
            boolean count = Aggregate.isCount(ind, method);
            // red: the plan does not reach the quota; green: not there yet, on the way
            Fill fill = n.planProblem() ? Fill.SHORT : n.onTheWay() ? Fill.ON_THE_WAY : Fill.NONE;
            Set<String> doubtful = new HashSet<>();
            for (Doubt d : n.doubts()) {
                doubtful.add(d.measure());
            }
            CellStyle doubt = st.get(count ? Kind.INTEGER : Kind.DECIMAL, Fill.WARNING);
            CellStyle text = st.get(Kind.TEXT, fill);
            CellStyle wrap = st.get(Kind.WRAP, fill);
            CellStyle num = st.get(count ? Kind.INTEGER : Kind.DECIMAL, fill);
            CellStyle integer = st.get(Kind.INTEGER, fill);
            CellStyle word = st.get(Kind.FIGURE_TEXT, fill);
            String node = n.node().name();
            int col = 0;
            Cells.text(row, col++, node, wrap);
            Cells.text(row, col++, ind.code(), text);
            Cells.text(row, col++, IndicatorLabels.fullName(ind), wrap);
            Cells.text(row, col++, IndicatorLabels.unitLabel(n), wrap);
            Cells.text(row, col++, n.description(), wrap);
            Cells.number(row, col++, n.expected(), integer);
            Cells.number(row, col++, n.reported(), integer);
            Cells.number(row, col++, n.valid(), integer);
            col = aggregate(row, col, n.current(), doubtful.contains("current") ? doubt : num, wrap, word,
                    new ListLine(node, ind, headers.get(col), ""), lists);
            boolean spread = method == Aggregate.Method.MEAN || method == Aggregate.Method.WEIGHTED;
            for (BigDecimal v : new BigDecimal[] {n.current().median(), n.current().min(), n.current().max()}) {
                Cells.number(row, col++, spread ? v : null, st.get(Kind.DECIMAL, fill));
            }
            col = aggregate(row, col, n.target(), doubtful.contains("target_unit") ? doubt : num, wrap, word,
                    new ListLine(node, ind, headers.get(col), ""), lists);
            for (int y : c.years()) {
                col = aggregate(row, col, n.phases() == null ? null : n.phases().get(y),
                        doubtful.contains("phase_" + y) ? doubt : num, wrap, word,
                        new ListLine(node, ind, headers.get(col), ""), lists);
            }
            col = ValueCells.parsed(row, col, n.quota(), num, st.get(Kind.FIGURE_TEXT, fill), null, count);
            Cells.number(row, col++, n.gap(), num);
            String shortNames = fallingShort(n, c.years(), node, headers.get(col), lists);
            Cells.text(row, col, shortNames, wrap);
        }
        Tables.headerHeight(sh);
        sh.createFreezePane(FROZEN_COLUMNS, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, last));
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh);
        for (int i = 1; i < r; i++) {
            fitter.fit(sh.getRow(i));
        }
        // 20 columns: landscape, all on one page width, the header on every page
        PrintLayout.a4(sh, true, 0, 0);
        return name;
    }

    /**
     * The "Đơn vị chưa đạt" cell: the units below the quota now, those whose own target is weaker, those
     * whose last phasing year does not reach it, each named after what it says; on "Danh sách" one line
     * per unit and way, as are the values counted although read with a warning. More than the cell
     * holds: how many of each, and where the names are.
     */
    private static String fallingShort(NodeSummary n, List<Integer> years, String node, String header,
                                       List<ListLine> lists) {
        Indicator ind = n.indicator();
        String lastYear = years.isEmpty() ? "" : " năm " + years.get(years.size() - 1);
        String[][] ways = {
            {"hiện trạng dưới chỉ tiêu giao", "Hiện trạng dưới chỉ tiêu"},
            {"chỉ tiêu của đơn vị thấp hơn chỉ tiêu giao", "Chỉ tiêu đơn vị thấp hơn"},
            {"phân kỳ" + lastYear + " chưa đạt chỉ tiêu giao", "Phân kỳ" + lastYear + " chưa đạt"}};
        List<List<Unit>> units = List.of(n.fallingShort().belowNow(), n.fallingShort().targetWeaker(),
                n.fallingShort().planShort());
        List<String> parts = new ArrayList<>(3);
        List<String> counts = new ArrayList<>(3);
        for (int i = 0; i < ways.length; i++) {
            if (units.get(i).isEmpty()) {
                continue;
            }
            for (Unit u : units.get(i)) {
                lists.add(new ListLine(node, ind, header + ": " + ways[i][0], u.name()));
            }
            parts.add(ways[i][1] + ": " + units.get(i).stream().map(Unit::name).collect(Collectors.joining("; ")));
            counts.add(ways[i][1] + ": " + units.get(i).size());
        }
        for (Doubt d : n.doubts()) {
            String what = d.measure().equals("current") ? "Hiện trạng" : d.measure().equals("target_unit")
                    ? "Chỉ tiêu của đơn vị" : "Phân kỳ " + d.measure().substring("phase_".length());
            lists.add(new ListLine(node, ind, what + ": giá trị đọc có cảnh báo, vẫn được tính", d.vietnamese()));
        }
        String text = String.join(". ", parts);
        if (PrintLayout.lines(text, SHORT_WIDTH) > SHORT_INLINE_LINES) {
            text = String.join("; ", counts) + " đơn vị, xem «" + ListsSheet.NAME + "»";
        }
        return text;
    }

    /** What a level-sheet cell says in place of a list kept on "Danh sách". */
    static String seeLists(int units) {
        return units + " đơn vị, xem «" + ListsSheet.NAME + "»";
    }

    private static void measure(Cells.Widths w, int col, Aggregate a, boolean count, String node) {
        if (a != null && a.own(node) != null) {
            w.text(col, a.own(node));
        } else if (a != null && a.method() != Aggregate.Method.LIST) {
            w.number(col, a.value(), count);
        }
    }

    /**
     * An aggregate's cell: its number, or for a list (ranks per unit) how many units and where the
     * list is; the list's entries go to {@code lists}, one line per unit, under {@code where}.
     */
    private static int aggregate(Row row, int col, Aggregate a, CellStyle num, CellStyle wrap, CellStyle word,
                                 ListLine where, List<ListLine> lists) {
        // a node's own figure (its team's rank, its own recognition) is one value, shown as written
        String own = a == null ? null : a.own(where.node());
        if (a != null && a.basis() != null && a.basis().units() > 1) {
            // which districts' figures were made of their schools' yes/no answers (a district's own row says it)
            a.basis().made().forEach(m -> lists.add(new ListLine(where.node(), where.indicator(),
                    where.what() + ": câu trả lời Có/Chưa của các trường", m.label() + ": " + m.vietnamese())));
        }
        if (a != null && a.method() == Aggregate.Method.LIST) {
            List<String> entries = a.listing() == null || a.listing().isBlank() ? List.of() : List.of(a.listing().split("; "));
            entries.forEach(e -> lists.add(new ListLine(where.node(), where.indicator(), where.what(), e)));
            Cells.text(row, col, own != null ? own : entries.isEmpty() ? "" : seeLists(entries.size()), wrap);
        } else if (own != null) {
            Cells.text(row, col, own, word);
        } else {
            Cells.number(row, col, a == null ? null : a.value(), num);
        }
        return col + 1;
    }
}
