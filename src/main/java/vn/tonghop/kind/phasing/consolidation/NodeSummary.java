package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;

/**
 * One indicator at one node of the tree (a district, the province): units expected (the reporting
 * units under it), units that reported the indicator, units with a valid current value; the
 * aggregates of the current value, of the units' own targets and of each phasing year; the quota the
 * node set for its units ({@code quota}, null when none); the {@code gap} between the aggregate
 * current value and the quota, signed so that a positive gap is what is still to achieve in the
 * indicator's good direction (null when not comparable); the units whose own target falls short of the
 * quota ({@code unitsShort}), and all three ways units fall short ({@link FallingShort}); the values
 * counted although read with a warning ({@link Doubt}); {@code upward}, the values of the units the
 * node's table carries for the level above's own lists (null: not known). {@code countsOf} says which
 * units {@code expected}, {@code reported} and {@code valid} count: null, the reporting units (schools);
 * for a figure measured above the school, at the node it belongs to or above, the catalogue's level
 * ({@link Indicator.MeasuredAt#DISTRICT}: districts), each counted once as its figure is taken once.
 */
public record NodeSummary(Unit node, int depth, Indicator indicator, int expected, int reported, int valid,
                          Aggregate current, Aggregate target, SortedMap<Integer, Aggregate> phases,
                          ParsedValue quota, BigDecimal gap, List<Unit> unitsShort, FallingShort fallingShort,
                          List<Doubt> doubts, List<BasisText.UnitValues> upward, Indicator.MeasuredAt countsOf) {

    public NodeSummary {
        unitsShort = List.copyOf(unitsShort);
        fallingShort = fallingShort == null ? FallingShort.targetsOnly(unitsShort) : fallingShort;
        doubts = doubts == null ? List.of() : List.copyOf(doubts);
        upward = upward == null || upward instanceof UpwardLines ? upward : List.copyOf(upward); // made when read
    }

    /** Counting the reporting units. */
    public NodeSummary(Unit node, int depth, Indicator indicator, int expected, int reported, int valid,
                       Aggregate current, Aggregate target, SortedMap<Integer, Aggregate> phases, ParsedValue quota,
                       BigDecimal gap, List<Unit> unitsShort, FallingShort fallingShort, List<Doubt> doubts,
                       List<BasisText.UnitValues> upward) {
        this(node, depth, indicator, expected, reported, valid, current, target, phases, quota, gap, unitsShort,
                fallingShort, doubts, upward, null);
    }

    /** The same summary for a node {@code depth} levels under another root (a district's copy). */
    public NodeSummary atDepth(int depth) {
        return depth == this.depth ? this : new NodeSummary(node, depth, indicator, expected, reported, valid, current,
                target, phases, quota, gap, unitsShort, fallingShort, doubts, upward, countsOf);
    }

    /**
     * How the row's figure was made, as «Cách tổng hợp» says it: the current value's aggregate, and which
     * units the counts are when they are not the reporting units («số đơn vị = số huyện»).
     */
    public String description() {
        return current.description() + (countsOf == null ? "" : "; số đơn vị = số " + countsOf.vietnamese());
    }

    /** Carrying nothing up for the level above's lists (a summary built in a test). */
    public NodeSummary(Unit node, int depth, Indicator indicator, int expected, int reported, int valid,
                       Aggregate current, Aggregate target, SortedMap<Integer, Aggregate> phases, ParsedValue quota,
                       BigDecimal gap, List<Unit> unitsShort, FallingShort fallingShort, List<Doubt> doubts) {
        this(node, depth, indicator, expected, reported, valid, current, target, phases, quota, gap, unitsShort,
                fallingShort, doubts, null);
    }

    /** Knowing only the units whose own target is weaker, and no doubtful value. */
    public NodeSummary(Unit node, int depth, Indicator indicator, int expected, int reported, int valid,
                       Aggregate current, Aggregate target, SortedMap<Integer, Aggregate> phases, ParsedValue quota,
                       BigDecimal gap, List<Unit> unitsShort) {
        this(node, depth, indicator, expected, reported, valid, current, target, phases, quota, gap, unitsShort, null,
                null);
    }

    /**
     * The node's plan does not reach its quota: a unit's own target or last phasing year falls short, or
     * the aggregate of the last phasing year does (a share of schools).
     */
    public boolean planProblem() {
        if (fallingShort.planProblem()) {
            return true;
        }
        Aggregate last = phases == null || phases.isEmpty() ? null : phases.get(phases.lastKey());
        if (quota == null || quota.number() == null || last == null || last.value() == null
                || last.method() == Aggregate.Method.LIST) {
            return false;
        }
        int c = last.value().compareTo(quota.number());
        return indicator.goodDirection() == Indicator.GoodDirection.LOWER ? c > 0 : c < 0;
    }

    /** Not there yet, but on the way: below the quota now (a unit, or the aggregate), the plan reaching it. */
    public boolean onTheWay() {
        return !planProblem() && (!fallingShort.belowNow().isEmpty() || gap != null && gap.signum() > 0);
    }
}
