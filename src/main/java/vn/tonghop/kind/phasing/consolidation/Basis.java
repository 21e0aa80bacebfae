package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one aggregate is made of, kept so the level above can add it to others and get exactly what it
 * would get from the units themselves: how many values went in ({@code units}), their sum, how many of
 * them had a weight with the sum of those weights and of weight × value, how many were yes (or met),
 * the smallest and largest, the rank listing (and a district's own yes/no word, so the district shows
 * «Đạt» where a share would say 100), the values themselves while they are all known (a median cannot be
 * made of medians: {@code values} is null once a part came from a node's table), and {@code made}: the
 * figures of units above the schools that were not taken as their schools wrote them ({@link Made}).
 */
public record Basis(int units, BigDecimal sum, int weighted, BigDecimal weights, BigDecimal weightedSum, int trues,
                    BigDecimal min, BigDecimal max, List<BigDecimal> values, List<Listed> listing, List<Made> made) {

    /** One line of a listing: whose value, and the value as the office writes it. */
    public record Listed(String label, String text) {
    }

    /**
     * How the figure of one unit above the schools (a district's) was made from its schools' yes/no answers
     * in a percent row: {@code used}, it is the share of them answering yes ({@code yes} of {@code answers});
     * not used, some schools copied a figure, which was taken, and the {@code answers} were left out.
     */
    public record Made(String label, int yes, int answers, boolean used) {

        /** «6/9 trường trả lời Có/Đạt», or «không tính 7 trường trả lời Có/Chưa» beside a copied figure. */
        public String vietnamese() {
            String schools = vn.tonghop.domain.Indicator.MeasuredAt.SCHOOL.vietnamese();
            return used ? yes + "/" + answers + " " + schools + " trả lời Có/Đạt"
                    : "không tính " + answers + " " + schools + " trả lời Có/Chưa";
        }
    }

    public Basis {
        values = values == null ? null : List.copyOf(values);
        listing = List.copyOf(listing);
        made = made == null ? List.of() : List.copyOf(made);
    }

    /** Without figures made from answers (a line written before they were carried). */
    public Basis(int units, BigDecimal sum, int weighted, BigDecimal weights, BigDecimal weightedSum, int trues,
                 BigDecimal min, BigDecimal max, List<BigDecimal> values, List<Listed> listing) {
        this(units, sum, weighted, weights, weightedSum, trues, min, max, values, listing, List.of());
    }

    public static final Basis EMPTY = new Builder().build();

    /** Whether the median can be made (every value is known one by one). */
    public boolean valuesKnown() {
        return values != null;
    }

    /** Adds values and parts in order; {@link #build()} gives the basis. */
    public static final class Builder {
        private int units;
        private BigDecimal sum = BigDecimal.ZERO;
        private int weighted;
        private BigDecimal weights = BigDecimal.ZERO;
        private BigDecimal weightedSum = BigDecimal.ZERO;
        private int trues;
        private BigDecimal min;
        private BigDecimal max;
        private List<BigDecimal> values = new ArrayList<>();
        private final List<Listed> listing = new ArrayList<>();
        private final List<Made> made = new ArrayList<>();

        /** One unit's value: {@code number} null for a yes/no or a rank, {@code weight} null when unknown. */
        public Builder value(BigDecimal number, Boolean truth, BigDecimal weight, Listed listed) {
            units++;
            if (number != null) {
                sum = sum.add(number);
                extremes(number, number);
                if (values != null) {
                    values.add(number);
                }
                if (weight != null) {
                    weighted++;
                    weights = weights.add(weight);
                    weightedSum = weightedSum.add(weight.multiply(number));
                }
            }
            trues += Boolean.TRUE.equals(truth) ? 1 : 0;
            if (listed != null) {
                listing.add(listed);
            }
            return this;
        }

        /** A part made elsewhere (a node's table, or a node below). */
        public Builder add(Basis b) {
            if (b == null || b.units == 0) {
                return this;
            }
            units += b.units;
            sum = sum.add(b.sum);
            weighted += b.weighted;
            weights = weights.add(b.weights);
            weightedSum = weightedSum.add(b.weightedSum);
            trues += b.trues;
            if (b.min != null) {
                extremes(b.min, b.max);
            }
            if (values != null && b.values != null) {
                values.addAll(b.values);
            } else {
                values = null;
            }
            listing.addAll(b.listing);
            made.addAll(b.made);
            return this;
        }

        /** A line of the listing without a value of its own (a district's own yes/no word). */
        public Builder listed(Listed listed) {
            listing.add(listed);
            return this;
        }

        /** How the figure of a unit just added was made, when not as its schools wrote it. */
        public Builder made(Made m) {
            if (m != null) {
                made.add(m);
            }
            return this;
        }

        private void extremes(BigDecimal lo, BigDecimal hi) {
            min = min == null || lo.compareTo(min) < 0 ? lo : min;
            max = max == null || hi.compareTo(max) > 0 ? hi : max;
        }

        public Basis build() {
            List<BigDecimal> v = values == null ? null : new ArrayList<>(values);
            if (v != null) {
                Collections.sort(v);
            }
            return new Basis(units, sum, weighted, weights, weightedSum, trues, min, max, v, listing, made);
        }
    }
}
