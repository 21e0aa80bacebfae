package vn.tonghop.domain;

import java.util.List;
import java.util.Locale;

/**
 * A catalogue entry (chỉ tiêu). {@code kind} says what a unit reports (a yes/no indicator at school
 * level is a share at district level); {@code aggregate} says how it consolidates; {@code unit} is
 * the ĐVT as printed in the table. {@code measuredAt} says whose figure the row holds: a school's own,
 * or one its district (or province) measured that every school copies into its table ("Trường đạt
 * chuẩn quốc gia" 58,82 % is 10 of the district's 17 schools), taken once per district, never averaged.
 * {@code weight} names the registry's count a rate is over ({@code pupils}, {@code teachers},
 * {@code children}, {@code schools}); null when none. {@code stt} is the row's number in the official
 * list ({@code 7.c}: group 7, row c; {@code 2}: group 2's one row, which has no letter; see
 * {@link AnnexRows}); null when the catalogue gives none (tonghop then numbers the rows itself).
 */
public record Indicator(String code, Section section, String group, String name, List<String> aliases,
                        String unit, IndicatorKind kind, GoodDirection goodDirection,
                        Aggregation aggregate, boolean headline, MeasuredAt measuredAt, String weight, String stt) {

    public Indicator {
        aliases = List.copyOf(aliases);
        measuredAt = measuredAt == null ? MeasuredAt.SCHOOL : measuredAt;
        weight = weight == null || weight.isBlank() ? null : weight.strip();
        stt = stt == null || stt.isBlank() ? null : stt.strip();
    }

    /** Without an official STT. */
    public Indicator(String code, Section section, String group, String name, List<String> aliases, String unit,
                     IndicatorKind kind, GoodDirection goodDirection, Aggregation aggregate, boolean headline,
                     MeasuredAt measuredAt, String weight) {
        this(code, section, group, name, aliases, unit, kind, goodDirection, aggregate, headline, measuredAt, weight,
                null);
    }

    /** A school-level indicator without a weight. */
    public Indicator(String code, Section section, String group, String name, List<String> aliases, String unit,
                     IndicatorKind kind, GoodDirection goodDirection, Aggregation aggregate, boolean headline) {
        this(code, section, group, name, aliases, unit, kind, goodDirection, aggregate, headline, MeasuredAt.SCHOOL,
                null);
    }

    /** Which way is better: more schools at standard is good, more dropouts is not. */
    public enum GoodDirection { HIGHER, LOWER, EQUAL }

    public enum IndicatorKind { PERCENT, COUNT, RANK, YES_NO, MET, NUMBER, LEVEL }

    /** mean (with median, min, max), weighted (numerator/denominator), sum, share of units, list. */
    public enum Aggregation { MEAN, WEIGHTED, SUM, SHARE, LIST }

    /**
     * Where the figure is measured, counted from the reporting unit: the school itself, the unit
     * above it (a district, or a commune after the 2025 reform), the one above that (the province).
     */
    public enum MeasuredAt {
        SCHOOL("truong", 0, "trường"),
        DISTRICT("huyen", 1, "huyện"),
        PROVINCE("tinh", 2, "tỉnh");

        private final String code;
        private final int levelsUp;
        private final String vietnamese;

        MeasuredAt(String code, int levelsUp, String vietnamese) {
            this.code = code;
            this.levelsUp = levelsUp;
            this.vietnamese = vietnamese;
        }

        /** The catalogue's word ({@code truong}, {@code huyen}, {@code tinh}). */
        public String code() {
            return code;
        }

        /** How many levels above the reporting unit the figure belongs: 0 for the school's own. */
        public int levelsUp() {
            return levelsUp;
        }

        public String vietnamese() {
            return vietnamese;
        }

        /** The catalogue's word, {@code xa} (a commune, the level above schools since 2025) as {@code huyen}. */
        public static MeasuredAt fromCode(String word) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                return SCHOOL;
            }
            if (w.equals("xa")) {
                return DISTRICT;
            }
            for (MeasuredAt m : values()) {
                if (m.code.equals(w)) {
                    return m;
                }
            }
            return null;
        }
    }
}
