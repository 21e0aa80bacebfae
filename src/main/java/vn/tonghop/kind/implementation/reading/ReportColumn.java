package vn.tonghop.kind.implementation.reading;

import vn.tonghop.domain.MeasureKind;

/**
 * The columns of an implementation report, as its header names them (seed {@code 003_…}), each with the
 * measure its cells are stored as and the name a message gives it. {@link #ORDER} and {@link #CRITERION}
 * hold the row's label; the others its content.
 */
public enum ReportColumn {
    /** TT, STT. */
    ORDER(null, "TT"),
    /** Tiêu chuẩn, tiêu chí. */
    CRITERION(null, "Tiêu chuẩn, tiêu chí"),
    /** ND Kế hoạch cải tiến chất lượng được XD đầu năm. */
    PLAN_MADE(MeasureKind.PLAN_MADE, "Nội dung kế hoạch xây dựng đầu năm"),
    /** ND Kế hoạch cải tiến chất lượng giáo dục đã được điều chỉnh. */
    PLAN_ADJUSTED(MeasureKind.PLAN_ADJUSTED, "Nội dung kế hoạch đã được điều chỉnh"),
    /** Những công việc đã triển khai xong theo đúng KH. */
    DONE(MeasureKind.DONE, "Những công việc đã triển khai xong"),
    /** Những công việc đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ). */
    UNDER_WAY(MeasureKind.UNDER_WAY, "Những công việc đang triển khai hoặc chậm so với kế hoạch"),
    /** Những công việc chưa triển khai (nêu rõ lý do). */
    NOT_STARTED(MeasureKind.NOT_STARTED, "Những công việc chưa triển khai"),
    /** Ghi chú. */
    NOTE(MeasureKind.REPORT_NOTE, "Ghi chú");

    private final MeasureKind measure;
    private final String label;

    ReportColumn(MeasureKind measure, String label) {
        this.measure = measure;
        this.label = label;
    }

    /** The measure the column's cells are stored as; null for the label columns. */
    public MeasureKind measure() {
        return measure;
    }

    /** The column's name in a message: {@code «Những công việc chưa triển khai»}. */
    public String label() {
        return label;
    }

    /** True for the columns that hold a row's content (plan, results, notes). */
    public boolean content() {
        return measure != null;
    }

    /** The column whose cells are stored as {@code kind}, or null. */
    public static ReportColumn of(MeasureKind kind) {
        for (ReportColumn c : values()) {
            if (c.measure == kind) {
                return c;
            }
        }
        return null;
    }
}
