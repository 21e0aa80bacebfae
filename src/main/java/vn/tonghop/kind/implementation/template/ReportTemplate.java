package vn.tonghop.kind.implementation.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.implementation.ImplementationReportKind;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
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
 * The report on carrying out the improvement plan a school fills (báo cáo kết quả thực hiện kế hoạch cải
 * tiến chất lượng) for the running school year, laid out as the seed's table so the kind's reader reads it
 * back: the report's number and date as input cells, then per criterion the plan as made, the plan as
 * adjusted, the work done, under way or late, not started (with reasons) and notes. When the office has the
 * school's plan of that year, its criteria are the rows and what it planned is pre-filled and locked; else
 * every criterion of the school's catalogue is listed and the plan as made is typed too. Plain Java.
 */
public final class ReportTemplate {

    public static final String SHEET = "Báo cáo thực hiện";
    static final int HEADER = 6;
    static final int PLAN_MADE = 2;
    static final int PLAN_ADJUSTED = 3;
    static final int DONE = 4;
    static final int UNDER_WAY = 5;
    static final int NOT_STARTED = 6;
    static final int NOTE = 7;
    private static final String[] HEADERS = {"TT", "Tiêu chuẩn, tiêu chí",
        "Nội dung kế hoạch cải tiến chất lượng được xây dựng đầu năm", "Nội dung kế hoạch đã được điều chỉnh",
        "Những công việc đã triển khai xong theo kế hoạch", "Những công việc đang triển khai hoặc chậm so với kế hoạch "
            + "(lý do chậm)", "Những công việc chưa triển khai (nêu rõ lý do)", "Ghi chú"};
    private static final int[] WIDTHS = {5, 32, 30, 24, 26, 26, 26, 12};
    private static final FormPrompt MADE = FormPrompt.text("Kế hoạch đầu năm", "Ghi nội dung kế hoạch cải tiến của tiêu "
            + "chí đã xây dựng đầu năm học.", 2000);
    private static final FormPrompt ADJUSTED = FormPrompt.text("Kế hoạch điều chỉnh", "Ghi nội dung đã điều chỉnh trong "
            + "năm (nếu có); để trống nếu không điều chỉnh.", 2000);
    private static final FormPrompt DONE_PROMPT = FormPrompt.text("Đã triển khai xong", "Ghi các việc đã làm xong theo "
            + "kế hoạch; «Không có» nếu chưa xong việc nào.", 2000);
    private static final FormPrompt UNDER_WAY_PROMPT = FormPrompt.text("Đang triển khai, chậm", "Ghi các việc đang làm "
            + "hoặc chậm so với kế hoạch và lý do chậm; «Không có» nếu không có.", 2000);
    private static final FormPrompt NOT_STARTED_PROMPT = FormPrompt.text("Chưa triển khai", "Ghi các việc chưa làm và "
            + "lý do; «Không có» nếu mọi việc đã làm.", 2000);
    private static final FormPrompt NOTE_PROMPT = FormPrompt.text("Ghi chú", "Ghi chú (nếu có).", 1000);
    private static final FormPrompt NUMBER = FormPrompt.text("Số báo cáo", "Ghi số hiệu báo cáo, ví dụ 45/BC-THCS.", 100);
    private static final FormPrompt DATE = FormPrompt.text("Ngày báo cáo", "Ghi ngày báo cáo, ví dụ 25/05/2027.", 40);

    private final CriteriaForm form;

    public ReportTemplate(CriteriaReference reference, TemplateSettings settings, Clock clock, OutputFiles files) {
        this.form = new CriteriaForm(reference, settings, clock, files);
    }

    /** The school year reported on: the running one (from August, the one about to start). */
    public SchoolYear year() {
        return form.year();
    }

    public CriteriaCatalogue catalogueOf(Unit unit) {
        return form.catalogueOf(unit);
    }

    public String fileName(Unit unit) {
        return FormFile.name(unit, "bao_cao_thuc_hien_" + year());
    }

