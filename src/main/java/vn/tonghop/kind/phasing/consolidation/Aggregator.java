package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Indicator;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * Aggregates one measure of one indicator over units, as the catalogue says: percentages without
 * numerator and denominator as mean (with median, min, max, and saying so), rates with the registry's
 * counts as the weighted rate (the mean, saying so, where a count is missing), counts summed, yes/no
 * and met/not-met as the share of units, ranks listed and never averaged. A value typed with a
 * comparator ({@code >99}) counts as its number; one read with a warning counts too, unreadable ones are left out. Works on a
 * {@link Basis}, so parts made by a node below (its consolidated table) add up like units.
 */
final class Aggregator {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Aggregator() {
    }

    /** Adds one unit's value to {@code into} when usable; {@code weight} null when unknown. */
    static void add(Basis.Builder into, Indicator indicator, ParsedValue v, BigDecimal weight, String label) {
        if (v == null || !usable(indicator, v)) {
            return;
        }
        switch (methodOf(indicator)) {
            case SHARE -> into.value(null, v.truth(), null, null);
            case LIST -> into.value(null, null, null, new Basis.Listed(label, v.vietnamese()));
            // a school's yes/no in a percent row ("Trường đạt chuẩn quốc gia": Có) is 100 % or 0 % of itself,
            // so the mean over schools is the share of schools recognised
            default -> into.value(answer(indicator, v) ? (v.truth() ? HUNDRED : BigDecimal.ZERO) : v.number(),
                    answer(indicator, v) ? v.truth() : null, weight, null);
        }
    }

    /** The aggregate of what {@code b} holds, saying how it was made. */
    static Aggregate finish(Indicator indicator, Basis b, String figureOf) {
        Aggregate.Method method = methodOf(indicator);
        String how = null;
        if (method == Aggregate.Method.MEAN && indicator.aggregate() == Indicator.Aggregation.WEIGHTED) {
            String label = indicator.weight() == null ? null : UnitRegistry.WEIGHTS.get(indicator.weight());
            if (label != null && b.units() > 0 && b.weighted() == b.units() && b.weights().signum() > 0) {
                method = Aggregate.Method.WEIGHTED;
                how = "bình quân gia quyền theo " + label;
            } else if (label == null) {
                how = "trung bình (danh mục chưa ghi trọng số)";
            } else if (b.weighted() == 0) {
                how = "trung bình (chưa có " + label + ")";
            } else {
                how = "trung bình (thiếu " + label + " của " + (b.units() - b.weighted()) + "/" + b.units() + " đơn vị)";
            }
        }
        if (figureOf != null) {
            how = b.units() > 1 ? "mỗi " + figureOf + " một số liệu" + made(b, figureOf) + "; "
                    + (how == null ? method.vietnamese() : how) : ownFigure(b, figureOf);
        }
        boolean spread = method == Aggregate.Method.MEAN || method == Aggregate.Method.WEIGHTED;
        if (method == Aggregate.Method.MEAN && answersOnly(indicator, b)) {
            how = (how == null ? "" : how + "; ") + "tỷ lệ đơn vị trả lời Có/Đạt: " + b.trues() + "/" + b.units()
                    + " đơn vị";
        }
        if (spread && b.units() > 1 && !b.valuesKnown()) {
            how = (how == null ? method.vietnamese() : how) + "; không có trung vị (từ bảng cấp dưới)";
        }
        if (b.units() == 0) {
            return new Aggregate(method, 0, null, null, null, null, "", how, b);
        }
        return switch (method) {
            case SHARE -> new Aggregate(method, b.units(), BigDecimal.valueOf(b.trues()).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(b.units()), MC), null, null, null, "", how, b);
            case LIST -> new Aggregate(method, b.units(), null, null, null, null, String.join("; ",
                    b.listing().stream().map(l -> l.label() + ": " + l.text()).toList()), how, b);
            case SUM -> new Aggregate(method, b.units(), b.sum(), null, null, null, "", how, b);
            case WEIGHTED -> new Aggregate(method, b.units(), b.weightedSum().divide(b.weights(), MC), median(b),
                    b.min(), b.max(), "", how, b);
            case MEAN -> new Aggregate(method, b.units(), b.sum().divide(BigDecimal.valueOf(b.units()), MC),
                    median(b), b.min(), b.max(), "", how, b);
        };
    }

    /**
     * How a figure of one unit above the schools was made: taken once as they copied it, or the share of
     * them answering yes when they answered with words ({@link UnitFigure}), with the counts.
     */
    private static String ownFigure(Basis b, String figureOf) {
        Basis.Made m = b.made().size() == 1 ? b.made().get(0) : null;
        if (m != null && m.used()) {
            return "số liệu của " + figureOf + " = " + m.vietnamese();
        }
        return "số liệu của " + figureOf + ", lấy một lần" + (m == null ? "" : "; " + m.vietnamese());
    }

    /** How many of the units' figures were made of their schools' answers, or left answers out. */
    private static String made(Basis b, String figureOf) {
        long used = b.made().stream().filter(Basis.Made::used).count();
        long left = b.made().size() - used;
        List<String> parts = new ArrayList<>(2);
        if (used > 0) {
            parts.add(used + " " + figureOf + " từ câu trả lời Có/Chưa");
        }
        if (left > 0) {
            parts.add(left + " " + figureOf + " bỏ câu trả lời Có/Chưa");
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** A school's yes/no (or met/not-met) answer in a percent row measured at the school. */
    private static boolean answer(Indicator indicator, ParsedValue v) {
        return indicator.measuredAt() == Indicator.MeasuredAt.SCHOOL && yesNoInPercentRow(indicator, v);
    }

    /**
     * A yes/no (or met/not-met) answer in a percent row: the school's own recognition («Có» in «Trường đạt
     * chuẩn quốc gia, %»), readable.
     */
    static boolean yesNoInPercentRow(Indicator indicator, ParsedValue v) {
        return indicator.kind() == Indicator.IndicatorKind.PERCENT && v.truth() != null
                && (v.kind() == ValueKind.YES_NO || v.kind() == ValueKind.MET)
                && !v.flags().contains(ValueFlag.UNPARSEABLE) && !v.flags().contains(ValueFlag.FORMULA_WITHOUT_VALUE);
    }

    /**
     * Whether a percent row's values, known one by one, are schools' answers: each 100 a yes (at least
     * one), the rest 0. The figure is then a count of units, and the summary shows it.
     */
    private static boolean answersOnly(Indicator indicator, Basis b) {
        if (indicator.kind() != Indicator.IndicatorKind.PERCENT || !b.valuesKnown() || b.trues() == 0
                || b.values().size() != b.units()) {
            return false;
        }
        long hundreds = b.values().stream().filter(x -> x.compareTo(HUNDRED) == 0).count();
        return hundreds == b.trues() && b.values().stream().allMatch(x -> x.signum() == 0 || x.compareTo(HUNDRED) == 0);
    }

    private static BigDecimal median(Basis b) {
        if (!b.valuesKnown() || b.values().isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(b.values());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
    }

    /**
     * The catalogue's method; "weighted" is the weighted rate when the registry has the counts (see
     * {@link #finish}), the mean otherwise, and the summary says which.
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
            default -> answer(indicator, v) || v.number() != null && (v.kind() == ValueKind.PERCENT
                    || v.kind() == ValueKind.NUMBER || v.kind() == ValueKind.COUNT);
        };
    }
}
