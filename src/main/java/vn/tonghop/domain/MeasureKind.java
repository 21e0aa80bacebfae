package vn.tonghop.domain;

/** The columns of a document that hold values: a phasing table's, then a self-assessment's. */
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
