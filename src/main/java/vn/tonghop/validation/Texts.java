package vn.tonghop.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.domain.Measure;
import vn.tonghop.text.VietnameseNumbers;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/** Vietnamese wording shared by the rules' messages. */
public final class Texts {

    private Texts() {
    }

    /** A value as the clerk typed it, in «», or "(để trống)". */
    public static String shown(ParsedValue v) {
        if (v == null || v.kind() == ValueKind.EMPTY) {
            return "(để trống)";
        }
        String raw = VietnameseText.clean(v.raw());
        return "«" + (raw.isEmpty() ? v.vietnamese() : raw) + "»";
    }

    /** The column a measure comes from, as the template labels it. */
    public static String column(Measure m) {
        return switch (m.kind()) {
            case CURRENT -> "hiện trạng";
            case TARGET_CENTRAL -> "chỉ tiêu TW giao";
            case TARGET_PROVINCE -> "chỉ tiêu Tỉnh giao";
            case TARGET_DISTRICT -> "chỉ tiêu Huyện giao";
            case TARGET_UNIT -> "chỉ tiêu của đơn vị";
            case PHASE -> "phân kỳ năm " + m.year();
            case LEVEL -> "mức đạt";
            case MARK -> m.year() == 0 ? "Không đạt" : "Mức " + m.year();
            case STATED_RESULT -> "kết quả";
            case STATED_CONCLUSION -> "kết luận";
            case REPORT_ROW -> "tiêu chuẩn, tiêu chí";
            case PLAN_MADE -> "kế hoạch xây dựng đầu năm";
            case PLAN_ADJUSTED -> "kế hoạch đã điều chỉnh";
            case DONE -> "công việc đã triển khai xong";
            case UNDER_WAY -> "công việc đang triển khai hoặc chậm";
            case NOT_STARTED -> "công việc chưa triển khai";
            case REPORT_NOTE -> "ghi chú";
            case REPORT_YEAR -> "năm học của báo cáo";
            case REPORT_NUMBER -> "số báo cáo";
            case REPORT_DATE -> "ngày báo cáo";
            case BASIS -> "cơ sở tổng hợp";
            case PLAN_NUMBER -> "số kế hoạch";
            case PLAN_DATE -> "ngày kế hoạch";
            case PLAN_CRITERION -> "tiêu chuẩn, tiêu chí";
            case PLAN_LEVEL -> "kết quả cần đạt";
            case PLAN_TASK -> "công việc, giải pháp";
            case PLAN_LEAD -> "chủ trì và phối hợp";
            case PLAN_TIMING -> "thời gian thực hiện";
            case PLAN_BUDGET -> "dự kiến kinh phí";
            case PLAN_SUPPORT -> "điều kiện hỗ trợ khác";
            case PLAN_NOTES -> "ghi chú";
            case PLAN_STAFF -> "biên chế xin thêm";
            case PLAN_STANDARD -> "tiêu chuẩn";
            case PLAN_YEAR -> "năm học của kế hoạch";
            case PLAN_YEAR_IN_TEXT -> "năm học ghi trong kế hoạch";
        };
    }

    /** "thấp hơn" / "cao hơn" / "kém hơn": how a weaker value compares, in the indicator's direction. */
    public static String worse(Indicator indicator, ParsedValue v) {
        boolean numeric = v.kind() == ValueKind.NUMBER || v.kind() == ValueKind.PERCENT
                || v.kind() == ValueKind.COUNT;
        if (!numeric) {
            return "kém hơn";
        }
        return indicator.goodDirection() == GoodDirection.LOWER ? "cao hơn" : "thấp hơn";
    }

    /** A note for LOWER indicators, where a smaller number is the better one. */
    public static String directionNote(Indicator indicator) {
        return indicator.goodDirection() == GoodDirection.LOWER ? " (với chỉ tiêu này, càng thấp càng tốt)" : "";
    }

    /** A computed number for messages: at most two decimals, decimal comma. */
    public static String number(BigDecimal n) {
        return VietnameseNumbers.of(n.setScale(2, RoundingMode.HALF_UP));
    }
}
