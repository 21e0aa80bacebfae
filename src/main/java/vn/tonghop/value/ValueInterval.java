package vn.tonghop.value;

import java.math.BigDecimal;

/**
 * A value as the set of numbers it allows, so a comparator typed by the clerk is honoured:
 * {@code 70.8} is [70.8, 70.8], {@code >99,00} is (99, ∞), {@code < 0,20} is (−∞, 0.2). A rank is its
 * position ({@code 7/19} is [7, 7]). {@code null} bounds are infinite.
 */
public record ValueInterval(BigDecimal lower, boolean lowerOpen, BigDecimal upper, boolean upperOpen) {

    public static ValueInterval exactly(BigDecimal n) {
        return new ValueInterval(n, false, n, false);
    }

    /**
     * The interval of a number, percentage, count, level, amount of money or rank position; null for
     * every other kind (words, marks, text, empty) and for money without an amount.
     */
    public static ValueInterval of(ParsedValue v) {
        if (v == null || v.number() == null) {
            return null;
        }
        BigDecimal n = v.number();
        switch (v.kind()) {
            case NUMBER, PERCENT, COUNT, LEVEL, MONEY, RANK -> {
                if (v.comparator() == null || v.kind() == ValueKind.RANK) {
                    return exactly(n);
                }
                return switch (v.comparator()) {
                    case LT -> new ValueInterval(null, true, n, true);
                    case LE -> new ValueInterval(null, true, n, false);
                    case GT -> new ValueInterval(n, true, null, true);
                    case GE -> new ValueInterval(n, false, null, true);
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** Every number of this interval is below every number of {@code other}. */
    public boolean entirelyBelow(ValueInterval other) {
        if (upper == null || other.lower == null) {
            return false;
        }
        int c = upper.compareTo(other.lower);
        return c < 0 || c == 0 && (upperOpen || other.lowerOpen);
    }

    /** Every number of this interval is above every number of {@code other}. */
    public boolean entirelyAbove(ValueInterval other) {
        return other.entirelyBelow(this);
    }

    /** The gap between the two intervals: zero when they overlap or touch. */
    public BigDecimal distance(ValueInterval other) {
        if (entirelyBelow(other)) {
            return other.lower.subtract(upper);
        }
        if (entirelyAbove(other)) {
            return lower.subtract(other.upper);
        }
        return BigDecimal.ZERO;
    }
}
