package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.tonghop.domain.Indicator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * Aggregates one measure of one indicator over units, as the catalogue says: percentages without
 * numerator and denominator as mean (with median, min, max, and saying so), counts summed, yes/no and
 * met/not-met as the share of units, ranks listed and never averaged. A value typed with a comparator
 * ({@code >99}) counts as its number; one read with a warning counts too, unreadable ones are left out.
 */
final class Aggregator {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Aggregator() {
    }

    static Aggregate aggregate(Indicator indicator, List<UnitReport> reports, String measure) {
        Aggregate.Method method = methodOf(indicator);
        List<BigDecimal> numbers = new ArrayList<>();
        List<String> listing = new ArrayList<>();
        int trues = 0;
        int count = 0;
        for (UnitReport r : reports) {
            ParsedValue v = r.value(indicator.code(), measure);
            if (v == null || !usable(indicator, v)) {
                continue;
            }
            count++;
            switch (method) {
                case SHARE -> trues += Boolean.TRUE.equals(v.truth()) ? 1 : 0;
                case LIST -> listing.add(r.unit().name() + ": " + v.vietnamese());
                default -> numbers.add(v.number());
            }
        }
        if (count == 0) {
            return Aggregate.none(method);
        }
        return switch (method) {
            case SHARE -> new Aggregate(method, count,
                    BigDecimal.valueOf(trues).multiply(HUNDRED).divide(BigDecimal.valueOf(count), MC), null, null,
                    null, "");
            case LIST -> new Aggregate(method, count, null, null, null, null, String.join("; ", listing));
            case SUM -> new Aggregate(method, count, numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    null, null, null, "");
            default -> mean(method, numbers);
        };
    }

    private static Aggregate mean(Aggregate.Method method, List<BigDecimal> numbers) {
        List<BigDecimal> sorted = numbers.stream().sorted().collect(Collectors.toList());
        int n = sorted.size();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
        return new Aggregate(method, n, sum.divide(BigDecimal.valueOf(n), MC), median, sorted.get(0),
                sorted.get(n - 1), "");
    }

    /**
     * The catalogue's method; "weighted" needs a numerator and denominator per unit, which a
     * phasing table does not carry, so it falls back to the mean and the summary says so.
     */
    static Aggregate.Method methodOf(Indicator indicator) {
        return switch (indicator.aggregate()) {
            case SUM -> Aggregate.Method.SUM;
            case SHARE -> Aggregate.Method.SHARE;
            case LIST -> Aggregate.Method.LIST;
            case MEAN, WEIGHTED -> Aggregate.Method.MEAN;
        };
    }

    /**
     * A value that can enter the indicator's aggregate: readable (a value read with a warning, such as
     * {@code 92, 70}, counts and is marked: see {@link Doubt}), of a fitting kind.
     */
    static boolean usable(Indicator indicator, ParsedValue v) {
        if (v.isEmpty() || v.flags().contains(ValueFlag.UNPARSEABLE)
                || v.flags().contains(ValueFlag.FORMULA_WITHOUT_VALUE)) {
            return false;
        }
        return switch (indicator.aggregate()) {
            case SHARE -> v.truth() != null && (v.kind() == ValueKind.YES_NO || v.kind() == ValueKind.MET);
            case LIST -> v.kind() != ValueKind.TEXT;
            default -> v.number() != null && (v.kind() == ValueKind.PERCENT || v.kind() == ValueKind.NUMBER
                    || v.kind() == ValueKind.COUNT);
        };
    }
}
