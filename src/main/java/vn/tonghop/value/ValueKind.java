package vn.tonghop.value;

/** What a cell value is, once understood. */
public enum ValueKind {
    /** Nothing typed, or only a dash ({@code --}). */
    EMPTY,
    /** A plain number (no unit known, or a unit other than % and ĐV). */
    NUMBER,
    /** A percentage 0–100 (a {@code %} row, a {@code %} sign, or a percent-formatted cell). */
    PERCENT,
    /** A whole count (ĐV rows): {@code 01} is 1. */
    COUNT,
    /** A rank {@code k/n} (Xếp hạng): position k of n. */
    RANK,
    /** Có / Không / Chưa / Không có. */
    YES_NO,
    /** Đạt / Không đạt. */
    MET,
    /** An accreditation level: {@code Mức 2}, {@code Đạt mức 3}. */
    LEVEL,
    /** Chưa đánh giá: not yet assessed. */
    NOT_ASSESSED,
    /** {@code X}: a tick (in section III, "the district sets this indicator"). */
    MARK,
    /** An amount of money in đồng, or a funding source without an amount. */
    MONEY,
    /** Text the parser could not understand; always flagged. */
    TEXT
}
