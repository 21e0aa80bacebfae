package vn.tonghop.consolidation;

import java.util.Map;

import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;

/**
 * What one reporting unit's submission used in the consolidation says: its file and, per indicator
 * code, per measure code ({@code current}, {@code target_unit}, {@code phase_2024}…), the value.
 */
public record UnitReport(Unit unit, String file, String sha256, Map<String, Map<String, ParsedValue>> values) {

    public ParsedValue value(String indicatorCode, String measure) {
        Map<String, ParsedValue> m = values.get(indicatorCode);
        return m == null ? null : m.get(measure);
    }
}
