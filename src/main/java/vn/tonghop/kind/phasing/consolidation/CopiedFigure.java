package vn.tonghop.kind.phasing.consolidation;

import java.util.ArrayList;
import java.util.List;

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
        for (UnitReport r : schools) {
            ParsedValue v = r.value(indicator.code(), measure);
            if (v != null && Aggregator.usable(indicator, v)) {
                copies.add(r);
            }
        }
        ParsedValue best = null;
        int bestCount = 0;
        boolean tie = false;
        for (UnitReport r : copies) {
            ParsedValue v = r.value(indicator.code(), measure);
            int n = (int) copies.stream().filter(o -> Strength.sameValue(o.value(indicator.code(), measure), v)).count();
            if (n > bestCount) {
                best = v;
                bestCount = n;
                tie = false;
            } else if (n == bestCount && !Strength.sameValue(best, v)) {
                tie = true;
            }
        }
        ParsedValue figure = tie ? null : best;
        List<UnitReport> differing = copies.stream()
                .filter(r -> figure == null || !Strength.sameValue(r.value(indicator.code(), measure), figure)).toList();
        return new CopiedFigure(figure, figure == null ? 0 : bestCount, copies, differing);
    }
}
