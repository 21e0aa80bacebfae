package vn.tonghop.kind.plan.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.plan.PlanKind;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.template.CriteriaForm;
import vn.tonghop.template.CriteriaRows;
import vn.tonghop.template.FormFile;
import vn.tonghop.template.FormInstructions;
import vn.tonghop.template.FormPrompt;
import vn.tonghop.template.FormSheet;
import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.SchoolYear;
import vn.tonghop.template.TemplateSettings;

/**
 * The quality improvement plan a school fills (kế hoạch cải tiến chất lượng) for the school year about to
 * run, laid out as the seeds' table so the kind's reader reads it back: the title with the school year, the
 * plan's number and date as two input cells, then the criteria of the school's catalogue under their
 * standards, pre-filled and locked, each with input cells and prompts for the level to reach (a dropdown),
 * the tasks, who leads and who takes part, the timing, the budget, other conditions and notes. Plain Java.
 */
public final class PlanTemplate {

    public static final String SHEET = "Kế hoạch cải tiến";
    static final int HEADER = 6;
    /** Columns: TT, criterion, level, tasks, lead, timing, budget, support, notes. */
    static final int LEVEL = 2;
    static final int TASK = 3;
    static final int LEAD = 4;
    static final int TIMING = 5;
    static final int BUDGET = 6;
    static final int SUPPORT = 7;
    static final int NOTES = 8;
    private static final String[] HEADERS = {"TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt",
        "Công việc/giải pháp cần thực hiện", "Người chủ trì, phối hợp", "Thời gian thực hiện, hoàn thành",
        "Dự kiến kinh phí", "Điều kiện, hỗ trợ khác", "Ghi chú"};
    private static final int[] WIDTHS = {5, 38, 12, 42, 22, 15, 15, 18, 12};
    private static final FormPrompt TASKS = FormPrompt.text("Công việc, giải pháp", "Ghi các việc sẽ làm để đạt kết "
            + "quả cần đạt, mỗi việc một dòng (Alt+Enter để xuống dòng trong ô).", 2000);
    private static final FormPrompt LEADS = FormPrompt.text("Chủ trì, phối hợp", "Ghi người (bộ phận) chủ trì trước, "
            + "rồi người phối hợp, ví dụ «Hiệu trưởng; phối hợp: tổ chuyên môn».", 500);
    private static final FormPrompt TIMES = FormPrompt.text("Thời gian", "Ghi thời gian thực hiện và hoàn thành, ví dụ "
            + "«9/2026 – 5/2027» hoặc «Năm học 2026-2027».", 200);
    private static final FormPrompt MONEY = FormPrompt.text("Dự kiến kinh phí", "Ghi số tiền (ví dụ «50 triệu đồng», "
            + "«250.000.000đ»), «Không», hoặc nguồn không kèm số tiền («Nguồn kinh phí ngành», «Xã hội hóa»).", 200);
    private static final FormPrompt SUPPORTS = FormPrompt.text("Điều kiện, hỗ trợ", "Ghi điều kiện, hỗ trợ khác cần có "
            + "(nhân lực, cơ sở vật chất…), ví dụ «Xin thêm biên chế 02 giáo viên».", 1000);
    private static final FormPrompt REMARKS = FormPrompt.text("Ghi chú", "Ghi chú (nếu có).", 1000);
    private static final FormPrompt NUMBER = FormPrompt.text("Số kế hoạch", "Ghi số hiệu Kế hoạch cải tiến chất lượng "
            + "của trường, ví dụ 125/KH-THCS.", 100);
    private static final FormPrompt DATE = FormPrompt.text("Ngày kế hoạch", "Ghi ngày ban hành Kế hoạch, ví dụ "
            + "15/09/2026.", 40);

    private final CriteriaForm form;

    public PlanTemplate(CriteriaReference reference, TemplateSettings settings, Clock clock, OutputFiles files) {
        this.form = new CriteriaForm(reference, settings, clock, files);
    }

    /** The school year the templates are for: the one about to start, or running (from August). */
    public SchoolYear year() {
        return form.year();
    }

    public CriteriaCatalogue catalogueOf(Unit unit) {
        return form.catalogueOf(unit);
    }

    /** {@code 87715011_Truong_THCS_Phu_My_ke_hoach_cai_tien_2026-2027.xlsx} */
    public String fileName(Unit unit) {
        return FormFile.name(unit, "ke_hoach_cai_tien_" + year());
    }

    public String edition() {
        return "năm học " + year() + ", phiên bản " + form.version();
    }

    /** The unit's template in {@code dir}; null when the unit has no catalogue (not a school). */
    public GeneratedTemplate writeInto(Unit unit, Unit sendTo, Path dir) throws IOException {
        CriteriaCatalogue catalogue = catalogueOf(unit);
        if (catalogue == null) {
            return null;
        }
        Path file = dir.resolve(fileName(unit));
        write(unit, sendTo, catalogue, file);
        return new GeneratedTemplate(unit, PlanKind.CODE, file, "Mẫu kế hoạch cải tiến chất lượng năm học " + year()
                + " (phiên bản " + form.version() + ")", "Năm học, các tiêu chuẩn và tiêu chí của Thông tư "
                + catalogue.circular() + " đã được điền sẵn và khoá lại. Đơn vị ghi số và ngày của kế hoạch, rồi với "
                + "mỗi tiêu chí nhập các ô màu vàng: kết quả cần đạt (chọn trong danh sách), công việc/giải pháp, người "
                + "chủ trì và phối hợp, thời gian, dự kiến kinh phí, điều kiện hỗ trợ và ghi chú. Trang «Hướng dẫn» "
                + "trong tệp giải thích cách điền.");
    }

