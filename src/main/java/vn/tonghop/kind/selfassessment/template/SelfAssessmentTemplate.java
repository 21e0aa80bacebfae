package vn.tonghop.kind.selfassessment.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.LevelRule;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentReference;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
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
import vn.tonghop.template.TemplateSettings;

/**
 * The self-assessment summary a school fills (tổng hợp kết quả tự đánh giá), laid out as the seed's grid
 * so the kind's own reader reads it back: the criteria of the school's catalogue (its circular by school
 * level, in the version in force) pre-filled and locked under their standards, one input cell per level
 * (Không đạt, Mức 1…) with a dropdown «X», each criterion's level and the school's level computed by
 * formula under the office's rule ({@code quy-tac-muc.csv}), shown under the conclusion the school states
 * (a dropdown). Plain Java; each call builds its own workbook.
 */
public final class SelfAssessmentTemplate {

    public static final String SHEET = "Tự đánh giá";
    static final String TITLE = "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ";
    /** Rows of the header: "Kết quả tự đánh giá" over the levels, then the levels. */
    static final int HEADER_TOP = 4;
    static final int FIRST_ROW = HEADER_TOP + 2;
    static final String CHECK = "Xem lại";
    private static final FormPrompt MARK = FormPrompt.pick("Đánh dấu", "Chọn X ở mỗi mức tiêu chí đạt (mức 1, mức 2… "
            + "cộng dồn: đạt Mức 2 thì đánh X cả Mức 1 và Mức 2), hoặc X ở «Không đạt» nếu chưa đạt Mức 1. Để trống "
            + "các ô khác.", List.of("X"));
    private final SelfAssessmentReference reference;
    private final String version;
    private final CriteriaForm form;

    /** {@code settings}: the office's {@code tonghop.template} (its version and contact line). */
    public SelfAssessmentTemplate(SelfAssessmentReference reference, TemplateSettings settings, Clock clock,
                                  OutputFiles files) {
        this.reference = reference;
        this.version = settings.version();
        this.form = new CriteriaForm(reference == null ? null : reference.criteria(), settings, clock, files);
    }

    /**
     * Writes the unit's template into {@code dir} under its {@link #fileName}, with the words of its letter;
     * null when the unit has no catalogue (a district, an office: not a school).
     */
    public GeneratedTemplate writeInto(Unit unit, Unit sendTo, Path dir) throws IOException {
        CriteriaCatalogue catalogue = catalogueOf(unit);
        if (catalogue == null) {
            return null;
        }
        Path file = dir.resolve(fileName(unit));
        write(unit, sendTo, file);
        return new GeneratedTemplate(unit, SelfAssessmentKind.CODE, file, "Mẫu tổng hợp kết quả tự đánh giá theo Thông tư "
                + catalogue.circular() + " (phiên bản " + version + ")", "Các tiêu chuẩn và tiêu chí của Thông tư "
                + catalogue.circular() + " đã được điền sẵn và khoá lại. Đơn vị đánh X vào các ô màu vàng ở mỗi mức "
                + "tiêu chí đạt (mức cộng dồn), hoặc ở «Không đạt», rồi chọn kết luận dưới bảng; mức của từng tiêu chí "
                + "và mức của trường tính theo các tiêu chí được tự tính để đối chiếu. Trang «Hướng dẫn» trong tệp "
                + "giải thích cách điền.");
    }

    /** What the command prints beside the kind's title. */
    public String edition() {
        return "bộ tiêu chí theo cấp học của từng trường, phiên bản " + version;
    }

    /** The catalogue a template for the unit lists, or null when its school level says none (not a school). */
    public CriteriaCatalogue catalogueOf(Unit unit) {
        return form.catalogueOf(unit);
    }

    /** {@code 87715011_Truong_THCS_Phu_My_tu_danh_gia.xlsx} */
    public String fileName(Unit unit) {
        return FormFile.name(unit, "tu_danh_gia");
    }

