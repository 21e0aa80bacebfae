package vn.tonghop.kind.phasing.consolidation;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import vn.tonghop.domain.Indicator;
import vn.tonghop.value.ParsedValue;

/**
 * The lines a node's table carries up for one indicator ({@link NodeSummary#upward()}), each made when read from
 * the unit's values. Held, they were one line per unit and indicator at every node (1.7 million, about 250 MB, at
 * N = 100,000), while the table keeps a node's lines only when they fit in one basis fact ({@link BasisText}):
 * the root of a large office carries none. Only the units are kept.
 */
final class UpwardLines extends AbstractList<BasisText.UnitValues> implements RandomAccess {

    private final UnitReport[] units;
    private final Indicator indicator;
    private final List<String> measures;

    UpwardLines(List<UnitReport> units, Indicator indicator, List<String> measures) {
        this.units = units.toArray(UnitReport[]::new);
        this.indicator = indicator;
        this.measures = List.copyOf(measures);
    }

    @Override
    public BasisText.UnitValues get(int index) {
        UnitReport r = units[index];
        Map<String, String> values = new LinkedHashMap<>();
        for (String m : measures) {
            ParsedValue v = r.value(indicator.code(), m);
            if (v != null && Aggregator.usable(indicator, v)) {
                values.put(m, v.normalized());
            }
        }
        return new BasisText.UnitValues(r.unit().code(), r.unit().name(), values);
    }

    @Override
    public int size() {
        return units.length;
    }
}