    void write(Unit unit, Unit sendTo, CriteriaCatalogue catalogue, Path file) throws IOException {
        ZonedDateTime now = form.now();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb, ReportStyles.Look.FORM);
            FormSheet f = new FormSheet(wb, st, SHEET);
            int last = HEADERS.length - 1;
            form.titleRows(f, st, last, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", unit, catalogue);
            f.text(3, 1, "Kế hoạch số", st.get(Kind.CAPTION));
            f.input(3, LEVEL, TASK - 1, NUMBER, "@");
            f.text(3, TASK, "ngày", st.get(Kind.CAPTION));
            f.input(3, LEAD, LEAD, DATE, "@");
            f.merged(4, 0, last, "Mẫu nhập liệu phiên bản " + form.version() + ", mã đơn vị " + unit.code() + ". Chỉ "
                    + "nhập vào các ô màu vàng; tên tiêu chuẩn, tiêu chí đã điền sẵn và khóa. Mỗi tiêu chí một dòng: "
                    + "nhiều việc thì ghi nhiều dòng trong cùng ô. Xem trang «" + FormInstructions.NAME + "».",
                    st.get(Kind.REMARK));
            CriteriaForm.headerRow(f, st, HEADER, HEADERS, 45);
            int r = HEADER + 1;
            int n = 0;
            for (CriteriaRows.Line line : CriteriaRows.of(catalogue)) {
                if (line.isStandard()) {
                    CriteriaForm.standardRow(f, st, r, last, line);
                } else {
                    criterion(f, st, r, ++n, line);
                }
                r++;
            }
            f.finish(WIDTHS, true, HEADER, HEADER);
            instructions(wb, st, unit, catalogue, sendTo, now);
            form.save(wb, f, unit, year().toString(), SHEET, now, "Kế hoạch cải tiến chất lượng năm học " + year() + " — "
                    + unit.name(), file);
        }
    }

    private static void criterion(FormSheet f, ReportStyles st, int r, int n, CriteriaRows.Line line) {
        Criterion c = line.criterion();
        f.text(r, 0, String.valueOf(n), st.get(Kind.CENTER));
        f.text(r, 1, line.criterionLabel(), st.get(Kind.WRAP));
        List<String> levels = new ArrayList<>();
        c.levels().stream().sorted().forEach(l -> levels.add("Đạt Mức " + l));
        f.input(r, LEVEL, LEVEL, FormPrompt.pick("Kết quả cần đạt", "Chọn mức tiêu chí cần đạt sau khi thực hiện kế "
                + "hoạch.", levels), "@");
        f.input(r, TASK, TASK, TASKS, "@");
        f.input(r, LEAD, LEAD, LEADS, "@");
        f.input(r, TIMING, TIMING, TIMES, "@");
        f.input(r, BUDGET, BUDGET, MONEY, "@");
        f.input(r, SUPPORT, SUPPORT, SUPPORTS, "@");
        f.input(r, NOTES, NOTES, REMARKS, "@");
        // room for a few lines of tasks: LibreOffice does not grow a row as the clerk types
        f.row(r).setHeightInPoints(60);
    }

    private void instructions(XSSFWorkbook wb, ReportStyles st, Unit unit, CriteriaCatalogue catalogue, Unit sendTo,
                              ZonedDateTime now) {
        FormInstructions in = new FormInstructions(wb, st, "HƯỚNG DẪN ĐIỀN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
        in.line("Đơn vị", unit.name() + " (mã " + unit.code() + ")")
                .line("Năm học", year() + ".")
                .line("Bộ tiêu chí", "Thông tư " + catalogue.circular() + ", " + catalogue.size() + " tiêu chí.")
                .line("Mẫu", "Phiên bản " + form.version() + ", lập ngày "
                        + CriteriaForm.day(now) + ". Bảng cần điền ở trang «" + SHEET + "».");
        in.heading("CÁC CỘT CỦA BẢNG")
                .line("Kế hoạch số, ngày", "Số hiệu và ngày ban hành kế hoạch của trường (ô màu vàng phía trên bảng).")
                .line("Tiêu chuẩn, tiêu chí", "Đã điền sẵn theo thông tư; không sửa, không thêm hay xóa dòng.")
                .line("Kết quả cần đạt", "Chọn trong danh sách thả xuống: mức tiêu chí cần đạt sau khi thực hiện kế hoạch, "
                        + "không thấp hơn mức tự đánh giá hiện nay của tiêu chí.")
                .line("Công việc/giải pháp", "Các việc sẽ làm, mỗi việc một dòng trong ô (Alt+Enter để xuống dòng).")
                .line("Người chủ trì, phối hợp", "Người (bộ phận) chủ trì, rồi người phối hợp: «Hiệu trưởng; phối hợp: "
                        + "tổ chuyên môn».")
                .line("Thời gian", "Thời gian thực hiện và hoàn thành: «9/2026 – 5/2027», «Năm học " + year() + "».")
                .line("Dự kiến kinh phí", "Số tiền («50 triệu đồng», «250.000.000đ»), «Không», hoặc nguồn không kèm số "
                        + "tiền («Nguồn kinh phí ngành», «Xã hội hóa»).")
                .line("Điều kiện, hỗ trợ khác", "Nhân lực, cơ sở vật chất… cần có; ghi số người bằng chữ số: «Xin thêm "
                        + "biên chế 02 giáo viên».");
        form.closing(in, "Lưu dạng Excel (.xlsx). Giải thích (nếu có) viết trong thư gửi kèm.", "GỬI KẾ HOẠCH VÀ LIÊN HỆ",
                sendTo);
    }
}
