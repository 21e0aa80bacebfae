package vn.tonghop.domain;

/** The columns of a phasing table that hold values. */
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
    PHASE("phase");

    private final String code;

    MeasureKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
