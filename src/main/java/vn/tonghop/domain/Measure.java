package vn.tonghop.domain;

/**
 * One value column: a kind, and the year for phasing ({@code phase_2024}) or the level of a
 * self-assessment's result column ({@code mark_3}, in {@code year}).
 */
public record Measure(MeasureKind kind, Integer year) {

    public static Measure of(MeasureKind kind) {
        return new Measure(kind, null);
    }

    public static Measure phase(int year) {
        return new Measure(MeasureKind.PHASE, year);
    }

    /** The result column of one level (0 = Không đạt) in a self-assessment grid. */
    public static Measure mark(int level) {
        return new Measure(MeasureKind.MARK, level);
    }

    /** {@code current}, {@code target_unit}, {@code phase_2024}, {@code mark_2}, … */
    public String code() {
        return kind == MeasureKind.PHASE ? "phase_" + year : kind == MeasureKind.MARK ? "mark_" + year : kind.code();
    }

    public static Measure fromCode(String code) {
        if (code.startsWith("phase_")) {
            return phase(Integer.parseInt(code.substring(6)));
        }
        if (code.startsWith("mark_")) {
            return mark(Integer.parseInt(code.substring(5)));
        }
        for (MeasureKind k : MeasureKind.values()) {
            if (k.code().equals(code)) {
                return of(k);
            }
        }
        throw new IllegalArgumentException("unknown measure: " + code);
    }
}
