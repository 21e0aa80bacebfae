package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Unit;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * What one reporting unit's submission used in the consolidation says: its file, which version of the
 * unit's submissions it is (1 for the first file it sent) and, per indicator code, per measure code
 * ({@code current}, {@code target_unit}, {@code phase_2024}…), the value. A node's consolidated table
 * also carries, per indicator, the {@code basis} measure: what each of its aggregates was made of
 * ({@link BasisText}).
 */
public record UnitReport(Unit unit, String file, String sha256, int version,
                         Map<String, Map<String, ParsedValue>> values) {

    private static final ValueParser PARSER = new ValueParser();

    /** A unit's first and only version. */
    public UnitReport(Unit unit, String file, String sha256, Map<String, Map<String, ParsedValue>> values) {
        this(unit, file, sha256, 1, values);
    }

    public ParsedValue value(String indicatorCode, String measure) {
        Map<String, ParsedValue> m = values.get(indicatorCode);
        return m == null ? null : m.get(measure);
    }

    /** The number of the plan the table goes with, as its caption cites it; null when it cites none. */
    public String planNumber() {
        ParsedValue v = value(CurrentValues.DOCUMENT_KEY, MeasureKind.PLAN_NUMBER.code());
        return v == null ? null : v.raw();
    }

    /** The date of that plan; null when the caption gives none. */
    public LocalDate planDate() {
        ParsedValue v = value(CurrentValues.DOCUMENT_KEY, MeasureKind.PLAN_DATE.code());
        try {
            return v == null ? null : LocalDate.parse(v.raw());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether this is a node's table (a district's consolidated table): its workbook says so (it
     * carries the basis of its aggregates) or the registry does ({@code registryNode}: the unit has
     * units under it).
     */
    public boolean isNodeTable(boolean registryNode) {
        return registryNode || values.values().stream().anyMatch(m -> m.containsKey(BasisText.MEASURE));
    }

    private BasisText.Parsed carried(String indicatorCode) {
        ParsedValue v = value(indicatorCode, BasisText.MEASURE);
        return v == null ? null : BasisText.decode(v.raw());
    }

    /**
     * Units under the node, as its table says (on a line counting its reporting units, not the districts a
     * figure belongs to), else {@code fallback} (the registry's count).
     */
    int expectedUnder(int fallback) {
        for (String code : values.keySet()) {
            BasisText.Parsed p = carried(code);
            if (p != null && p.expected() >= 0 && p.countsOf() == null) {
                return p.expected();
            }
        }
        return fallback;
    }

    /**
     * For a figure measured above the school: the units it belongs to under the node and those that reported
     * it, as the table says; a table that does not say (filled by hand, or written before it said) is one
     * unit's figure, its own.
     */
    int[] figureCounts(String indicatorCode) {
        BasisText.Parsed p = carried(indicatorCode);
        if (p != null && p.countsOf() != null && p.expected() >= 0 && p.reported() >= 0) {
            return new int[] {p.expected(), p.reported()};
        }
        return new int[] {1, values.containsKey(indicatorCode) ? 1 : 0};
    }

    /** Units under the node that reported the indicator, as its table says, else all or none of {@code under}. */
    int reportedUnder(String indicatorCode, int under) {
        BasisText.Parsed p = carried(indicatorCode);
        if (p != null && p.reported() >= 0) {
            return p.reported();
        }
        return values.containsKey(indicatorCode) ? under : 0;
    }

    /**
     * The values of the units under the node its table carries for one indicator, those the level above
     * compares with its quota (its schools', or its own figure's when it is the node a figure belongs to),
     * each as a report of that unit ({@code unitOf} names a code); null when the table does not carry them.
     */
    List<UnitReport> carriedUnits(Indicator indicator, BiFunction<String, String, Unit> unitOf) {
        BasisText.Parsed p = carried(indicator.code());
        if (p == null || p.units() == null) {
            return null;
        }
        Map<String, String> names = carriedNames();
        UnitHint hint = UnitHint.fromUnitLabel(indicator.unit());
        List<UnitReport> out = new ArrayList<>();
        for (BasisText.UnitValues u : p.units()) {
            Map<String, ParsedValue> values = new LinkedHashMap<>();
            u.values().forEach((m, v) -> values.put(m, PARSER.parse(v, hint)));
            out.add(new UnitReport(unitOf.apply(u.code(), names.get(u.code())), null, null, 0,
                    Map.of(indicator.code(), values)));
        }
        return out;
    }

    /**
     * The values counted although read with a warning the table carries for one indicator (none when it does
     * not); a table filled by hand, whose own values count, its own read with a warning (a district's 100 read
     * as its «Đạt»).
     */
    List<Doubt> carriedDoubts(Indicator indicator, BiFunction<String, String, Unit> unitOf) {
        BasisText.Parsed p = carried(indicator.code());
        if (p == null) {
            List<Doubt> own = new ArrayList<>(0);
            values.getOrDefault(indicator.code(), Map.of()).forEach((measure, v) -> {
                if (!measure.equals(BasisText.MEASURE) && v.isFlagged() && Aggregator.usable(indicator, v)) {
                    own.add(new Doubt(measure, unit, v));
                }
            });
            return own;
        }
        if (p.doubts() == null) {
            return List.of();
        }
        Map<String, String> names = carriedNames();
        UnitHint hint = UnitHint.fromUnitLabel(indicator.unit());
        return p.doubts().stream().map(d -> new Doubt(d.measure(), unitOf.apply(d.code(), names.get(d.code())),
                PARSER.parse(d.raw(), hint))).toList();
    }

    /** The units under the node its table says sent nothing (none when it does not say). */
    List<Unit> carriedMissing(BiFunction<String, String, Unit> unitOf) {
        List<BasisText.NamedUnit> units = namedUnits();
        return units == null ? List.of() : units.stream().filter(BasisText.NamedUnit::missing)
                .map(u -> unitOf.apply(u.code(), u.name())).toList();
    }

    private Map<String, String> carriedNames() {
        Map<String, String> names = new HashMap<>();
        List<BasisText.NamedUnit> units = namedUnits();
        if (units != null) {
            units.stream().filter(u -> u.name() != null).forEach(u -> names.put(u.code(), u.name()));
        }
        return names;
    }

    private List<BasisText.NamedUnit> namedUnits() {
        ParsedValue v = value(CurrentValues.DOCUMENT_KEY, BasisText.MEASURE);
        return v == null ? null : BasisText.decodeUnits(v.raw());
    }

    /**
     * What the table's aggregate of one measure was made of; a table that does not say (filled by hand)
     * counts as one value, of the node, weighted by the registry's count for it; its own word (a district's
     * «Đạt PCGDTH mức độ 3») counts as a consolidated table's does, shown as the word.
     */
    Basis basis(Indicator indicator, String measure, BigDecimal weight) {
        BasisText.Parsed p = carried(indicator.code());
        if (p != null && p.parts().containsKey(measure)) {
            return p.parts().get(measure);
        }
        Basis.Builder b = new Basis.Builder();
        ParsedValue v = value(indicator.code(), measure);
        if (v != null && Aggregator.methodOf(indicator) == Aggregate.Method.SHARE && Aggregator.usable(indicator, v)) {
            b.listed(new Basis.Listed(unit.name(), v.vietnamese())); // the node's own word, as its table shows it
        }
        Aggregator.add(b, indicator, v, weight, unit.name());
        return b.build();
    }
}
