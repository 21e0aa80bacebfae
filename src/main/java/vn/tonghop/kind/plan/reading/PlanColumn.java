package vn.tonghop.kind.plan.reading;

import java.util.Arrays;
import java.util.List;

import vn.tonghop.domain.MeasureKind;

/**
 * The columns of an improvement plan's table, each with the header words that name it (folded), in the
 * order they are tried: «Thời gian thực hiện» and «Công việc/giải pháp cần thực hiện» both say "thực hiện",
 * so timing and tasks are told before who leads.
 */
public enum PlanColumn {
    TIMING(MeasureKind.PLAN_TIMING, "Thời gian thực hiện", List.of("thoi gian", "thoi han", "tien do")),
    BUDGET(MeasureKind.PLAN_BUDGET, "Dự kiến kinh phí", List.of("kinh phi", "du tru", "ngan sach")),
    TASK(MeasureKind.PLAN_TASK, "Công việc/giải pháp", List.of("cong viec", "giai phap", "nhiem vu", "bien phap",
            "hoat dong")),
    LEAD(MeasureKind.PLAN_LEAD, "Chủ trì và phối hợp", List.of("chu tri", "phu trach", "nguoi thuc hien",
            "phoi hop", "don vi thuc hien", "chiu trach nhiem", "nguoi thuc hien")),
    SUPPORT(MeasureKind.PLAN_SUPPORT, "Điều kiện hỗ trợ khác", List.of("dieu kien", "ho tro")),
    NOTES(MeasureKind.PLAN_NOTES, "Ghi chú", List.of("ghi chu")),
    LEVEL(MeasureKind.PLAN_LEVEL, "Kết quả cần đạt", List.of("can dat", "muc tieu", "ket qua", "muc dat",
            "muc phan dau")),
    CRITERION(MeasureKind.PLAN_CRITERION, "Tiêu chuẩn, tiêu chí", List.of("tieu chi", "tieu chuan", "noi dung")),
    NUMBER(null, "TT", List.of());

    /** Every column, made once: {@code values()} copies its array at each call, and this is asked of every cell. */
    private static final PlanColumn[] ALL = values();
    /** Whether every column's header word has a space in it (they do: "thoi gian", "ghi chu"…). */
    private static final boolean WORDS_ALL_SPACED = Arrays.stream(ALL)
            .allMatch(c -> c.words.stream().allMatch(w -> w.indexOf(' ') >= 0));

    private final MeasureKind measure;
    private final String label;
    private final List<String> words;

    PlanColumn(MeasureKind measure, String label, List<String> words) {
        this.measure = measure;
        this.label = label;
        this.words = words;
    }

    /** The fact's measure for the column's cells (null for the row number). */
    public MeasureKind measure() {
        return measure;
    }

    /** The column as the seed's template labels it, for messages. */
    public String label() {
        return label;
    }

    /** The column a header cell names, or null. */
    static PlanColumn of(String foldedHeader) {
        String h = foldedHeader.strip();
        if (h.equals("tt") || h.equals("stt") || h.equals("so tt")) {
            return NUMBER;
        }
        if (h.isEmpty() || h.length() > 90 || h.indexOf(' ') < 0 && WORDS_ALL_SPACED) {
            return null; // (no word of a column fits in a text without a space: most cells, numbers)
        }
        for (PlanColumn c : ALL) {
            for (String w : c.words) {
                if (h.contains(w)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@link #of} could give this column for the header cell: the cell has one of its words (and is not
     * too long). False means it does not; true, that {@link #of} decides (an earlier column may take the cell).
     */
    boolean mayName(String foldedHeader) {
        String h = foldedHeader.strip();
        if (h.length() > 90) {
            return false;
        }
        for (String w : words) {
            if (h.contains(w)) {
                return true;
            }
        }
        return false;
    }

    public static PlanColumn of(MeasureKind measure) {
        for (PlanColumn c : values()) {
            if (c.measure == measure) {
                return c;
            }
        }
        return null;
    }
}
