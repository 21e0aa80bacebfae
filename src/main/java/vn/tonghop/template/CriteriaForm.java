package vn.tonghop.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.TemplateStamp;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * What the templates of the kinds read against the criteria catalogues (self-assessment, plan, implementation
 * report) have in common around each one's own columns: the catalogue and the school year a template is for,
 * told by the same clock; the title rows, the header row and a standard's row of the grid; the notes and the
 * contact closing the instructions; the stamp the reader trusts, and the file written whole. So the three
 * forms look alike to the clerk and read back alike.
 */
public final class CriteriaForm {

    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final CriteriaReference reference;
    private final TemplateSettings settings;
    private final Clock clock;
    private final OutputFiles files;

    /** {@code reference}: the office's catalogues (null: none, so no unit gets a template). */
    public CriteriaForm(CriteriaReference reference, TemplateSettings settings, Clock clock, OutputFiles files) {
        this.reference = reference;
        this.settings = settings;
        this.clock = clock;
        this.files = files;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** The school year the templates are for: the one about to start, or running (from August). */
    public SchoolYear year() {
        return SchoolYear.of(now().toLocalDate());
    }

    /** The catalogue a template for the unit lists, or null when its school level says none (not a school). */
    public CriteriaCatalogue catalogueOf(Unit unit) {
        return reference == null ? null : reference.catalogueFor(unit, now().toLocalDate());
    }

    /** The office's {@code tonghop.template.version}. */
    public String version() {
        return settings.version();
    }

    /**
     * The title, the school year and the school with its circular, merged across the grid on the first three
     * rows, and the heights of those and of the two rows below (the document's number and date, the remark).
     */
    public void titleRows(FormSheet f, ReportStyles st, int last, String title, Unit unit, CriteriaCatalogue catalogue) {
        f.merged(0, 0, last, title, st.get(Kind.TITLE));
        f.merged(1, 0, last, "Năm học " + year(), st.get(Kind.SUBTITLE));
        f.merged(2, 0, last, unit.name() + " — tiêu chí theo Thông tư " + catalogue.circular(), st.get(Kind.SUBTITLE));
        f.row(0).setHeightInPoints(24);
        f.row(1).setHeightInPoints(20);
        f.row(2).setHeightInPoints(20);
        f.row(3).setHeightInPoints(22);
        f.row(4).setHeightInPoints(32);
    }

    /** The grid's header row. */
    public static void headerRow(FormSheet f, ReportStyles st, int row, String[] headers, float height) {
        CellStyle h = st.get(Kind.HEADER);
        for (int c = 0; c < headers.length; c++) {
            f.text(row, c, headers[c], h);
        }
        f.row(row).setHeightInPoints(height);
    }

    /** A standard's row: its label merged from the second column to {@code last}, shaded as a group. */
    public static void standardRow(FormSheet f, ReportStyles st, int r, int last, CriteriaRows.Line line) {
        f.text(r, 0, "", st.get(Kind.TEXT, Fill.GROUP));
        f.merged(r, 1, last, line.standardLabel(), st.get(Kind.GROUP, Fill.GROUP));
        f.row(r).setHeightInPoints(20);
    }

    /**
     * The instructions' last sections: what not to do with the protected sheets, how to save ({@code saving}),
     * where to send the filled file ({@code sendTo}, may be null) and whom to ask.
     */
    public void closing(FormInstructions in, String saving, String sendHeading, Unit sendTo) {
        in.heading("LƯU Ý")
                .line("Bảo vệ trang tính", "Các trang được bảo vệ, không đặt mật khẩu. Không gỡ bảo vệ để sửa ô đã khóa, "
                        + "không chèn hay xóa dòng, cột, không đổi tên trang.")
                .line("Lưu tệp", saving);
        in.heading(sendHeading);
        if (sendTo != null) {
            in.line("Gửi về", sendTo.name() + (sendTo.email() == null ? "" : " (" + sendTo.email() + ")"));
        }
        if (!settings.contact().isEmpty()) {
            in.line("Liên hệ", settings.contact());
        }
        in.finish();
    }

    /** The date a template was made, as its instructions say it. */
    public static String day(ZonedDateTime now) {
        return now.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Stamps the workbook with the sheet's input cells and locked content, and writes it ({@link FormFile#write}). */
    public void save(XSSFWorkbook wb, FormSheet f, Unit unit, String period, String sheet, ZonedDateTime now,
                     String title, Path file) throws IOException {
        TemplateStamp stamp = new TemplateStamp(TemplateStamp.FORMAT, settings.version(), unit.code(), unit.name(),
                period, "", sheet, now.format(STAMP_TIME), f.inputs(), f.lockedContent());
        FormFile.write(wb, stamp, title, files, file);
    }
}
