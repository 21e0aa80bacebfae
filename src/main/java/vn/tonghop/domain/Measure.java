package vn.tonghop.domain;

/** One value column: a kind, and the year for phasing ({@code phase_2024}). */
public record Measure(MeasureKind kind, Integer year) {

    public static Measure of(MeasureKind kind) {
        return new Measure(kind, null);
    }

    public static Measure phase(int year) {
        return new Measure(MeasureKind.PHASE, year);
    }

    /** {@code current}, {@code target_unit}, {@code phase_2024}, … */
    public String code() {
        return kind == MeasureKind.PHASE ? "phase_" + year : kind.code();
    }

    public static Measure fromCode(String code) {
        if (code.startsWith("phase_")) {
            return phase(Integer.parseInt(code.substring(6)));
        }
        for (MeasureKind k : MeasureKind.values()) {
            if (k.code().equals(code)) {
                return of(k);
            }
        }
        throw new IllegalArgumentException("unknown measure: " + code);
    }
}
