package vn.tonghop.kind.phasing.report;

import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Basis;
import vn.tonghop.kind.phasing.consolidation.BasisText;
import vn.tonghop.kind.phasing.consolidation.Doubt;
import vn.tonghop.kind.phasing.reading.NodeTableSheet;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.domain.AnnexRows;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.value.ParsedValue;

/**
 * Writes one node's consolidated phasing table in the same shape as a school's (title, sections
 * I–III, the two-row merged header with the period's years, group rows, STT), so the level above can
 * read district tables with the same reader and consolidate them with the same job.
 *
 * <p>Columns: "Hiện trạng" = the aggregate current value; "TW, Tỉnh" = the quota the level above the
 * node set (its parent's quota in the run, when the run has it); "Huyện" = the quota the node set;
 * "Trường" = the aggregate of the units' own targets; each year = the aggregate phasing. Section III
 * has no "TW, Tỉnh" column. A yes/no indicator shows the share of units in %; a rank indicator is not
 * averaged: its cells stay empty and carry the per-unit listing as a cell comment.
 */
public final class PhasingTableWriter {

    static final String SHEET = "Bảng phân kỳ";
    static final String TITLE = "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final OutputFiles files;
    private final QuotaBook quotas;

    /** Written with the default output permissions. */
    public PhasingTableWriter() {
        this(OutputFiles.DEFAULT);
    }

    public PhasingTableWriter(OutputFiles files) {
        this(files, null);
    }

    /**
     * With the official quotas, so a node whose parent is not in the run (a district's own run) still
     * writes in "TW, Tỉnh" what its parent set.
     */
    public PhasingTableWriter(OutputFiles files, QuotaBook quotas) {
        this.files = files;
        this.quotas = quotas;
    }

