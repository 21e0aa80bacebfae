package vn.tonghop.kind.phasing.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.followup.PlanFollowUp;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.ChangesSheet;
import vn.tonghop.report.DistrictOverview;
import vn.tonghop.report.DistrictSheet;
import vn.tonghop.report.InfoSheet;
import vn.tonghop.report.MissingSheet;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.TimelinessSheet;
import vn.tonghop.store.RunChanges;
import vn.tonghop.timeliness.Timeliness;

/**
 * Writes {@code summary.xlsx}, what the office sends upward, one class per sheet: "Thông tin"
 * ({@link InfoSheet}: office, run time, period, units reported of expected, a guide to the sheets),
 * one sheet per level of the tree ({@link LevelSheet}), their long lists ({@link ListsSheet}), the
 * districts' overview ({@link DistrictSheet}), the units' own current values ({@link UnitsSheet}),
 * the units that sent nothing ({@link MissingSheet}), what changed since the last run
 * ({@link ChangesSheet}) and a line chart per headline indicator ({@link ChartSheet}). The node sheets
 * are small (nodes × indicators) and the charts need {@link XSSFWorkbook}; the unit sheet grows with
 * the number of units and is streamed ({@link SXSSFWorkbook} over the same workbook).
 *
 * <p>The sheets are written in a fixed order (which also fixes the order the styles are made in,
 * so the same run gives the same bytes); "Thông tin" is made first and filled last, when the guide
 * to the other sheets is known.
 */
public final class SummaryWorkbookWriter {

