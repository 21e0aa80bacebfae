package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.TemplateSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.AnnexRows;
import vn.tonghop.report.Cells;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * The table sheet of a template, in the seed's Annex II shape (title, sections I–III, the two-row
 * merged header with the period's years, group rows, hierarchical STT) so that it reads exactly like
 * a hand-made table. Labels and quotas are locked; the current value, the unit's own target and the
 * phasing years are input cells, shaded and validated by the indicator's kind. Every text is written
 * as text ({@code setCellValue(String)}), never as a formula.
 */
final class TableSheet {

    static final String NAME = "Bảng phân kỳ";
    static final String TITLE = "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ";
    private static final int NAME_CHARS_PER_LINE = 52;

    private final UnitTable table;
    private final List<Indicator> indicators;
    private final QuotaBook quotas;
    private final TemplateSettings settings;
    private final ReportStyles st;
    private final XSSFSheet sh;
    private final DataValidationHelper validations;
    private final List<Integer> years;
    private final int lastCol;
    /** Input rectangles by (first column, last column, kind), extended down while rows follow on. */
    private final Map<String, CellRangeAddress> open = new LinkedHashMap<>();
    private final List<Input> inputs = new ArrayList<>();
    private int r;

    TableSheet(XSSFWorkbook wb, ReportStyles st, UnitTable table, List<Indicator> indicators, QuotaBook quotas,
               TemplateSettings settings) {
        this.table = table;
        this.indicators = indicators;
        this.quotas = quotas;
        this.settings = settings;
        this.st = st;
        this.sh = wb.createSheet(NAME);
        this.validations = new XSSFDataValidationHelper(sh);
        this.years = settings.years();
        this.lastCol = firstYearCol(Section.CENTRAL) + years.size() - 1;
    }

    /** Writes the sheet, validates and protects it; returns the input rectangles. */
    List<CellRangeAddress> write() {
        title();
        for (Section s : Section.values()) {
            List<Indicator> list = indicators.stream().filter(i -> i.section() == s).toList();
            if (!list.isEmpty()) {
                section(s, list);
                r++;
            }
        }
        note();
        layout();
        for (Input in : inputs) {
            sh.addValidationData(in.kind().validation(validations, in.range()));
        }
        protect();
        return inputs.stream().map(Input::range).toList();
    }

    /** A rectangle of input cells of one kind (its last row grows while rows of the kind follow). */
    private record Input(CellRangeAddress range, InputKind kind) {
    }

    private void title() {
        merged(r++, "Phụ lục II", st.get(Kind.SUBTITLE));
        merged(r++, TITLE, st.get(Kind.TITLE));
        String whose = table.ownTable() ? "(Tổng hợp của " : "(Kèm theo Kế hoạch của ";
        merged(r++, whose + table.unit().name() + ", giai đoạn " + settings.firstYear() + "–" + settings.lastYear()
                + ")", st.get(Kind.SUBTITLE));
        merged(r, "Mẫu nhập liệu phiên bản " + settings.version() + ", mã đơn vị " + table.unit().code()
                + ". Chỉ nhập vào các ô màu vàng; ô màu xám là chỉ tiêu được giao, đã điền sẵn. Các ô khác được khóa. "
                + "Cách ghi giá trị: xem trang «" + InstructionsSheet.NAME + "».", st.get(Kind.REMARK));
        sh.getRow(r++).setHeightInPoints(30);
        plan();
        r++;
    }

    /**
     * The number and date of the unit's plan that the table goes with, as the Annex's caption cites it
     * ("Kèm theo Kế hoạch số … ngày …"): two input cells in the row above the first section, unlocked,
     * shaded and with a prompt like the table's, so the clerk fills them instead of typing over the caption.
     */
    private void plan() {
        Row row = sh.createRow(r);
        text(row, 1, "Kế hoạch số", st.get(Kind.CAPTION));
        planInput(row, 2, 3, InputKind.PLAN_NUMBER);
        text(row, 4, "ngày", st.get(Kind.CAPTION));
        planInput(row, 5, 6, InputKind.PLAN_DATE);
        row.setHeightInPoints(20);
    }

    private void planInput(Row row, int first, int last, InputKind kind) {
        for (int col = first; col <= last; col++) {
            row.createCell(col).setCellStyle(kind.input(st));
        }
        CellRangeAddress range = new CellRangeAddress(r, r, first, last);
        sh.addMergedRegion(range);
        inputs.add(new Input(range, kind));
    }