    public String edition() {
        return "năm học " + year() + ", kế hoạch của trường điền sẵn khi đã có, phiên bản " + form.version();
    }

    /**
     * The unit's template in {@code dir}, pre-filled with {@code plan} when it is the school's plan of the
     * year reported on (null or another year's: not used); null when the unit has no catalogue.
     */
    public GeneratedTemplate writeInto(Unit unit, Unit sendTo, PlanOfTheYear plan, Path dir) throws IOException {
        CriteriaCatalogue catalogue = catalogueOf(unit);
        if (catalogue == null) {
            return null;
        }
        PlanOfTheYear used = plan != null && Integer.valueOf(year().first()).equals(plan.year())
                && !plan.planned().isEmpty() ? plan : null;
        Path file = dir.resolve(fileName(unit));
        write(unit, sendTo, catalogue, used, file);
        return new GeneratedTemplate(unit, ImplementationReportKind.CODE, file, "Mẫu báo cáo kết quả thực hiện kế hoạch "
                + "cải tiến chất lượng năm học " + year() + " (phiên bản " + form.version() + ")", (used == null
                ? "Các tiêu chuẩn và tiêu chí của Thông tư " + catalogue.circular() + " đã được điền sẵn và khoá lại. "
                : "Các tiêu chí và nội dung kế hoạch cải tiến chất lượng năm học " + year() + " của đơn vị (tệp «"
                        + used.fileName() + "») đã được điền sẵn và khoá lại. ")
                + "Đơn vị ghi số và ngày của báo cáo, rồi với mỗi tiêu chí nhập các ô màu vàng: nội dung kế hoạch đã "
                + "điều chỉnh (nếu có), việc đã xong, việc đang làm hoặc chậm, việc chưa làm (kèm lý do) và ghi chú. "
                + "Trang «Hướng dẫn» trong tệp giải thích cách điền.");
    }

