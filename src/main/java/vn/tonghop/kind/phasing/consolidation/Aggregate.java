package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;

import vn.tonghop.domain.Indicator;

/**
 * One indicator, one measure, consolidated over the units under a node. {@code value} is the
 * headline figure (the mean, the weighted mean, the sum, or the share of units in %); mean-type
 * aggregates also carry median, min and max so the office sees the spread. Ranks are not averaged:
 * {@code listing} lists them per unit ("TH Phú Lộc: 5/19; …"). {@code count} is how many units'
 * values went in. {@code how} says in Vietnamese how the figure was made when there is more to say
 * than the method (which weight, a mean where weights were missing, a district's figure taken once);
 * {@code basis} is what it was made of, for the level above.
 */
public record Aggregate(Method method, int count, BigDecimal value, BigDecimal median, BigDecimal min,
                        BigDecimal max, String listing, String how, Basis basis) {

    public Aggregate(Method method, int count, BigDecimal value, BigDecimal median, BigDecimal min, BigDecimal max,
                     String listing) {
        this(method, count, value, median, min, max, listing, null, null);
    }

    /** True when the indicator's figures are whole counts: summed counts ({@code ĐV}), shown without decimals. */
    public static boolean isCount(Indicator indicator, Method method) {
        return method == Method.SUM && indicator.kind() == Indicator.IndicatorKind.COUNT;
    }

    public enum Method {
        MEAN("trung bình (không có tử số/mẫu số)"),
        WEIGHTED("bình quân gia quyền"),
        SUM("tổng"),
        SHARE("tỷ lệ đơn vị đạt/có (%)"),
        LIST("danh sách theo đơn vị");

        private final String vietnamese;

        Method(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        /** How the figure was made, as the summary says it. */
        public String vietnamese() {
            return vietnamese;
        }
    }

    /** How the figure was made, as the summary says it: {@code how}, else the method's words. */
    public String description() {
        return how == null ? method.vietnamese() : how;
    }

    /**
     * The node's own figure as its units wrote it, when the aggregate is that one figure: its district
     * team's rank («11/20»), its own recognition («Đạt», where a share of one would say 100); else null (a
     * share or a list of several units).
     */
    public String own(String nodeName) {
        boolean word = method == Method.LIST || method == Method.SHARE && basis != null && basis.units() == 1;
        return word && basis != null && basis.listing().size() == 1 && basis.listing().get(0).label().equals(nodeName)
                ? basis.listing().get(0).text() : null;
    }

    public static Aggregate none(Method method) {
        return new Aggregate(method, 0, null, null, null, null, "");
    }
}