    public void write(Consolidation c, Unit node, Path target) throws IOException {
        Map<String, NodeSummary> own = summariesOf(c, node.code());
        if (own.isEmpty()) {
            throw new IllegalArgumentException("Đơn vị " + node.code() + " («" + node.name()
                    + "») không phải là đơn vị tổng hợp trong lần tổng hợp này.");
        }
        Map<String, NodeSummary> above = node.isRoot() ? Map.of() : summariesOf(c, node.parentCode());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Table(wb, c, node, own, above, quotas).write();
            nodeSheet(c, node, own).writeTo(wb);
            files.write(target, wb::write);
        }
    }

    /**
     * What the level above needs to add this table up exactly and list the same units as from the
     * schools' files: whose it is, each aggregate's basis, the values of the units it compares with a
     * quota, the values counted although read with a warning, and the units named (missing ones too).
     */
    private static NodeTableSheet nodeSheet(Consolidation c, Unit node, Map<String, NodeSummary> own) {
        List<NodeTableSheet.Entry> basis = new ArrayList<>();
        Map<String, BasisText.NamedUnit> named = new LinkedHashMap<>();
        for (NodeSummary n : own.values()) {
            Map<String, Basis> parts = new LinkedHashMap<>();
            put(parts, "current", n.current());
            put(parts, "target_unit", n.target());
            if (n.phases() != null) {
                n.phases().forEach((y, a) -> put(parts, "phase_" + y, a));
            }
            List<BasisText.DoubtfulValue> doubts = new ArrayList<>();
            for (Doubt d : n.doubts()) {
                doubts.add(new BasisText.DoubtfulValue(d.measure(), d.unit().code(), d.value().raw()));
                named.putIfAbsent(d.unit().code(), new BasisText.NamedUnit(d.unit().code(), d.unit().name(), false));
            }
            // the lines are made when read (a consolidation does not hold them): once here, for this indicator
            List<BasisText.UnitValues> upward = n.upward() == null ? null : List.copyOf(n.upward());
            if (upward != null) {
                upward.forEach(u -> named.putIfAbsent(u.code(), new BasisText.NamedUnit(u.code(), u.name(), false)));
            }
            basis.add(new NodeTableSheet.Entry(n.indicator().code(), BasisText.encode(n.expected(), n.reported(),
                    n.countsOf() == null ? null : n.countsOf().code(), parts, upward, doubts), null));
        }
        for (Unit m : c.missingUnder(node)) {
            named.put(m.code(), new BasisText.NamedUnit(m.code(), m.name(), true));
        }
        return new NodeTableSheet(node.code(), node.name(), node.level(), basis,
                new NodeTableSheet.Entry("", BasisText.encodeUnits(List.copyOf(named.values())), null));
    }

    private static void put(Map<String, Basis> parts, String measure, Aggregate a) {
        if (a != null && a.basis() != null) {
            parts.put(measure, a.basis());
        }
    }

    private static Map<String, NodeSummary> summariesOf(Consolidation c, String code) {
        Map<String, NodeSummary> out = new LinkedHashMap<>();
        for (NodeSummary n : c.nodes()) {
            if (n.node().code().equals(code)) {
                out.putIfAbsent(n.indicator().code(), n);
            }
        }
        return out;
    }

    /** One table being written. */
    private static final class Table {
        private final Consolidation c;
        private final Unit node;
        private final Map<String, NodeSummary> own;
        private final Map<String, NodeSummary> above;
        private final ReportStyles st;
        private final Sheet sh;
        /** The rows whose name wraps, made tall enough once the column widths are set. */
        private final List<Row> wrapped = new ArrayList<>();
        private final CreationHelper factory;
        private final List<Integer> years;
        private final int lastCol;
        private Drawing<?> drawing;
        private int r;

        private final QuotaBook quotas;

        Table(XSSFWorkbook wb, Consolidation c, Unit node, Map<String, NodeSummary> own,
              Map<String, NodeSummary> above, QuotaBook quotas) {
            this.c = c;
            this.quotas = quotas;
            this.node = node;
            this.own = own;
            this.above = above;
            this.st = new ReportStyles(wb);
            this.sh = wb.createSheet(SHEET);
            this.factory = wb.getCreationHelper();
            this.years = c.years();
            this.lastCol = firstYearCol(Section.CENTRAL) + Math.max(1, years.size()) - 1;
        }

        void write() {
            title();
            for (Section s : Section.values()) {
                List<Indicator> indicators = c.indicators().stream()
                        .filter(i -> i.section() == s && own.containsKey(i.code())).toList();
                if (!indicators.isEmpty()) {
                    section(s, indicators);
                    r++;
                }
            }
            note();
            layout();
        }

        private void title() {
            merged(r++, TITLE, st.get(Kind.TITLE));
            merged(r++, "(Tổng hợp của " + node.name() + ")", st.get(Kind.SUBTITLE));
            StringBuilder line = new StringBuilder("Số liệu tổng hợp từ ").append(reportedUnder()).append('/')
                    .append(expected()).append(" đơn vị trực thuộc đã nộp bảng");
            if (c.runAt() != null) {
                line.append("; lập lúc ").append(c.runAt().format(WHEN));
            }
            merged(r++, line.append('.').toString(), st.get(Kind.SUBTITLE));
            r++;
        }

        private void merged(int row, String text, CellStyle style) {
            Cells.text(sh.createRow(row), 0, text, style);
            sh.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }

        private void section(Section s, List<Indicator> indicators) {
            Cells.text(sh.createRow(r++), 0, heading(s), st.get(Kind.BOLD));
            header(s);
            for (AnnexRows.Row row : AnnexRows.of(indicators)) {
                if (row.isGroup()) {
                    groupRow(s, row.stt(), row.group());
                } else {
                    indicatorRow(s, row.stt(), row.indicator());
                }
            }
        }

        private String heading(Section s) {
            return switch (s) {
                case CENTRAL -> "I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG";
                case PROVINCE -> "II. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TỈNH";
                case LOCAL -> "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA " + localWord();
            };
        }

        /** Whose own indicators section III holds: the district's or commune's, else "địa phương". */
        private String localWord() {
            String level = Cells.levelWord(node.level());
            return switch (level) {
                case "huyện", "xã", "phường" -> level.toUpperCase(Locale.forLanguageTag("vi"));
                default -> "ĐỊA PHƯƠNG";
            };
        }

        private static int firstYearCol(Section s) {
            return s == Section.LOCAL ? 6 : 7;
        }

        private void header(Section s) {
            CellStyle h = st.get(Kind.HEADER);
            Row top = sh.createRow(r);
            Row sub = sh.createRow(r + 1);
            top.setHeightInPoints(30);
            int yearCol = firstYearCol(s);
            int last = yearCol + Math.max(1, years.size()) - 1;
            for (int col = 0; col <= last; col++) {
                Cells.blank(top, col, h);
                Cells.blank(sub, col, h);
            }
            String[] fixed = {"STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng"};
            for (int col = 0; col < fixed.length; col++) {
                Cells.text(top, col, fixed[col], h);
                sh.addMergedRegion(new CellRangeAddress(r, r + 1, col, col));
            }
            List<String> levels = s == Section.LOCAL ? List.of("Huyện", "Trường") : List.of("TW, Tỉnh", "Huyện", "Trường");
            Cells.text(top, 4, years.isEmpty() ? "Chỉ tiêu" : "Chỉ tiêu " + years.get(years.size() - 1), h);
            sh.addMergedRegion(new CellRangeAddress(r, r, 4, 4 + levels.size() - 1));
            for (int i = 0; i < levels.size(); i++) {
                Cells.text(sub, 4 + i, levels.get(i), h);
            }
            Cells.text(top, yearCol, "Phân kỳ thực hiện", h);
            if (years.size() > 1) {
                sh.addMergedRegion(new CellRangeAddress(r, r, yearCol, last));
            }
            for (int i = 0; i < years.size(); i++) {
                Cells.text(sub, yearCol + i, String.valueOf(years.get(i)), h);
            }
            r += 2;
        }

        private void groupRow(Section s, String stt, String name) {
            Row row = sh.createRow(r++);
            wrapped.add(row);
            Cells.text(row, 0, stt, st.get(Kind.CENTER, Fill.GROUP));
            Cells.text(row, 1, name, st.get(Kind.GROUP, Fill.GROUP));
            int last = firstYearCol(s) + Math.max(1, years.size()) - 1;
            for (int col = 2; col <= last; col++) {
                Cells.blank(row, col, st.get(Kind.TEXT, Fill.GROUP));
            }
        }

        private void indicatorRow(Section s, String stt, Indicator ind) {
            NodeSummary n = own.get(ind.code());
            boolean count = Aggregate.isCount(ind, n.current().method());
            CellStyle num = st.get(count ? Kind.INTEGER : Kind.DECIMAL);
            CellStyle text = st.get(Kind.CENTER);
            Row row = sh.createRow(r++);
            wrapped.add(row);
            Cells.text(row, 0, stt, st.get(Kind.CENTER));
            Cells.text(row, 1, ind.name(), st.get(Kind.WRAP));
            Cells.text(row, 2, IndicatorLabels.unitLabel(n), st.get(Kind.CENTER));
            int col = 3;
            aggregate(row, col++, n.current(), num);
            if (s != Section.LOCAL) {
                NodeSummary up = above.get(ind.code());
                ParsedValue upQuota = up != null ? up.quota()
                        : quotas == null || node.isRoot() ? null : quotas.quota(ind.code(), node.parentCode());
                parsed(row, col++, upQuota, num, text);
            }
            parsed(row, col++, n.quota(), num, text);
            aggregate(row, col++, n.target(), num);
            for (int y : years) {
                aggregate(row, col++, n.phases() == null ? null : n.phases().get(y), num);
            }
        }

        private void aggregate(Row row, int col, Aggregate a, CellStyle num) {
            String own = a == null ? null : a.own(node.name());
            if (own != null) {
                // the node's own figure (its team's rank, its own recognition «Đạt»), not its units' list or share
                Cells.text(row, col, own, st.get(Kind.CENTER));
                return;
            }
            if (a != null && a.method() == Aggregate.Method.LIST) {
                Cell cell = Cells.blank(row, col, num);
                if (a.listing() != null && !a.listing().isBlank()) {
                    comment(cell, a.listing());
                }
                return;
            }
            BigDecimal v = a == null ? null : a.value();
            Cells.number(row, col, v, num);
        }

        private void parsed(Row row, int col, ParsedValue v, CellStyle num, CellStyle text) {
            if (v == null || v.isEmpty()) {
                Cells.blank(row, col, num);
            } else if (Cells.plainNumber(v)) {
                Cells.number(row, col, v.number(), num);
            } else {
                Cells.text(row, col, v.vietnamese(), text);
            }
        }

        private void comment(Cell cell, String text) {
            if (drawing == null) {
                drawing = sh.createDrawingPatriarch();
            }
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 6);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 6);
            Comment comment = drawing.createCellComment(anchor);
            String s = text.length() > Cells.MAX_TEXT ? text.substring(0, Cells.MAX_TEXT - 1) + "…" : text;
            comment.setString(factory.createRichTextString("Theo đơn vị: " + s));
            comment.setAuthor("Tổng hợp");
            cell.setCellComment(comment);
        }

        private void note() {
            r++;
            Row row = sh.createRow(r);
            Cells.text(row, 0, "Ghi chú: «Hiện trạng», cột «Trường» và phân kỳ là giá trị tổng hợp từ các đơn vị "
                    + "trực thuộc đã nộp bảng (tỷ lệ %: bình quân gia quyền khi danh mục đơn vị có số học sinh, giáo "
                    + "viên…, không có thì trung bình các đơn vị; số đơn vị: tổng; chỉ tiêu có/không, đạt/không đạt: "
                    + "tỷ lệ % đơn vị đạt, ghi Đạt/Có khi là kết quả của chính đơn vị; xếp hạng: liệt kê theo đơn vị "
                    + "trong chú thích của ô; số liệu của huyện mà các trường ghi lại: lấy một lần, các trường chỉ "
                    + "trả lời Có/Chưa thì lấy tỷ lệ trường trả lời Có). Cột «Huyện» là chỉ tiêu " + node.name()
                    + " giao; cột «TW, "
                    + "Tỉnh» là chỉ tiêu cấp trên giao. Số đơn vị và trọng số của từng số liệu được lưu kèm trong tệp "
                    + "để cấp trên tổng hợp đúng; trung vị không tổng hợp tiếp được.",
                    st.get(Kind.WRAP));
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
            row.setHeightInPoints(48);
        }

        private void layout() {
            Cells.annexLayout(sh, lastCol);
            // once the widths are known: LibreOffice prints a long name over the row below otherwise
            wrapped.forEach(PrintLayout::fitHeight);
        }

        /** Units under the node that sent a table (through a table of a node between, too). */
        private int reportedUnder() {
            return own.values().stream().mapToInt(NodeSummary::reported).max().orElse(0);
        }

        private int expected() {
            return own.values().stream().mapToInt(NodeSummary::expected).max().orElse(0);
        }
    }
}