    /**
     * Writes the unit's template to {@code file}; {@code sendTo} is where the filled file goes (its
     * parent, may be null).
     *
     * @throws IllegalArgumentException the unit has no catalogue (message in Vietnamese)
     */
    public void write(Unit unit, Unit sendTo, Path file) throws IOException {
        CriteriaCatalogue catalogue = catalogueOf(unit);
        if (catalogue == null) {
            throw new IllegalArgumentException("Không xác định được bộ tiêu chí của «" + unit.name() + "» (tên đơn vị "
                    + "không cho biết cấp học): ghi bộ tiêu chí của đơn vị vào tu-danh-gia/don-vi.csv.");
        }
        LevelRule rule = reference.ruleFor(catalogue);
        ZonedDateTime now = form.now();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb, ReportStyles.Look.FORM);
            FormSheet sheet = new Grid(wb, st, unit, catalogue, rule).write();
            instructions(wb, st, unit, catalogue, rule, sendTo, now);
            form.save(wb, sheet, unit, "", SHEET, now, "Tổng hợp kết quả tự đánh giá — " + unit.name(), file);
        }
    }

    /** The grid: title, header, standards and criteria, conclusion. */
    private final class Grid {
        private final FormSheet f;
        private final ReportStyles st;
        private final Unit unit;
        private final CriteriaCatalogue catalogue;
        private final LevelRule rule;
        /** Columns: TT, criterion, Không đạt, Mức 1…max, the criterion's computed level. */
        private final int maxLevel;
        private final int notMetCol = 2;
        private final int levelCol;

        Grid(XSSFWorkbook wb, ReportStyles st, Unit unit, CriteriaCatalogue catalogue, LevelRule rule) {
            this.f = new FormSheet(wb, st, SHEET);
            this.st = st;
            this.unit = unit;
            this.catalogue = catalogue;
            this.rule = rule;
            this.maxLevel = Math.max(1, catalogue.maxLevel());
            this.levelCol = notMetCol + maxLevel + 1;
        }

        FormSheet write() {
            f.merged(0, 0, levelCol, TITLE, st.get(Kind.TITLE));
            f.merged(1, 0, levelCol, unit.name() + " — tiêu chí theo Thông tư " + catalogue.circular()
                    + (catalogue.version() > 2018 ? " (sửa đổi " + catalogue.version() + ")" : ""), st.get(Kind.SUBTITLE));
            f.merged(2, 0, levelCol, "Mẫu nhập liệu phiên bản " + version + ", mã đơn vị " + unit.code() + ". Đánh X vào "
                    + "các ô màu vàng (mức cộng dồn: đạt Mức 2 thì đánh X ở Mức 1 và Mức 2), rồi chọn kết luận dưới bảng; "
                    + "các ô khác được khóa. Cột cuối và dòng «Mức tính theo các tiêu chí» tự tính. Xem trang «"
                    + FormInstructions.NAME + "».", st.get(Kind.REMARK));
            f.row(0).setHeightInPoints(24);
            f.row(1).setHeightInPoints(20);
            f.row(2).setHeightInPoints(45);
            header();
            int r = FIRST_ROW;
            for (CriteriaRows.Line line : CriteriaRows.of(catalogue)) {
                if (line.isStandard()) {
                    CriteriaForm.standardRow(f, st, r, levelCol, line);
                } else {
                    criterion(r, line.criterion());
                }
                r++;
            }
            int last = r - 1;
            conclusion(r + 1, last);
            int[] widths = new int[levelCol + 1];
            widths[0] = 6;
            widths[1] = 52;
            for (int c = notMetCol; c < levelCol; c++) {
                widths[c] = 9;
            }
            widths[levelCol] = 14;
            f.finish(widths, false, HEADER_TOP, HEADER_TOP + 1);
            return f;
        }

        private void header() {
            CellStyle h = st.get(Kind.HEADER);
            int sub = HEADER_TOP + 1;
            for (int c = 0; c <= levelCol; c++) {
                f.text(HEADER_TOP, c, "", h);
                f.text(sub, c, "", h);
            }
            f.text(HEADER_TOP, 0, "TT", h);
            f.text(HEADER_TOP, 1, "Tiêu chuẩn, tiêu chí", h);
            f.text(HEADER_TOP, notMetCol, "Kết quả tự đánh giá", h);
            f.text(HEADER_TOP, levelCol, "Mức của tiêu chí (tự tính)", h);
            f.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(HEADER_TOP, sub, 0, 0));
            f.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(HEADER_TOP, sub, 1, 1));
            f.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(HEADER_TOP, HEADER_TOP, notMetCol,
                    levelCol - 1));
            f.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(HEADER_TOP, sub, levelCol, levelCol));
            f.text(sub, notMetCol, "Không đạt", h);
            for (int l = 1; l <= maxLevel; l++) {
                f.text(sub, notMetCol + l, "Mức " + l, h);
            }
            f.row(HEADER_TOP).setHeightInPoints(22);
            f.row(sub).setHeightInPoints(30);
        }

        private void criterion(int r, Criterion c) {
            f.text(r, 0, c.code(), st.get(Kind.CENTER));
            f.text(r, 1, c.title(), st.get(Kind.WRAP));
            f.input(r, notMetCol, notMetCol, MARK, "@");
            for (int l = 1; l <= maxLevel; l++) {
                if (c.levels().contains(l)) {
                    f.input(r, notMetCol + l, notMetCol + l, MARK, "@");
                } else {
                    f.text(r, notMetCol + l, "", st.get(Kind.CENTER, Fill.QUOTA)); // the circular has no such level
                }
            }
            f.formula(r, levelCol, criterionLevel(r, c), st.get(Kind.CENTER, Fill.NONE, LEVEL_FORMAT));
        }

        /**
         * The criterion's level as the reader reads cumulative marks: blank when nothing is marked, 0 for
         * Không đạt alone, else the highest level reached from Mức 1 without a gap; «Xem lại» when the marks
         * contradict each other (Không đạt with a level, a level without the one below).
         */
        private String criterionLevel(int r, Criterion c) {
            String notMet = ref(r, notMetCol);
            String levels = ref(r, notMetCol + 1) + ":" + ref(r, notMetCol + maxLevel);
            return "IF(AND(" + notMet + "=\"\",COUNTA(" + levels + ")=0),\"\",IF(" + notMet + "<>\"\",IF(COUNTA(" + levels
                    + ")=0,0,\"" + CHECK + "\")," + reached(r, 1) + "))";
        }

        /** Reached at least {@code level - 1}: is {@code level} marked, and nothing above it without it? */
        private String reached(int r, int level) {
            String cell = ref(r, notMetCol + level);
            String above = level < maxLevel ? "COUNTA(" + ref(r, notMetCol + level + 1) + ":" + ref(r, notMetCol + maxLevel)
                    + ")=0" : "TRUE";
            String none = level == 1 ? "\"" + CHECK + "\"" : "IF(" + above + "," + (level - 1) + ",\"" + CHECK + "\")";
            String next = level < maxLevel ? reached(r, level + 1) : String.valueOf(level);
            return "IF(" + cell + "=\"\"," + none + "," + next + ")";
        }

        /**
         * The conclusion the school states (a dropdown, read as the seed's «Kết luận: Trường đạt Mức 1»), and
         * under it the level the criteria give under the office's rule, computed as the reader computes it.
         * Nothing but the dropdown lies under the level columns, so neither row reads as a criterion.
         */
        private void conclusion(int r, int lastCriterionRow) {
            f.merged(r, 0, 1, "Kết luận:", st.get(Kind.BOLD));
            List<String> choices = new ArrayList<>();
            for (int l = 1; l <= maxLevel; l++) {
                choices.add("Trường đạt Mức " + l);
            }
            choices.add("Trường chưa đạt Mức 1");
            f.input(r, notMetCol, levelCol, FormPrompt.pick("Kết luận", "Chọn mức trường đạt theo kết quả tự đánh giá.",
                    choices), "@");
            f.row(r).setHeightInPoints(22);
            int c = r + 1;
            f.merged(c, 0, levelCol - 1, "Mức của trường tính theo các tiêu chí đã đánh dấu (quy tắc của cơ quan quản lý; "
                    + "tự tính, để đối chiếu với kết luận):", st.get(Kind.REMARK));
            String range = ref(FIRST_ROW, levelCol, true) + ":" + ref(lastCriterionRow, levelCol, true);
            f.formula(c, levelCol, schoolLevel(range), st.get(Kind.CENTER, Fill.QUOTA, SCHOOL_FORMAT));
            f.row(c).setHeightInPoints(32);
        }

        /**
         * {@link LevelRule#compute} as a formula: per step, the criteria at its level or above
         * ({@code COUNTIF}, so a blank or «Xem lại» reaches none) against the number it needs; the
         * branches follow the rule's, each knowing the level reached so far.
         */
        private String schoolLevel(String range) {
            if (rule == null) {
                return "\"—\"";
            }
            List<LevelRule.Step> steps = rule.steps().stream().sorted(Comparator.comparingInt(LevelRule.Step::level))
                    .toList();
            return "IF(COUNT(" + range + ")=0,\"\"," + step(steps, 0, 0, range) + ")";
        }

        private String step(List<LevelRule.Step> steps, int i, int reached, String range) {
            if (i == steps.size()) {
                return String.valueOf(reached);
            }
            LevelRule.Step s = steps.get(i);
            if (s.requiresLevelBelow() && reached < s.level() - 1) {
                return String.valueOf(reached);
            }
            int needed = s.minCriteria() == null ? catalogue.size() : s.minCriteria();
            String met = "COUNTIF(" + range + ",\">=" + s.level() + "\")>=" + needed;
            String yes = step(steps, i + 1, Math.max(reached, s.level()), range);
            String no = s.requiresLevelBelow() ? String.valueOf(reached) : step(steps, i + 1, reached, range);
            return "IF(" + met + "," + yes + "," + no + ")";
        }
    }

    /** A criterion's level: «Mức 2», 0 as «Không đạt»; «Xem lại» as it is. */
    static final String LEVEL_FORMAT = "\"Mức \"0;-0;\"Không đạt\";@";
    /** The school's level: «Mức 2», 0 as «Chưa đạt Mức 1». */
    static final String SCHOOL_FORMAT = "\"Mức \"0;-0;\"Chưa đạt Mức 1\";@";

    private static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    private static String ref(int r, int c, boolean absolute) {
        return new CellReference(r, c, absolute, absolute).formatAsString(false);
    }

    private void instructions(XSSFWorkbook wb, ReportStyles st, Unit unit, CriteriaCatalogue catalogue, LevelRule rule,
                              Unit sendTo, ZonedDateTime now) {
        FormInstructions in = new FormInstructions(wb, st, "HƯỚNG DẪN ĐIỀN BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ");
        in.line("Đơn vị", unit.name() + " (mã " + unit.code() + ")")
                .line("Bộ tiêu chí", "Thông tư " + catalogue.circular() + ", " + catalogue.size() + " tiêu chí (bộ «"
                        + catalogue.id() + "» của cơ quan quản lý).")
                .line("Mẫu", "Phiên bản " + version + ", lập ngày " + CriteriaForm.day(now)
                        + ". Bảng cần điền ở trang «" + SHEET + "».");
        in.heading("CÁCH ĐIỀN")
                .line("Tiêu chuẩn, tiêu chí", "Đã điền sẵn theo thông tư; không sửa, không thêm hay xóa dòng.")
                .line("Các mức", "Mức cộng dồn: tiêu chí đạt Mức 2 thì đánh X ở cả Mức 1 và Mức 2; chưa đạt Mức 1 thì "
                        + "đánh X ở «Không đạt». Chọn X trong danh sách thả xuống của ô, để trống các ô khác.")
                .line("Mức của tiêu chí", "Cột cuối tự tính từ các dấu X; «" + CHECK + "» khi dấu X mâu thuẫn (một mức "
                        + "đánh dấu mà mức dưới để trống, hoặc «Không đạt» cùng với một mức).")
                .line("Kết luận", "Chọn trong danh sách thả xuống dưới bảng: «Trường đạt Mức …» hoặc «Trường chưa đạt Mức 1».")
                .line("Mức tính theo các tiêu chí", "Dòng dưới kết luận tự tính mức của trường từ mức các tiêu chí, theo quy "
                        + "tắc cơ quan quản lý dùng khi kiểm tra" + (rule != null && rule.confirmed() ? "" : " (quy tắc này "
                        + "chưa được đối chiếu đủ với thông tư)") + ". Kết luận khác mức này sẽ được báo lại để kiểm tra.");
        if (!catalogue.separateLevels().isEmpty()) {
            in.line("Mức 4", "Đánh giá riêng theo bộ tiêu chí Mức 4 của thông tư, không ghi vào bảng này.");
        }
        form.closing(in, "Lưu dạng Excel (.xlsx). Giải thích (nếu có) viết trong thư gửi kèm, không viết vào bảng.",
                "GỬI BẢNG VÀ LIÊN HỆ", sendTo);
    }
}
