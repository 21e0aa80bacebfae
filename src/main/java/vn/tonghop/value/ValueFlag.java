package vn.tonghop.value;

/**
 * Why a value deserves a second look. A flagged value is still kept (raw and, where possible,
 * read), never silently guessed.
 */
public enum ValueFlag {
    /** A space inside a number, as in {@code 92, 70}: read as 92.70, but the clerk should check. */
    SPACE_IN_NUMBER("có khoảng trắng chen giữa các chữ số, đã đọc là %s"),
    /** {@code 1.000} or {@code 1,000}: thousands or decimals? Read by the Vietnamese convention. */
    AMBIGUOUS_SEPARATOR("dấu phân cách không rõ là phần nghìn hay phần thập phân, đã đọc là %s"),
    /** A count (ĐV) that is not a whole number. */
    NOT_WHOLE_NUMBER("số đơn vị phải là số nguyên"),
    /**
     * A sentence where a word is meant ("Chưa có môn dẫn đầu toàn đoàn"): read as the yes/no or
     * met/not-met word it starts with.
     */
    PROSE_READ_AS_WORD("là một câu, không phải một từ (Có/Không, Đạt/Không đạt); lấy từ đầu câu, đã đọc là %s"),
    /**
     * 100 or 0 typed where a unit's own yes/no or met/not-met is asked (a district's «Đạt PCGDTH mức độ 3»
     * in its own table): read as the word, Đạt for 100, the clerk should pick the word.
     */
    NUMBER_READ_AS_WORD("là số, nhưng dòng này ghi bằng chữ (Đạt/Chưa đạt, Có/Chưa), đã đọc là %s"),
    /** Text that is no known value form. */
    UNPARSEABLE("không hiểu được giá trị này"),
    /** A formula whose result Excel did not store, or that ended in an error (#DIV/0!). */
    FORMULA_WITHOUT_VALUE("ô công thức không có kết quả đã tính");

    private final String vietnamese;

    ValueFlag(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The Vietnamese explanation; {@code %s} takes the value as read. */
    public String vietnamese() {
        return vietnamese;
    }
}
