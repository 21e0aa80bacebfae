package vn.tonghop.kind.phasing.consolidation;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Strength;
import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;

/**
 * The units under a node that fall short of the quota it set, the three ways an officer tells apart
 * (weaker in the indicator's good direction, comparators honoured): {@code belowNow}, the current
 * value is below the quota (not a problem by itself: the plan may be on its way); {@code targetWeaker},
 * the unit's own end-of-period target is weaker than the quota; {@code planShort}, its last phasing year
 * does not reach the quota. A plan that does not reach the quota is a problem ({@link #planProblem()}).
 */
public record FallingShort(List<Unit> belowNow, List<Unit> targetWeaker, List<Unit> planShort) {

    public static final FallingShort NONE = new FallingShort(List.of(), List.of(), List.of());

    public FallingShort {
        belowNow = List.copyOf(belowNow);
        targetWeaker = List.copyOf(targetWeaker);
        planShort = List.copyOf(planShort);
    }

    /** Only the units whose own target is weaker (what a summary built before knew). */
    public static FallingShort targetsOnly(List<Unit> targetWeaker) {
        return new FallingShort(List.of(), targetWeaker, List.of());
    }

    /**
     * Of the units that reported the indicator, against the node's {@code quota} (none when null or not
     * comparable with the units' values, as a share of schools is not with a school's yes or no);
     * {@code lastYear} is the period's last phasing year (null: none).
     */
    static FallingShort of(Indicator indicator, List<UnitReport> reported, ParsedValue quota, Integer lastYear) {
        if (quota == null) {
            return NONE;
        }
        List<Unit> below = new ArrayList<>();
        List<Unit> target = new ArrayList<>();
        List<Unit> plan = new ArrayList<>();
        for (UnitReport r : reported) {
            if (weaker(indicator, r.value(indicator.code(), "current"), quota)) {
                below.add(r.unit());
            }
            if (weaker(indicator, r.value(indicator.code(), "target_unit"), quota)) {
                target.add(r.unit());
            }
            if (lastYear != null && weaker(indicator, r.value(indicator.code(), "phase_" + lastYear), quota)) {
                plan.add(r.unit());
            }
        }
        return new FallingShort(below, target, plan);
    }

    private static boolean weaker(Indicator indicator, ParsedValue v, ParsedValue quota) {
        return v != null && Aggregator.usable(indicator, v) && Strength.weaker(v, quota, indicator);
    }

    /** A unit plans to stay below the quota: its own target, or its last phasing year, falls short. */
    public boolean planProblem() {
        return !targetWeaker.isEmpty() || !planShort.isEmpty();
    }

    public boolean isEmpty() {
        return belowNow.isEmpty() && !planProblem();
    }
}
