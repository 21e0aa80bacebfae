package vn.tonghop.kind.phasing.template;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.Aggregation;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * What a clerk types into an indicator row's input cells, and the data validation that helps: a
 * percentage 0–100 (typed with a decimal comma or point, a comparator or "Chưa đánh giá" allowed), a
 * whole count, a rank {@code k/n}, or a word picked from a list.
 *
 * <p>The number checks are formulas rather than Excel's decimal rule because a decimal rule refuses
 * {@code 99,5} typed on a computer set to a decimal point (Excel keeps it as text), and that is how
 * many clerks write; each form is tried both ways and accepted when one reading fits. The formulas
 * use only functions every Excel since 2007 and LibreOffice know, and stay under Excel's 255
 * characters.
 */
enum InputKind {

    PERCENT("0.00", "Tỷ lệ (%)", "Gõ số từ 0 đến 100, ví dụ 99,5 (dấu phẩy hay dấu chấm thập phân đều được, "
            + "không gõ dấu %). Có thể ghi ngưỡng như «< 0,20», «> 99», hoặc «Chưa đánh giá»."),
    NUMBER("General", "Số", "Gõ số không âm, ví dụ 1 hoặc 2,5 (dấu phẩy hay dấu chấm thập phân đều được). "
            + "Có thể ghi «Chưa đánh giá»."),
    COUNT("0", "Số đơn vị (số nguyên)", "Gõ số nguyên không âm, ví dụ 0, 1, 12."),
    LEVEL("0", "Mức (1–4)", "Gõ mức đạt được: số nguyên từ 1 đến 4 (0 nếu chưa đạt mức 1)."),
    RANK("@", "Xếp hạng", "Ghi thứ hạng/tổng số đơn vị, ví dụ 5/20."),
    YES_NO("@", "Có/Không", "Chọn trong danh sách: Có, Không, Chưa hoặc Chưa đánh giá."),
    MET("@", "Đạt/Không đạt", "Chọn trong danh sách: Đạt, Không đạt hoặc Chưa đánh giá."),
    /** A unit's own recognition in its own table (a district's «Đạt PCGDTH mức độ 3»): its word, not a share. */
    OWN_MET("@", "Đạt/Chưa đạt", "Số liệu của chính đơn vị: chọn Đạt hoặc Chưa đạt (không ghi tỷ lệ %)."),
    /** A unit's own yes/no in its own table: its word, not a share. */
    OWN_YES_NO("@", "Có/Chưa", "Số liệu của chính đơn vị: chọn Có hoặc Chưa (không ghi tỷ lệ %)."),
    /** The number of the unit's plan that the table goes with, in the caption. */
    PLAN_NUMBER("@", "Số kế hoạch", "Ghi số hiệu Kế hoạch của đơn vị mà bảng này kèm theo, ví dụ 125/KH-THPL."),
    /** The plan's date, in the caption: a date, or text such as 15/09/2023 where Excel does not take it as one. */
    PLAN_DATE("dd/mm/yyyy", "Ngày kế hoạch", "Ghi ngày ban hành Kế hoạch, ví dụ 15/09/2023.");

    /** Excel refuses validation formulas longer than this. */
    static final int MAX_FORMULA = 255;

    /**
     * A number typed either way, or a text that reads as one with a comma or a point, is turned into
     * text and read both ways ({@code SUBSTITUTE} on a number works on its text); the smaller reading
     * must lie in 0–100. A comparator or "Chưa …" is let through for the reader to judge.
     */
    private static final String PERCENT_RULE = "OR(LEFT(%1$s,4)=\"Chưa\",ISNUMBER(FIND(LEFT(TRIM(%1$s)),\"<>≤≥\")),"
            + "ABS(MIN(IFERROR(--SUBSTITUTE(%1$s,\",\",\".\"),999),IFERROR(--SUBSTITUTE(%1$s,\".\",\",\"),999))-50)<=50)";
    private static final String NUMBER_RULE = "OR(LEFT(%1$s,4)=\"Chưa\",ISNUMBER(FIND(LEFT(TRIM(%1$s)),\"<>≤≥\")),"
            + "MAX(IFERROR(--SUBSTITUTE(%1$s,\",\",\".\"),-1),IFERROR(--SUBSTITUTE(%1$s,\".\",\",\"),-1))>=0)";
    private static final String RANK_RULE = "ISNUMBER(FIND(\"/\",%1$s))";
    /** A date Excel recognised (a number), or one typed as text with slashes on a computer set otherwise. */
    private static final String DATE_RULE = "OR(ISNUMBER(%1$s),ISNUMBER(FIND(\"/\",%1$s)))";

