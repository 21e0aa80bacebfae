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
 * indicator's good direction (null when not comparable); and the units whose own target falls short
 * of the quota.
 */
public record NodeSummary(Unit node, int depth, Indicator indicator, int expected, int reported, int valid,
                          Aggregate current, Aggregate target, SortedMap<Integer, Aggregate> phases,
                          ParsedValue quota, BigDecimal gap, List<Unit> unitsShort) {

    public NodeSummary {
        unitsShort = List.copyOf(unitsShort);
    }
}