    private void merged(int row, String text, CellStyle style) {
        Row x = sh.createRow(row);
        x.createCell(0).setCellValue(text);
        x.getCell(0).setCellStyle(style);
        sh.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
    }

    private void section(Section s, List<Indicator> list) {
        Row h = sh.createRow(r++);
        h.createCell(0).setCellValue(heading(s));
        h.getCell(0).setCellStyle(st.get(Kind.BOLD));
        header(s);
        for (AnnexRows.Row row : AnnexRows.of(list)) {
            if (row.isGroup()) {
                groupRow(s, row.stt(), row.group());
            } else {
                indicatorRow(s, row.stt(), row.indicator());
            }
        }
        closeInputs();
    }

    private String heading(Section s) {
        return switch (s) {
            case CENTRAL -> "I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG";
            case PROVINCE -> "II. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TỈNH";
            case LOCAL -> "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA " + table.localPlace();
        };
    }

    /** Section III has no "TW, Tỉnh" column, so its years start one column earlier. */
    private static int firstYearCol(Section s) {
        return s == Section.LOCAL ? 6 : 7;
    }

    private void header(Section s) {
        Row top = sh.createRow(r);
        Row sub = sh.createRow(r + 1);
        top.setHeightInPoints(30);
        int yearCol = firstYearCol(s);
        int last = yearCol + years.size() - 1;
        for (int col = 0; col <= last; col++) {
            top.createCell(col).setCellStyle(st.get(Kind.HEADER));
            sub.createCell(col).setCellStyle(st.get(Kind.HEADER));
        }
        String[] fixed = {"STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng " + settings.currentLabel()};
        for (int col = 0; col < fixed.length; col++) {
            top.getCell(col).setCellValue(fixed[col]);
            sh.addMergedRegion(new CellRangeAddress(r, r + 1, col, col));
        }
        List<String> levels = s == Section.LOCAL ? List.of("Huyện", "Trường") : List.of("TW, Tỉnh", "Huyện", "Trường");
        top.getCell(4).setCellValue("Chỉ tiêu " + settings.lastYear());
        sh.addMergedRegion(new CellRangeAddress(r, r, 4, 4 + levels.size() - 1));
        for (int i = 0; i < levels.size(); i++) {
            sub.getCell(4 + i).setCellValue(levels.get(i));
        }
        top.getCell(yearCol).setCellValue("Phân kỳ thực hiện");
        if (years.size() > 1) {
            sh.addMergedRegion(new CellRangeAddress(r, r, yearCol, last));
        }
        for (int i = 0; i < years.size(); i++) {
            sub.getCell(yearCol + i).setCellValue(String.valueOf(years.get(i)));
        }
        r += 2;
    }

    private void groupRow(Section s, String stt, String name) {
        Row row = sh.createRow(r++);
        text(row, 0, stt, st.get(Kind.CENTER));
        text(row, 1, name, st.get(Kind.GROUP, Fill.GROUP));
        for (int col = 2; col <= firstYearCol(s) + years.size() - 1; col++) {
            row.createCell(col).setCellStyle(st.get(Kind.TEXT, Fill.GROUP));
        }
        height(row, name);
    }

    private void indicatorRow(Section s, String stt, Indicator ind) {
        InputKind kind = InputKind.of(ind, table.ownTable(), table.ownsFigure(ind));
        Row row = sh.createRow(r);
        text(row, 0, stt, st.get(Kind.CENTER));
        text(row, 1, ind.name(), st.get(Kind.WRAP));
        text(row, 2, kind == InputKind.PERCENT && table.ownTable() ? "%" : ind.unit(), st.get(Kind.CENTER));
        input(row, 3, 3, kind);
        int col = 4;
        if (s != Section.LOCAL) {
            quota(row, col++, ind, table.aboveSetter() == null ? null : table.aboveSetter().code());
        }
        quota(row, col++, ind, table.districtSetter() == null ? null : table.districtSetter().code());
        input(row, col, col + years.size(), kind);
        height(row, ind.name());
        r++;
    }