    void write(Unit unit, Unit sendTo, CriteriaCatalogue catalogue, PlanOfTheYear plan, Path file) throws IOException {
        ZonedDateTime now = form.now();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb, ReportStyles.Look.FORM);
            FormSheet f = new FormSheet(wb, st, SHEET);
            int last = HEADERS.length - 1;
            form.titleRows(f, st, last, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", unit, catalogue);
            f.text(3, 1, "Kèm theo Báo cáo số", st.get(Kind.CAPTION));
            f.input(3, PLAN_MADE, PLAN_MADE, NUMBER, "@");
            f.text(3, PLAN_ADJUSTED, "ngày", st.get(Kind.CAPTION));
            f.input(3, DONE, DONE, DATE, "@");
            f.merged(4, 0, last, "Mẫu nhập liệu phiên bản " + form.version() + ", mã đơn vị " + unit.code() + ". Chỉ "
                    + "nhập vào các ô màu vàng; " + (plan == null ? "tên tiêu chuẩn, tiêu chí đã điền sẵn và khóa."
                    : "các tiêu chí và nội dung kế hoạch đầu năm lấy từ kế hoạch của trường đã gửi (tệp «" + plan.fileName()
                    + "»), đã khóa.") + " Xem trang «" + FormInstructions.NAME + "».", st.get(Kind.REMARK));
            CriteriaForm.headerRow(f, st, HEADER, HEADERS, 62);
            int r = HEADER + 1;
            int n = 0;
            for (CriteriaRows.Line line : lines(catalogue, plan)) {
                if (line.isStandard()) {
                    CriteriaForm.standardRow(f, st, r, last, line);
                } else {
                    criterion(f, st, r, ++n, line, plan);
                }
                r++;
            }
            f.finish(WIDTHS, true, HEADER, HEADER);
            instructions(wb, st, unit, catalogue, plan, sendTo, now);
            form.save(wb, f, unit, year().toString(), SHEET, now, "Báo cáo kết quả thực hiện kế hoạch cải tiến chất "
                    + "lượng năm học " + year() + " — " + unit.name(), file);
        }
    }

    /** The catalogue's rows; with a plan, only the standards and criteria it plans for, in the catalogue's order. */
    private static List<CriteriaRows.Line> lines(CriteriaCatalogue catalogue, PlanOfTheYear plan) {
        List<CriteriaRows.Line> all = CriteriaRows.of(catalogue);
        if (plan == null) {
            return all;
        }
        List<CriteriaRows.Line> out = new ArrayList<>();
        CriteriaRows.Line standard = null;
        for (CriteriaRows.Line l : all) {
            if (l.isStandard()) {
                standard = l;
            } else if (plan.planned().containsKey(l.criterion().code())) {
                if (standard != null) {
                    out.add(standard);
                    standard = null;
                }
                out.add(l);
            }
        }
        return out;
    }

    private static void criterion(FormSheet f, ReportStyles st, int r, int n, CriteriaRows.Line line,
                                  PlanOfTheYear plan) {
        Criterion c = line.criterion();
        f.text(r, 0, String.valueOf(n), st.get(Kind.CENTER));
        f.text(r, 1, line.criterionLabel(), st.get(Kind.WRAP));
        if (plan == null) {
            f.input(r, PLAN_MADE, PLAN_MADE, MADE, "@");
        } else {
            f.text(r, PLAN_MADE, plan.planned().get(c.code()), st.get(Kind.WRAP, Fill.QUOTA));
        }
        f.input(r, PLAN_ADJUSTED, PLAN_ADJUSTED, ADJUSTED, "@");
        f.input(r, DONE, DONE, DONE_PROMPT, "@");
        f.input(r, UNDER_WAY, UNDER_WAY, UNDER_WAY_PROMPT, "@");
        f.input(r, NOT_STARTED, NOT_STARTED, NOT_STARTED_PROMPT, "@");
        f.input(r, NOTE, NOTE, NOTE_PROMPT, "@");
        f.row(r).setHeightInPoints(60); // room to type: LibreOffice does not grow a row as the clerk types
    }

    private void instructions(XSSFWorkbook wb, ReportStyles st, Unit unit, CriteriaCatalogue catalogue,
                              PlanOfTheYear plan, Unit sendTo, ZonedDateTime now) {
        FormInstructions in = new FormInstructions(wb, st, "HƯỚNG DẪN ĐIỀN BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN");
        in.line("Đơn vị", unit.name() + " (mã " + unit.code() + ")")
                .line("Năm học", year() + ".")
                .line("Bộ tiêu chí", "Thông tư " + catalogue.circular() + ".")
                .line("Kế hoạch", plan == null ? "Cơ quan quản lý chưa có kế hoạch cải tiến năm học " + year() + " của "
                        + "đơn vị: bảng liệt kê mọi tiêu chí; ghi nội dung kế hoạch đầu năm của các tiêu chí đã lập kế hoạch."
                        : "Các tiêu chí và nội dung kế hoạch đầu năm lấy từ kế hoạch đơn vị đã gửi (tệp «" + plan.fileName()
                        + "»).")
                .line("Mẫu", "Phiên bản " + form.version() + ", lập ngày "
                        + CriteriaForm.day(now) + ". Bảng cần điền ở trang «" + SHEET + "».");
        in.heading("CÁCH ĐIỀN")
                .line("Báo cáo số, ngày", "Số hiệu và ngày của báo cáo (ô màu vàng phía trên bảng).")
                .line("Kế hoạch đã điều chỉnh", "Nội dung kế hoạch đã điều chỉnh trong năm; để trống nếu không điều chỉnh.")
                .line("Kết quả", "Mỗi việc của kế hoạch ghi vào đúng một cột: đã xong; đang làm hoặc chậm (kèm lý do); chưa "
                        + "làm (kèm lý do). Cột không có việc nào ghi «Không có»; không ghi việc chưa làm vào cột đã xong.");
        form.closing(in, "Lưu dạng Excel (.xlsx). Giải thích (nếu có) viết trong thư gửi kèm.", "GỬI BÁO CÁO VÀ LIÊN HỆ",
                sendTo);
    }
}
