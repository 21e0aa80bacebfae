package vn.tonghop.kind.phasing.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Finding;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.followup.PlanFollowUp;
import vn.tonghop.kind.phasing.outliers.OutlierSheet;
import vn.tonghop.kind.phasing.outliers.Outliers;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.ChangesSheet;
import vn.tonghop.report.DistrictSheet;
import vn.tonghop.report.InfoSheet;
import vn.tonghop.report.KindOutputs;
import vn.tonghop.report.MissingSheet;
import vn.tonghop.report.OutputScope;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.SummaryBook;
import vn.tonghop.report.SummaryWorkbookWriter;
import vn.tonghop.report.TimelinessSheet;
import vn.tonghop.store.RunChanges;
import vn.tonghop.timeliness.Timeliness;

/**
 * The phasing table's sheets in {@code summary.xlsx}, one class per sheet: one sheet per level of the
 * tree ({@link LevelSheet}), their long lists ({@link ListsSheet}), the follow-up of the plan when units
 * sent a table for a later year ({@link FollowUpSheet}, {@link ProgressSheet}), the units' own current
 * values ({@link UnitsSheet}, streamed: it grows with the number of units) and a line chart per headline
 * indicator ({@link ChartSheet}, which needs XSSF); its lines on «Thông tin» (period, years, indicators)
 * and under «Cách đọc» (colours, how rates and district figures are aggregated).
 */
public final class PhasingSummary {

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
    public static final String OUTLIER_SHEET = OutlierSheet.NAME;

    private final OutputFiles files;

    /** Written with the default output permissions. */
    public PhasingSummary() {
        this(OutputFiles.DEFAULT);
    }