    private void input(Row row, int first, int last, InputKind kind) {
        for (int col = first; col <= last; col++) {
            row.createCell(col).setCellStyle(kind.input(st));
        }
        String key = first + ":" + last + ":" + kind;
        CellRangeAddress run = open.get(key);
        if (run != null && run.getLastRow() == r - 1) {
            run.setLastRow(r);
        } else {
            CellRangeAddress fresh = new CellRangeAddress(r, r, first, last);
            open.put(key, fresh);
            inputs.add(new Input(fresh, kind));
        }
    }

    /** A group row or a new section ends every rectangle; the next rows start new ones. */
    private void closeInputs() {
        open.clear();
    }

    /**
     * The quota {@code setBy} handed down, as the office wrote it: a plain number as a number cell
     * (shown like the inputs), anything else ({@code >99,00}, {@code < 0,20}, {@code Đạt}, {@code X},
     * {@code 07/20}) as the office's own text. Locked either way, empty when none was set.
     */
    private void quota(Row row, int col, Indicator ind, String setBy) {
        ParsedValue v = setBy == null ? null : quotas.quota(ind.code(), setBy);
        if (v == null || v.isEmpty()) {
            row.createCell(col).setCellStyle(InputKind.RANK.quota(st));
        } else if (v.number() != null && v.comparator() == null && (v.kind() == ValueKind.PERCENT
                || v.kind() == ValueKind.NUMBER || v.kind() == ValueKind.COUNT)) {
            row.createCell(col).setCellValue(v.number().doubleValue());
            InputKind shownAs = v.kind() == ValueKind.PERCENT ? InputKind.PERCENT
                    : v.kind() == ValueKind.COUNT ? InputKind.COUNT : InputKind.NUMBER;
            row.getCell(col).setCellStyle(shownAs.quota(st));
        } else {
            text(row, col, v.raw().strip(), InputKind.RANK.quota(st));
        }
    }

    private void note() {
        Row row = sh.createRow(r);
        String whose = table.ownTable()
                ? "«Hiện trạng», cột «Trường» và phân kỳ là giá trị tổng hợp từ các đơn vị trực thuộc (tỷ lệ %: "
                        + "trung bình; số đơn vị: tổng; chỉ tiêu có/không, đạt/không đạt: tỷ lệ % đơn vị đạt"
                        + (ownWords() ? "; chỉ tiêu là số liệu của chính đơn vị, như phổ cập, xóa mù chữ: chọn Đạt/Chưa "
                                + "đạt" : "") + "). "
                : "«Trường» là chỉ tiêu cuối kỳ đơn vị tự đặt, ít nhất bằng chỉ tiêu được giao; phân kỳ năm "
                        + settings.lastYear() + " bằng chỉ tiêu của đơn vị. ";
        text(row, 0, "Ghi chú: " + whose + "Cột «Huyện» và «TW, Tỉnh» là chỉ tiêu được giao, đã điền sẵn và khóa.",
                st.get(Kind.REMARK));
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        row.setHeightInPoints(45);
    }

    /** Whether some row asks the unit's own word (its recognition), not a share of its units. */
    private boolean ownWords() {
        return indicators.stream().map(i -> InputKind.of(i, table.ownTable(), table.ownsFigure(i)))
                .anyMatch(k -> k == InputKind.OWN_MET || k == InputKind.OWN_YES_NO);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        row.createCell(col).setCellValue(value == null ? "" : value);
        row.getCell(col).setCellStyle(style);
    }

    /** Excel does not grow a row for wrapped text on opening; LibreOffice does. Set it for both. */
    private static void height(Row row, String name) {
        int lines = Math.max(1, (name.length() + NAME_CHARS_PER_LINE - 1) / NAME_CHARS_PER_LINE);
        row.setHeightInPoints(Math.max(18, lines * 15f + 3));
    }

    private void layout() {
        Cells.annexLayout(sh, lastCol);
    }

    /**
     * Protected without a password: opening and reading never asks for one, and a clerk who must
     * still change a locked cell can, but the reader then finds the change (LOCKED_CELL_CHANGED).
     * Selecting cells and resizing rows and columns stay allowed.
     */
    private void protect() {
        sh.lockSelectLockedCells(false);
        sh.lockSelectUnlockedCells(false);
        sh.lockFormatColumns(false);
        sh.lockFormatRows(false);
        sh.enableLocking();
    }
}
