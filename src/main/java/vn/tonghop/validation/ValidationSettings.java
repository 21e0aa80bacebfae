package vn.tonghop.validation;

import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.domain.Severity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An office's choices for the checks ({@code tonghop.validation} in its job.yml):
 *
 * <pre>
 * tonghop:
 *   validation:
 *     severity:
 *       PHASE_BACKWARDS: info          # error, warning or info
 *     current-value-year: auto         # auto, year-before or same-year
 *     tolerance:                       # PHASE_CURRENT_YEAR_FAR, per indicator kind
 *       percent: {absolute: 5, relative: 0.5}
 *       count: {relative: 0.10}
 * </pre>
 *
 * Rule codes are matched ignoring case and punctuation ({@code phase-backwards} works too).
 *
 * @param severity         severity per rule code, replacing the rule's default
 * @param currentValueYear which phasing year the current value ("Hiện trạng 9/2023") belongs to:
 *                         detected from each table (default), or fixed relative to the header's year
 * @param tolerance        how far the phasing of the current value's year may be from the current
 *                         value, per indicator kind; a kind the office leaves out keeps its default
 */
@ConfigurationProperties("tonghop.validation")
public record ValidationSettings(Map<String, Severity> severity, CurrentYear currentValueYear,
                                 Tolerances tolerance) {

    /**
     * Which phasing year is the current value's. A header "Hiện trạng 9/2023" dates the result of the
     * school year that ended in 2023; phasing years name school years by their first calendar year,
     * so that is phasing year 2022 ({@code YEAR_BEFORE}); some offices number them by the year they
     * end ({@code SAME_YEAR}: 2023). {@code AUTO} reads it from the table: the phasing year the current
     * value equals in most rows (see {@code CurrentValueYear}).
     */
    public enum CurrentYear { AUTO, YEAR_BEFORE, SAME_YEAR }

    /**
     * A tolerance: {@code absolute} in the indicator's unit (percentage points for percentages,
     * positions for ranks), {@code relative} as a share of the current value (0.5 = half of it; of the
     * phasing value when the current value is 0). A distance beyond either one that is set is too far:
     * the relative one catches a drop from 0,73 % to {@code < 0,1}, the absolute one a 6-point gap at 90 %.
     */
    public record Tolerance(BigDecimal absolute, BigDecimal relative) {

        public Tolerance {
            if (absolute != null && absolute.signum() < 0 || relative != null && relative.signum() < 0) {
                throw new IllegalArgumentException("mức cho phép không được là số âm");
            }
        }

        /** The distance allowed from {@code base} (the current value, or the phasing value when it is 0); null: any. */
        public BigDecimal allowed(BigDecimal base) {
            BigDecimal byShare = relative == null ? null : base.abs().multiply(relative);
            if (absolute == null) {
                return byShare;
            }
            return byShare == null || absolute.compareTo(byShare) <= 0 ? absolute : byShare;
        }
    }

    /** The tolerance per indicator kind; null entries take the defaults. */
    public record Tolerances(Tolerance percent, Tolerance count, Tolerance number, Tolerance rank, Tolerance level) {

        public static final Tolerance DEFAULT_PERCENT = new Tolerance(BigDecimal.valueOf(5), new BigDecimal("0.5"));
        public static final Tolerance DEFAULT_OTHER = new Tolerance(null, new BigDecimal("0.10"));

        public Tolerances {
            percent = orDefault(percent, DEFAULT_PERCENT);
            count = orDefault(count, DEFAULT_OTHER);
            number = orDefault(number, DEFAULT_OTHER);
            rank = orDefault(rank, DEFAULT_OTHER);
            level = orDefault(level, DEFAULT_OTHER);
        }

        public static Tolerances defaults() {
            return new Tolerances(null, null, null, null, null);
        }

        /** The tolerance of an indicator kind; null for words (yes/no, met), which have no distance. */
        public Tolerance of(IndicatorKind kind) {
            return switch (kind) {
                case PERCENT -> percent;
                case COUNT -> count;
                case NUMBER -> number;
                case RANK -> rank;
                case LEVEL -> level;
                case YES_NO, MET -> null;
            };
        }

        /** An office that writes only {@code relative} for a kind keeps no absolute limit for it. */
        private static Tolerance orDefault(Tolerance t, Tolerance d) {
            return t == null || t.absolute() == null && t.relative() == null ? d : t;
        }
    }

    public ValidationSettings {
        Map<String, Severity> keyed = new HashMap<>();
        if (severity != null) {
            severity.forEach((code, s) -> {
                if (code != null && s != null) {
                    keyed.put(key(code), s);
                }
            });
        }
        severity = Map.copyOf(keyed);
        currentValueYear = currentValueYear == null ? CurrentYear.AUTO : currentValueYear;
        tolerance = tolerance == null ? Tolerances.defaults() : tolerance;
    }

    public static ValidationSettings defaults() {
        return new ValidationSettings(Map.of(), null, null);
    }

    /** The severity the office set for the rule, or its default. */
    public Severity severityOf(String ruleCode, Severity defaultSeverity) {
        return severity.isEmpty() ? defaultSeverity : severity.getOrDefault(key(ruleCode), defaultSeverity);
    }

    /** {@code PHASE_BACKWARDS}, {@code phase-backwards} and {@code phasebackwards} are one key. */
    private static String key(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