    public PhasingSummary(OutputFiles files) {
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

    public void write(Consolidation c, List<Finding> findings, RunChanges changes, Timeliness timeliness,
                      Path target) throws IOException {
        write(c, findings, changes, timeliness, PlanFollowUp.none(), target);
    }

    /**
     * The whole {@code summary.xlsx} of an office collecting the phasing table only, from one
     * consolidation: what the run writes through {@link vn.tonghop.report.SummaryWorkbookWriter}.
     */
    public void write(Consolidation c, List<Finding> findings, RunChanges changes, Timeliness timeliness,
                      PlanFollowUp followUp, Path target) throws IOException {
        KindOutputs phasing = new KindOutputs() {
            @Override
            public String code() {
                return PhasingKind.CODE;
            }

            @Override
            public String title() {
                return PhasingKind.TITLE;
            }

            @Override
            public void summarySheets(SummaryBook book, OutputScope scope) {
                add(book, c, followUp);
            }
        };
        new SummaryWorkbookWriter(files).write(new OutputScope(c.officeName(), c.root(), c.runAt(), findings, true),
                List.of(new SummaryWorkbookWriter.KindPart(phasing, c.coverage())), changes, timeliness, target);
    }

    /** Adds the phasing table's sheets and lines to the summary being made. */
    public static void add(SummaryBook book, Consolidation c, PlanFollowUp followUp) {
        add(book, c, followUp, List.of());
    }

    /** With a {@value #OUTLIER_SHEET} sheet when some values are far from their peers or jumped. */
    public static void add(SummaryBook book, Consolidation c, PlanFollowUp followUp, List<Outliers.Outlier> outliers) {
        XSSFWorkbook xwb = book.xssf();
        ReportStyles st = book.styles();
        List<ListLine> lists = new ArrayList<>();
        for (List<NodeSummary> level : LevelSheet.byDepth(c).values()) {
            String name = LevelSheet.write(xwb, st, c, level, lists);
            book.guide(name, "Mỗi dòng là một đơn vị " + LevelSheet.name(level)
                    .toLowerCase(Locale.forLanguageTag("vi")) + " và một chỉ tiêu: số đơn vị báo cáo, giá trị "
                    + "tổng hợp, phân kỳ, chỉ tiêu giao, khoảng cách và các đơn vị chưa đạt.");
        }
        ListsSheet.write(xwb, st, lists);
        book.guide(LISTS_SHEET, "Các danh sách của trang cấp, mỗi dòng một đơn vị: xếp hạng "
                + "từng đơn vị và các đơn vị chưa đạt.");
        if (followUp.any()) {
            FollowUpSheet.write(xwb, st, followUp);
            book.guide(FOLLOW_UP_SHEET, "Theo dõi thực hiện kế hoạch: với mỗi đơn vị (tỉnh, huyện) và chỉ tiêu, "
                    + "số trường có bảng năm sau đã so với phân kỳ của bảng năm trước: chậm, đúng, vượt kế hoạch; "
                    + "các trường (và các huyện) còn chậm.");
            ProgressSheet.write(xwb, st, followUp);
            book.guide(PROGRESS_SHEET, "Từng trường, từng chỉ tiêu: kế hoạch năm đã đặt trong bảng trước, "
                    + "hiện trạng trong bảng mới, chậm / đúng / vượt kế hoạch.");
        }
        if (!outliers.isEmpty()) {
            OutlierSheet.write(xwb, st, outliers);
            book.guide(OUTLIER_SHEET, "Giá trị khác xa các đơn vị cùng cấp (trung vị và độ lệch tuyệt đối trung vị) "
                    + "hoặc thay đổi lớn so với phiên bản trước của đơn vị: chỉ để lưu ý, kiểm tra lại, không phải lỗi.");
        }
        book.streamed(UNITS_SHEET, (wb, styles) -> UnitsSheet.write(wb, styles, c));
        book.guide(UNITS_SHEET, "Giá trị hiện trạng từng đơn vị đã nộp, theo từng chỉ tiêu.");
        ChartSheet.write(xwb, st, c);
        book.guide(CHART_SHEET, "Biểu đồ phân kỳ tổng hợp so với chỉ tiêu giao của các chỉ tiêu chính.");
        book.about()
                .text("Giai đoạn", InfoSheet.period(c.years()))
                .text("Các năm phân kỳ", c.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .count("Số chỉ tiêu", c.indicators().size());
        howToRead(book);
    }

    private static void howToRead(SummaryBook book) {
        book.howToRead("Dòng tô đỏ nhạt", "Kế hoạch chưa đạt chỉ tiêu giao: có đơn vị đặt chỉ tiêu của mình, hoặc "
                + "phân kỳ năm cuối, thấp hơn chỉ tiêu giao (hoặc phân kỳ năm cuối tổng hợp thấp hơn). Cột «Đơn vị "
                + "chưa đạt» ghi đơn vị nào và theo cách nào.");
        book.howToRead("Dòng tô xanh nhạt", "Chưa đạt nhưng đang tiến tới: hiện trạng còn dưới chỉ tiêu giao "
                + "(khoảng cách dương là phần còn phải phấn đấu), còn kế hoạch đạt chỉ tiêu giao.");
        book.howToRead("Ô tô vàng", "Giá trị đơn vị nhập cần kiểm tra lại (trang «" + UNITS_SHEET + "»); trên trang "
                + "cấp, giá trị tổng hợp có tính cả giá trị đọc có cảnh báo (ví dụ «92, 70» đọc là 92,7), "
                + "đơn vị nào ghi ở «" + LISTS_SHEET + "».");
        book.howToRead("Tỷ lệ %", "Chỉ tiêu tỷ lệ được tính bình quân gia quyền theo số học sinh, giáo viên, trẻ "
                + "trong độ tuổi hoặc số trường khi danh mục đơn vị có các số đó, không có thì trung bình các "
                + "đơn vị; kèm trung vị, thấp nhất, cao nhất; cột «Cách tổng hợp» ghi rõ cách đã dùng. Chỉ "
                + "tiêu có/không, đạt/không đạt tính tỷ lệ đơn vị đạt; xếp hạng được liệt kê theo đơn vị.");
        book.howToRead("Số liệu của huyện", "Chỉ tiêu mà danh mục ghi là số liệu của huyện (các trường chỉ ghi lại, "
                + "như tỷ lệ trường đạt chuẩn quốc gia, xếp hạng toàn đoàn của huyện) được lấy một lần cho "
                + "mỗi huyện, theo giá trị nhiều trường ghi nhất, không lấy trung bình các trường; trường ghi "
                + "khác được báo (COPIED_FIGURE_DIFFERS). Khi không trường nào ghi lại tỷ lệ mà các trường trả lời "
                + "Có/Chưa (Đạt/Chưa đạt), số liệu của huyện là tỷ lệ trường trả lời Có, kèm số trường; có trường "
                + "ghi tỷ lệ thì lấy tỷ lệ đó, không tính các câu trả lời. Kết quả của chính huyện (đạt phổ cập…) "
                + "ghi bằng chữ (Đạt, Không đạt), cấp tỉnh tính tỷ lệ huyện đạt. Với các chỉ tiêu này, số đơn vị phải báo cáo, "
                + "đã báo cáo và có giá trị hợp lệ là số huyện.");
        book.howToRead("Bảng tổng hợp của cấp dưới", "Bảng tổng hợp của huyện (thư mục «bang-tong-hop») mang theo số "
                + "đơn vị và trọng số của từng số liệu, nên cấp tỉnh tổng hợp từ các bảng đó được đúng số "
                + "liệu như tổng hợp thẳng từ bảng của các trường; bảng huyện tự lập không có các số đó thì "
                + "được tính như một đơn vị.");
    }
}