    private final String format;
    private final String title;
    private final String hint;

    InputKind(String format, String title, String hint) {
        this.format = format;
        this.title = title;
        this.hint = hint;
    }

    /**
     * The input of an indicator in a unit's table. A school reports what the indicator is; a unit
     * filling its own consolidated table reports what consolidation makes of it, as
     * {@code PhasingTableWriter} writes it: a yes/no or met/not-met indicator becomes the share of
     * units in %, a mean of levels a plain number; but a yes/no or met/not-met figure measured at the
     * unit itself ({@code ownFigure}: a district's universal education, measured at the district) is its
     * word, as its consolidated table shows it («Đạt»), picked from Đạt/Chưa đạt or Có/Chưa.
     */
    static InputKind of(Indicator indicator, boolean ownTable, boolean ownFigure) {
        if (ownTable && ownFigure && indicator.kind() == IndicatorKind.MET) {
            return OWN_MET;
        }
        if (ownTable && ownFigure && indicator.kind() == IndicatorKind.YES_NO) {
            return OWN_YES_NO;
        }
        if (ownTable) {
            if (indicator.aggregate() == Aggregation.SHARE) {
                return PERCENT;
            }
            if (indicator.kind() == IndicatorKind.LEVEL) {
                return NUMBER;
            }
        }
        return switch (indicator.kind()) {
            case PERCENT -> PERCENT;
            case COUNT -> COUNT;
            case RANK -> RANK;
            case YES_NO -> YES_NO;
            case MET -> MET;
            case LEVEL -> LEVEL;
            case NUMBER -> "%".equals(indicator.unit().strip()) ? PERCENT : NUMBER;
        };
    }

    /** The cells' number format ({@code @} = text, so {@code 5/20} is not turned into a date). */
    String format() {
        return format;
    }

    /** The cell a clerk fills with this kind of value: unlocked, shaded, with the kind's number format. */
    CellStyle input(ReportStyles st) {
        return st.get(Kind.INPUT, Fill.INPUT, format());
    }

    /** A pre-filled quota cell showing a number the way this kind's inputs do; text as it is when it is no number. */
    CellStyle quota(ReportStyles st) {
        return st.get(Kind.CENTER, Fill.QUOTA, format().equals("@") ? "General" : format());
    }

    String title() {
        return title;
    }

    String hint() {
        return hint;
    }

    /** The validation of a rectangle of input cells of this kind. */
    DataValidation validation(DataValidationHelper helper, CellRangeAddress range) {
        String topLeft = range.formatAsString().split(":")[0];
        DataValidationConstraint constraint = switch (this) {
            case PERCENT, NUMBER, RANK, PLAN_DATE -> helper.createCustomConstraint(formula(topLeft));
            case PLAN_NUMBER -> helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "100", null);
            case COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case LEVEL -> helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "4");
            case YES_NO -> helper.createExplicitListConstraint(new String[] {"Có", "Không", "Chưa", "Chưa đánh giá"});
            case MET -> helper.createExplicitListConstraint(new String[] {"Đạt", "Không đạt", "Chưa đánh giá"});
            case OWN_MET -> helper.createExplicitListConstraint(new String[] {"Đạt", "Chưa đạt"});
            case OWN_YES_NO -> helper.createExplicitListConstraint(new String[] {"Có", "Chưa"});
        };
        DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(range.getFirstRow(),
                range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
        dv.setEmptyCellAllowed(true);
        dv.setShowPromptBox(true);
        dv.createPromptBox(title, hint);
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Giá trị chưa đúng", hint);
        // The lists' in-cell arrow shows by default. Not setSuppressDropDownArrow(false): POI 5.5.1 writes it
        // as showDropDown="1", which OOXML reads as *hide* the arrow (Excel and LibreOffice both hide it).
        return dv;
    }

    /** The custom validation formula for a cell (TRUE: accepted), or null for kinds checked otherwise. */
    String formula(String cell) {
        String rule = switch (this) {
            case PERCENT -> PERCENT_RULE;
            case NUMBER -> NUMBER_RULE;
            case RANK -> RANK_RULE;
            case PLAN_DATE -> DATE_RULE;
            default -> null;
        };
        if (rule == null) {
            return null;
        }
        String f = String.format(rule, cell);
        if (f.length() > MAX_FORMULA) {
            throw new IllegalStateException("validation formula longer than Excel accepts: " + f.length());
        }
        return f;
    }
}
