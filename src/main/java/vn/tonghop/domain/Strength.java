package vn.tonghop.domain;

import java.math.BigDecimal;
import java.util.Objects;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueInterval;
import vn.tonghop.value.ValueKind;

/**
 * Compares two values of one indicator: which is weaker in the indicator's good direction, how far
 * apart they are, whether they are the same value. Only values of comparable kinds are compared —
 * numbers, percentages and counts with each other, ranks with ranks (by position), levels with
 * levels, amounts with amounts, yes/no and met/not met by their truth — anything else is "not
 * comparable" and never reported as weaker. Stateless.
 */
public final class Strength {

    /** Kinds that compare with each other. */
    public enum Family { NUMERIC, RANK, LEVEL, MONEY, TRUTH }

    private Strength() {
    }

    public static Family family(ParsedValue v) {
        if (v == null) {
            return null;
        }
        return switch (v.kind()) {
            case NUMBER, PERCENT, COUNT -> v.number() == null ? null : Family.NUMERIC;
            case RANK -> v.number() == null ? null : Family.RANK;
            case LEVEL -> v.number() == null ? null : Family.LEVEL;
            case MONEY -> v.number() == null ? null : Family.MONEY;
            case YES_NO, MET -> v.truth() == null ? null : Family.TRUTH;
            default -> null;
        };
    }

    /** Both values are of kinds that compare (see the class comment). */
    public static boolean comparable(ParsedValue a, ParsedValue b) {
        Family f = family(a);
        return f != null && f == family(b);
    }

    public static boolean weaker(ParsedValue a, ParsedValue b, Indicator indicator) {
        return weaker(a, b, indicator.goodDirection());
    }

    /**
     * {@code a} is definitely weaker than {@code b}: in direction HIGHER every number {@code a} allows
     * is below every number {@code b} allows; LOWER mirrors it (for ranks: a later position when
     * lower is better); for yes/no, "no" is weaker than "yes" when HIGHER is good. False when the two
     * overlap, are not comparable, or the direction is EQUAL.
     */
    public static boolean weaker(ParsedValue a, ParsedValue b, GoodDirection direction) {
        if (direction == GoodDirection.EQUAL || !comparable(a, b)) {
            return false;
        }
        if (family(a) == Family.TRUTH) {
            boolean better = direction == GoodDirection.HIGHER;
            return a.truth() != better && b.truth() == better;
        }
        ValueInterval ia = ValueInterval.of(a);
        ValueInterval ib = ValueInterval.of(b);
        return direction == GoodDirection.HIGHER ? ia.entirelyBelow(ib) : ia.entirelyAbove(ib);
    }

    /**
     * The gap between two comparable numeric values (ranks by position), zero when their intervals
     * overlap; null when they are not comparable or not numeric (yes/no).
     */
    public static BigDecimal distance(ParsedValue a, ParsedValue b) {
        if (!comparable(a, b) || family(a) == Family.TRUTH) {
            return null;
        }
        return ValueInterval.of(a).distance(ValueInterval.of(b));
    }

    /**
     * The same value: numbers numerically equal with the same comparator ({@code 100} = {@code 100,00},
     * {@code < 0,05} ≠ {@code 0}), ranks with the same position and total, yes/no and met/not met with
     * the same truth ("Không" = "Chưa"), anything else with the same normalized form.
     */
    public static boolean sameValue(ParsedValue a, ParsedValue b) {
        Family f = family(a);
        if (f != null && f == family(b)) {
            return switch (f) {
                case TRUTH -> a.truth().equals(b.truth());
                case RANK -> a.number().compareTo(b.number()) == 0 && Objects.equals(a.rankTotal(), b.rankTotal());
                default -> a.number().compareTo(b.number()) == 0 && a.comparator() == b.comparator();
            };
        }
        if (a.kind() == ValueKind.EMPTY || b.kind() == ValueKind.EMPTY) {
            return a.kind() == b.kind();
        }
        return VietnameseText.clean(a.normalized()).equalsIgnoreCase(VietnameseText.clean(b.normalized()));
    }

    /** A value a comparison can use: neither empty nor unreadable (prose, a formula without a result). */
    public static boolean readable(ParsedValue v) {
        return v != null && v.kind() != ValueKind.EMPTY && v.kind() != ValueKind.TEXT
                && !v.flags().contains(ValueFlag.UNPARSEABLE) && !v.flags().contains(ValueFlag.FORMULA_WITHOUT_VALUE);
    }
}
