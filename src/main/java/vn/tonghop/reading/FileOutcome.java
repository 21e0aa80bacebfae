package vn.tonghop.reading;

/** What became of one submitted file. Every file gets one, with a reason a clerk understands. */
public enum FileOutcome {
    /** Read: facts stored. */
    READ("đọc được"),
    /** A phasing table was read, but the unit is not in the registry (or could not be told). */
    UNKNOWN_UNIT("không rõ đơn vị"),
    /** Password-protected or encrypted. */
    ENCRYPTED("có mật khẩu"),
    /** Not a workbook, or a damaged one. */
    UNREADABLE("hỏng hoặc không phải bảng tính"),
    /** A spreadsheet format the product cannot read (Excel 95, .xlsb, strict OOXML). */
    UNSUPPORTED_FORMAT("định dạng không đọc được"),
    /** Larger than the configured limit. */
    OVERSIZED("quá lớn"),
    /** Opens, but no sheet holds a recognisable phasing table. */
    NO_TABLE("không có bảng phân kỳ"),
    /**
     * Read, but mailed from an address that is not its unit's and, with {@code tonghop.senders.unverified:
     * hold}, kept out of the consolidation until an officer accepts it ({@code accept}).
     */
    HELD("giữ lại chờ xác nhận người gửi");

    private final String label;

    FileOutcome(String label) {
        this.label = label;
    }

    /** The outcome in a few Vietnamese words, for what the office reads (the run summary, {@code status}). */
    public String label() {
        return label;
    }
}
