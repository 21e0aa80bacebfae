package vn.tonghop.validation;

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
 *     percent-point-tolerance: 5       # PHASE_CURRENT_YEAR_FAR, percentages (points)
 *     relative-tolerance: 0.10         # PHASE_CURRENT_YEAR_FAR, other numbers (share of the current value)
 * </pre>
 *
 * Rule codes are matched ignoring case and punctuation ({@code phase-backwards} works too).
 *
 * @param severity              severity per rule code, replacing the rule's default
 * @param percentPointTolerance how far, in percentage points, the current year's phasing may be from
 *                              the current value (default 5)
 * @param relativeTolerance     the same for other numbers, as a share of the current value (default
 *                              0.10 = 10 %)
 */
@ConfigurationProperties("tonghop.validation")
public record ValidationSettings(Map<String, Severity> severity, BigDecimal percentPointTolerance,
                                 BigDecimal relativeTolerance) {

    public static final BigDecimal DEFAULT_PERCENT_POINT_TOLERANCE = BigDecimal.valueOf(5);
    public static final BigDecimal DEFAULT_RELATIVE_TOLERANCE = new BigDecimal("0.10");

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
        percentPointTolerance = percentPointTolerance == null ? DEFAULT_PERCENT_POINT_TOLERANCE : percentPointTolerance;
        relativeTolerance = relativeTolerance == null ? DEFAULT_RELATIVE_TOLERANCE : relativeTolerance;
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
