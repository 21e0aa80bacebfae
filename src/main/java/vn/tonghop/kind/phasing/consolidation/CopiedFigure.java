package vn.tonghop.kind.phasing.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Strength;
import vn.tonghop.value.ParsedValue;

/**
 * A district's (or province's) figure that its schools copy into their tables, taken once: the value
 * most of the schools wrote for one measure. {@code figure} is null when no value leads (two values
 * as often as each other): then nobody's copy can stand for the district. {@code copies} are the
 * schools' usable values in report order; {@code differing} the reports whose copy is not the figure.
 */
record CopiedFigure(ParsedValue figure, int agreeing, List<UnitReport> copies, List<UnitReport> differing) {

    static CopiedFigure of(Indicator indicator, String measure, List<UnitReport> schools) {
        List<UnitReport> copies = new ArrayList<>();
        List<ParsedValue> values = new ArrayList<>();
        for (UnitReport r : schools) {
            ParsedValue v = r.value(indicator.code(), measure);
            if (v != null && Aggregator.usable(indicator, v)) {
                copies.add(r);
                values.add(v);
            }
        }
        Map<ParsedValue, Integer> alike = alike(values);
        ParsedValue best = null;
        int bestCount = 0;
        boolean tie = false;
        for (ParsedValue v : values) {
            int n = alike.get(v);
            if (n > bestCount) {
                best = v;
                bestCount = n;
                tie = false;
            } else if (n == bestCount && !Strength.sameValue(best, v)) {
                tie = true;
            }
        }
        ParsedValue figure = tie ? null : best;
        List<UnitReport> differing = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            if (figure == null || !Strength.sameValue(values.get(i), figure)) {
                differing.add(copies.get(i));
            }
        }
        return new CopiedFigure(figure, figure == null ? 0 : bestCount, copies, differing);
    }

    /**
     * For each value, how many of {@code values} are the same value as it, counted by keys
     * ({@link Strength.SameValueCount}): comparing each distinct value with every other grew with their square
     * when a district's schools wrote thousands of distinct values (half the consolidation at N = 100,000).
     */
    private static Map<ParsedValue, Integer> alike(List<ParsedValue> values) {
        Strength.SameValueCount count = new Strength.SameValueCount();
        values.forEach(count::add);
        Map<ParsedValue, Integer> alike = new HashMap<>();
        for (ParsedValue v : values) {
            alike.computeIfAbsent(v, count::of);
        }
        return alike;
    }
}