    public static final String INFO_SHEET = InfoSheet.NAME;
    public static final String CHANGES_SHEET = ChangesSheet.NAME;
    public static final String UNITS_SHEET = UnitsSheet.NAME;
    public static final String MISSING_SHEET = MissingSheet.NAME;
    public static final String CHART_SHEET = ChartSheet.NAME;
    public static final String LISTS_SHEET = ListsSheet.NAME;
    public static final String DISTRICTS_SHEET = DistrictSheet.NAME;
    public static final String TIMELINESS_SHEET = TimelinessSheet.NAME;
    public static final String FOLLOW_UP_SHEET = FollowUpSheet.NAME;
    public static final String PROGRESS_SHEET = ProgressSheet.NAME;

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
        write(c, findings, changes, Timeliness.off(), target);
    }

    /**
     * With the collection round's timeliness when the office set rounds: counts on "Thông tin", columns
     * on "Theo huyện", a {@value #TIMELINESS_SHEET} sheet.
     */
    public void write(Consolidation c, List<Finding> findings, RunChanges changes, Timeliness timeliness,
                      Path target) throws IOException {
        write(c, findings, changes, timeliness, PlanFollowUp.none(), target);
    }

    /**
     * With the follow-up of the plan when units sent a table for a later year: a
     * {@value #FOLLOW_UP_SHEET} sheet per node and indicator, a {@value #PROGRESS_SHEET} sheet per unit.
     */
    public void write(Consolidation c, List<Finding> findings, RunChanges changes, Timeliness timeliness,
                      PlanFollowUp followUp, Path target) throws IOException {
        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook wb = null;
        try {
            ReportStyles st = new ReportStyles(xwb);
            Sheet info = xwb.createSheet(INFO_SHEET);
            Map<String, String> guide = new LinkedHashMap<>();
            List<ListLine> lists = new ArrayList<>();
            for (List<NodeSummary> level : LevelSheet.byDepth(c).values()) {
                String name = LevelSheet.write(xwb, st, c, level, lists);
                guide.put(name, "Mỗi dòng là một đơn vị " + LevelSheet.name(level)
                        .toLowerCase(Locale.forLanguageTag("vi")) + " và một chỉ tiêu: số đơn vị báo cáo, giá trị "
                        + "tổng hợp, phân kỳ, chỉ tiêu giao, khoảng cách và các đơn vị chưa đạt.");
            }
            ListsSheet.write(xwb, st, lists);
            guide.put(LISTS_SHEET, "Các danh sách của trang cấp, mỗi dòng một đơn vị: xếp hạng "
                    + "từng đơn vị và các đơn vị chưa đạt.");
            DistrictSheet.write(xwb, st, DistrictOverview.of(c, findings), timeliness);
            guide.put(DISTRICTS_SHEET, "Mỗi dòng một đơn vị cấp dưới trực tiếp (huyện hoặc xã): số "
                    + "đơn vị phải báo cáo, đã báo cáo, chưa nộp, số tệp không dùng được, số lỗi và cảnh báo trong "
                    + "các bảng được tổng hợp" + (timeliness.on() ? "; số đơn vị nộp đúng hạn, trễ hạn và chưa nộp "
                    + "khi đã quá hạn trong đợt " + timeliness.current().label() : "") + ".");
            if (timeliness.on()) {
                TimelinessSheet.write(xwb, st, timeliness, knownUnits(c)::get);
                guide.put(TIMELINESS_SHEET, "Từng đơn vị trong mỗi đợt nộp đã mở: nộp đúng hạn, trễ hạn (bao "
                        + "nhiêu ngày) hay chưa nộp, ngày gửi và tệp.");
            }
            if (followUp.any()) {
                FollowUpSheet.write(xwb, st, followUp);
                guide.put(FOLLOW_UP_SHEET, "Theo dõi thực hiện kế hoạch: với mỗi đơn vị (tỉnh, huyện) và chỉ tiêu, "
                        + "số trường có bảng năm sau đã so với phân kỳ của bảng năm trước: chậm, đúng, vượt kế hoạch; "
                        + "các trường (và các huyện) còn chậm.");
                ProgressSheet.write(xwb, st, followUp);
                guide.put(PROGRESS_SHEET, "Từng trường, từng chỉ tiêu: kế hoạch năm đã đặt trong bảng trước, "
                        + "hiện trạng trong bảng mới, chậm / đúng / vượt kế hoạch.");
            }
            int unitSheetIndex = xwb.getNumberOfSheets();
            guide.put(UNITS_SHEET, "Giá trị hiện trạng từng đơn vị đã nộp, theo từng chỉ tiêu.");
            MissingSheet.write(xwb, st, c.missing(), knownUnits(c)::get);
            guide.put(MISSING_SHEET, "Các đơn vị phải báo cáo nhưng chưa nộp bảng.");
            if (changes != null) {
                ChangesSheet.write(xwb, st, changes, c.missing());
                guide.put(CHANGES_SHEET, "Thay đổi so với lượt chạy trước: tệp mới và nộp lại, "
                        + "lỗi đã sửa, lỗi mới, đơn vị vẫn chưa nộp.");
            }
            ChartSheet.write(xwb, st, c);
            guide.put(CHART_SHEET, "Biểu đồ phân kỳ tổng hợp so với chỉ tiêu giao của các "
                    + "chỉ tiêu chính.");
            info(c, guide, timeliness).write(info, st);
            // the sheets above (charts included) stay as built; the big one is streamed
            wb = new SXSSFWorkbook(xwb, STREAM_WINDOW);
            UnitsSheet.write(wb, st, c);
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

    /** "Thông tin": the office, the scope, the run, the counts, the guide to the sheets, how to read them. */
    private static InfoSheet info(Consolidation c, Map<String, String> guide, Timeliness timeliness) {
        int expected = c.nodes().stream().filter(n -> n.depth() == 0).mapToInt(NodeSummary::expected).findFirst()
                .orElse(c.reports().size() + c.missing().size());
        InfoSheet info = new InfoSheet()
                .title("TỔNG HỢP BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU")
                .text("Cơ quan tổng hợp", c.officeName())
                .text("Phạm vi tổng hợp", c.root().name() + " (" + c.root().code() + ")")
                .time("Thời điểm tổng hợp", c.runAt())
                .text("Giai đoạn", InfoSheet.period(c.years()))
                .text("Các năm phân kỳ", c.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .count("Số đơn vị phải báo cáo", expected)
                .count("Số đơn vị đã báo cáo", c.reports().size())
                .count("Số đơn vị chưa nộp", c.missing().size())
                .count("Số chỉ tiêu", c.indicators().size());
        Timeliness.NodeLine round = timeliness.on() ? timeliness.node(c.root().code()) : null;
        if (round != null) {
            info.text("Đợt nộp", timeliness.current().label())
                    .count("Số đơn vị nộp đúng hạn", round.onTime())
                    .count("Số đơn vị nộp trễ hạn", round.late())
                    .count("Số đơn vị chưa nộp khi đã quá hạn", round.missing());
        }
        info.heading("Các trang tính");
        guide.forEach(info::text);
        return info.heading("Cách đọc")
                .text("Dòng tô đỏ nhạt", "Kế hoạch chưa đạt chỉ tiêu giao: có đơn vị đặt chỉ tiêu của mình, hoặc "
                        + "phân kỳ năm cuối, thấp hơn chỉ tiêu giao (hoặc phân kỳ năm cuối tổng hợp thấp hơn). Cột «Đơn vị "
                        + "chưa đạt» ghi đơn vị nào và theo cách nào.")
                .text("Dòng tô xanh nhạt", "Chưa đạt nhưng đang tiến tới: hiện trạng còn dưới chỉ tiêu giao "
                        + "(khoảng cách dương là phần còn phải phấn đấu), còn kế hoạch đạt chỉ tiêu giao.")
                .text("Ô tô vàng", "Giá trị đơn vị nhập cần kiểm tra lại (trang «" + UNITS_SHEET + "»); trên trang "
                        + "cấp, giá trị tổng hợp có tính cả giá trị đọc có cảnh báo (ví dụ «92, 70» đọc là 92,7), "
                        + "đơn vị nào ghi ở «" + LISTS_SHEET + "».")
                .text("Tỷ lệ %", "Chỉ tiêu tỷ lệ được tính bình quân gia quyền theo số học sinh, giáo viên, trẻ "
                        + "trong độ tuổi hoặc số trường khi danh mục đơn vị có các số đó, không có thì trung bình các "
                        + "đơn vị; kèm trung vị, thấp nhất, cao nhất; cột «Cách tổng hợp» ghi rõ cách đã dùng. Chỉ "
                        + "tiêu có/không, đạt/không đạt tính tỷ lệ đơn vị đạt; xếp hạng được liệt kê theo đơn vị.")
                .text("Số liệu của huyện", "Chỉ tiêu mà danh mục ghi là số liệu của huyện (các trường chỉ ghi lại, "
                        + "như tỷ lệ trường đạt chuẩn quốc gia, xếp hạng toàn đoàn của huyện) được lấy một lần cho "
                        + "mỗi huyện, theo giá trị nhiều trường ghi nhất, không lấy trung bình các trường; trường ghi "
                        + "khác được báo (COPIED_FIGURE_DIFFERS).")
                .text("Bảng tổng hợp của cấp dưới", "Bảng tổng hợp của huyện (thư mục «bang-tong-hop») mang theo số "
                        + "đơn vị và trọng số của từng số liệu, nên cấp tỉnh tổng hợp từ các bảng đó được đúng số "
                        + "liệu như tổng hợp thẳng từ bảng của các trường; bảng huyện tự lập không có các số đó thì "
                        + "được tính như một đơn vị.");
    }

    /** Every unit the consolidation knows: the root, the nodes, the units reported and missing. */
    private static Map<String, Unit> knownUnits(Consolidation c) {
        Map<String, Unit> known = new LinkedHashMap<>();
        known.put(c.root().code(), c.root());
        c.nodes().forEach(n -> known.putIfAbsent(n.node().code(), n.node()));
        c.reports().forEach(r -> known.putIfAbsent(r.unit().code(), r.unit()));
        c.missing().forEach(u -> known.putIfAbsent(u.code(), u));
        return known;
    }
}
