package vn.tonghop.domain;

/** The columns of a document that hold values: a phasing table's, a self-assessment's, an implementation report's. */
public enum MeasureKind {
    /** Hiện trạng: the current value at the header's date. */
    CURRENT("current"),
    /** Chỉ tiêu cuối kỳ do Trung ương giao. */
    TARGET_CENTRAL("target_central"),
    /** Chỉ tiêu cuối kỳ do Tỉnh giao. */
    TARGET_PROVINCE("target_province"),
    /** Chỉ tiêu cuối kỳ do Huyện (or commune) giao. */
    TARGET_DISTRICT("target_district"),
    /** Chỉ tiêu cuối kỳ the unit sets itself (Trường). */
    TARGET_UNIT("target_unit"),
    /** Phân kỳ: the value planned for one year. */
    PHASE("phase"),
    /** Tự đánh giá: the level a criterion is read at from its marks (0 = Không đạt). */
    LEVEL("level"),
    /** Tự đánh giá: what is typed under one result column ({@code mark_0} Không đạt, {@code mark_2} Mức 2). */
    MARK("mark"),
    /** Tự đánh giá: the school's level as its «Kết quả» line states it. */
    STATED_RESULT("stated_result"),
    /** Tự đánh giá: the school's level as its «Kết luận» line states it. */
    STATED_CONCLUSION("stated_conclusion"),
    /** Báo cáo thực hiện: one criterion row, at its label's cell (the row's content facts follow it). */
    REPORT_ROW("report_row"),
    /** Báo cáo thực hiện: a criterion's plan as made at the start of the year (ND kế hoạch XD đầu năm). */
    PLAN_MADE("plan_made"),
    /** Báo cáo thực hiện: the plan as adjusted during the year (ND kế hoạch đã được điều chỉnh). */
    PLAN_ADJUSTED("plan_adjusted"),
    /** Báo cáo thực hiện: the work done as planned (những công việc đã triển khai xong). */
    DONE("done"),
    /** Báo cáo thực hiện: the work under way or late, with the reasons (đang triển khai, chậm so với KH). */
    UNDER_WAY("under_way"),
    /** Báo cáo thực hiện: the work not started, with the reasons (chưa triển khai). */
    NOT_STARTED("not_started"),
    /** Báo cáo thực hiện: the row's notes (Ghi chú). */
    REPORT_NOTE("report_note"),
    /** Báo cáo thực hiện: the school year it reports on, as its title says it ({@code NĂM HỌC 2022-2023}: 2022). */
    REPORT_YEAR("report_year"),
    /** Báo cáo thực hiện: the number of the report it is attached to (Báo cáo số …/BC-…). */
    REPORT_NUMBER("report_number"),
    /** Báo cáo thực hiện: the date of that report (ngày … tháng … năm …). */
    REPORT_DATE("report_date"),
    /**
     * Not a column: the number of the plan the table goes with, as its caption cites it ("Kèm theo Kế
     * hoạch số 240/KH-THTTB2 …"); a fact of the document, without an indicator.
     */
    PLAN_NUMBER("plan_number"),
    /** Not a column: the date of that plan ({@code 2023-11-13}); a fact of the document, without an indicator. */
    PLAN_DATE("plan_date"),
    /**
     * Not a column: what a node's consolidated table says its aggregates of the row were made of
     * (units, weights, sums), so the level above adds them up exactly.
     */
    BASIS("basis");

    private final String code;

    MeasureKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
