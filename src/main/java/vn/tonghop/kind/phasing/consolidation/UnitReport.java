package vn.tonghop.kind.phasing.consolidation;

import java.util.Map;

import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;

/**
 * What one reporting unit's submission used in the consolidation says: its file, which version of the
 * unit's submissions it is (1 for the first file it sent) and, per indicator code, per measure code
 * ({@code current}, {@code target_unit}, {@code phase_2024}…), the value.
 */
public record UnitReport(Unit unit, String file, String sha256, int version,
                         Map<String, Map<String, ParsedValue>> values) {

    /** A unit's first and only version. */
    public UnitReport(Unit unit, String file, String sha256, Map<String, Map<String, ParsedValue>> values) {
        this(unit, file, sha256, 1, values);
    }

    public ParsedValue value(String indicatorCode, String measure) {
        Map<String, ParsedValue> m = values.get(indicatorCode);
        return m == null ? null : m.get(measure);
    }
}
