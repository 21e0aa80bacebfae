package vn.tonghop.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * How many of the values added are {@link #sameValue} as a given one, counted by keys rather than by comparing
     * each pair: a district's schools may copy thousands of distinct values of its figure (the bench's do), and
     * comparing each distinct value with every other grew with their square (half the consolidation at
     * N = 100,000). Exactly {@link #sameValue}'s answer: values of one family compare by their family's key
     * (the number without trailing zeros and the comparator, the rank's position and total, the truth); any other
     * two non-empty values by their cleaned text, case folded as {@link String#equalsIgnoreCase} folds it; an
     * empty value is the same as an empty one only.
     */
    public static final class SameValueCount {

        private record FamilyKey(Family family, Object key) {
        }

        private record FamilyText(Family family, String text) {
        }

        private record NumberKey(BigDecimal number, Object qualifier) {
        }

        private final Map<FamilyKey, Integer> byFamilyKey = new HashMap<>();
        private final Map<String, Integer> byText = new HashMap<>();
        /** The non-empty values of a family by their text: compared by their key with their family, not the text. */
        private final Map<FamilyText, Integer> byFamilyText = new HashMap<>();
        private int empty;

        public void add(ParsedValue v) {
            if (v.kind() == ValueKind.EMPTY) {
                empty++;
                return;
            }
            String text = textKey(v);
            byText.merge(text, 1, Integer::sum);
            Family f = family(v);
            if (f != null) {
                byFamilyKey.merge(new FamilyKey(f, familyKey(f, v)), 1, Integer::sum);
                byFamilyText.merge(new FamilyText(f, text), 1, Integer::sum);
            }
        }

        /** How many of the values added are the same value as {@code v}. */
        public int of(ParsedValue v) {
            if (v.kind() == ValueKind.EMPTY) {
                return empty;
            }
            String text = textKey(v);
            int n = byText.getOrDefault(text, 0);
            Family f = family(v);
            if (f == null) {
                return n;
            }
            // its family's values by their key; the others (other families, none) by the text
            return byFamilyKey.getOrDefault(new FamilyKey(f, familyKey(f, v)), 0) + n
                    - byFamilyText.getOrDefault(new FamilyText(f, text), 0);
        }

        private static Object familyKey(Family f, ParsedValue v) {
            return switch (f) {
                case TRUTH -> v.truth();
                case RANK -> new NumberKey(v.number().stripTrailingZeros(), v.rankTotal());
                default -> new NumberKey(v.number().stripTrailingZeros(), v.comparator());
            };
        }

        /** The cleaned text, each character folded as {@link String#equalsIgnoreCase} compares it. */
        private static String textKey(ParsedValue v) {
            String clean = VietnameseText.clean(v.normalized());
            StringBuilder folded = new StringBuilder(clean.length());
            clean.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
            return folded.toString();
        }
    }

    /** A value a comparison can use: neither empty nor unreadable (prose, a formula without a result). */
    public static boolean readable(ParsedValue v) {
        return v != null && v.kind() != ValueKind.EMPTY && v.kind() != ValueKind.TEXT
                && !v.flags().contains(ValueFlag.UNPARSEABLE) && !v.flags().contains(ValueFlag.FORMULA_WITHOUT_VALUE);
    }
}
