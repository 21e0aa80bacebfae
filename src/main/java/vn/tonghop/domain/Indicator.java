package vn.tonghop.domain;

import java.util.List;

/**
 * A catalogue entry (chỉ tiêu). {@code kind} says what a unit reports (a yes/no indicator at school
 * level is a share at district level); {@code aggregate} says how it consolidates; {@code unit} is
 * the ĐVT as printed in the table.
 */
public record Indicator(String code, Section section, String group, String name, List<String> aliases,
                        String unit, IndicatorKind kind, GoodDirection goodDirection,
                        Aggregation aggregate, boolean headline) {

    public Indicator {
        aliases = List.copyOf(aliases);
    }

    /** Which way is better: more schools at standard is good, more dropouts is not. */
    public enum GoodDirection { HIGHER, LOWER, EQUAL }

    public enum IndicatorKind { PERCENT, COUNT, RANK, YES_NO, MET, NUMBER, LEVEL }

    /** mean (with median, min, max), weighted (numerator/denominator), sum, share of units, list. */
    public enum Aggregation { MEAN, WEIGHTED, SUM, SHARE, LIST }
}
