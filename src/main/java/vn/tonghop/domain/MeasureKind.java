package vn.tonghop.domain;

/** The columns of a document that hold values: a phasing table's, a self-assessment's, an implementation report's, an improvement plan's. */
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
    /** Kế hoạch cải tiến: the criterion a plan row is for, as typed (the row's anchor). */
    PLAN_CRITERION("plan_criterion"),
    /** Kế hoạch cải tiến: the level to reach ({@code Đạt mức 2}), or the result aimed at as typed. */
    PLAN_LEVEL("plan_level"),
    /** Kế hoạch cải tiến: the tasks and solutions (công việc, giải pháp). */
    PLAN_TASK("plan_task"),
    /** Kế hoạch cải tiến: who leads and who takes part (chủ trì và phối hợp). */
    PLAN_LEAD("plan_lead"),
    /** Kế hoạch cải tiến: when (thời gian thực hiện và hoàn thành). */
    PLAN_TIMING("plan_timing"),
    /** Kế hoạch cải tiến: the estimated budget (dự kiến kinh phí): đồng or a labelled source. */
    PLAN_BUDGET("plan_budget"),
    /** Kế hoạch cải tiến: conditions and other support (điều kiện hỗ trợ khác). */
    PLAN_SUPPORT("plan_support"),
    /** Kế hoạch cải tiến: notes (ghi chú). */
    PLAN_NOTES("plan_notes"),
    /** Kế hoạch cải tiến: staff asked for, as a count ({@code Xin thêm biên chế 02 giáo viên}: 2). */
    PLAN_STAFF("plan_staff"),
    /** Kế hoạch cải tiến: a standard's row ({@code Tiêu chuẩn 5: …}) as typed. */
    PLAN_STANDARD("plan_standard"),
    /** Kế hoạch cải tiến: the school year in the plan's title ({@code Năm học 2025 – 2026}: 2025). */
    PLAN_YEAR("plan_year"),
    /** Kế hoạch cải tiến: a school year the text around the table says the plan is carried out in. */
    PLAN_YEAR_IN_TEXT("plan_year_in_text"),
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
