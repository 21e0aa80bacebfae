package vn.tonghop.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * The official quotas (chỉ tiêu giao): for each indicator, the value each setting unit handed down.
 * File columns: {@code indicator_code, set_by, quota}, the quota as the office writes it
 * ({@code 99,80}, {@code < 0,20}, {@code Đạt}, {@code X}), read by the same parser as submissions.
 */
public final class QuotaBook {

    private final Map<String, ParsedValue> quotas;

    public QuotaBook(Map<String, ParsedValue> quotas) {
        this.quotas = Map.copyOf(quotas);
    }

    public static QuotaBook load(Path csv, IndicatorCatalogue catalogue) {
        ValueParser parser = new ValueParser();
        Map<String, ParsedValue> map = new HashMap<>();
        for (Map<String, String> r : ReferenceCsv.read(csv)) {
            String indicator = r.getOrDefault("indicator_code", "").strip();
            String setBy = r.getOrDefault("set_by", "").strip();
            if (indicator.isEmpty() || setBy.isEmpty()) {
                continue;
            }
            var ind = catalogue.find(indicator);
            UnitHint hint = UnitHint.fromUnitLabel(ind == null ? "" : ind.unit());
            map.put(key(indicator, setBy), parser.parse(r.getOrDefault("quota", ""), hint));
        }
        return new QuotaBook(map);
    }

    /** The quota {@code setBy} handed down for the indicator, or null. */
    public ParsedValue quota(String indicatorCode, String setBy) {
        return quotas.get(key(indicatorCode, setBy));
    }

    /**
     * The quota that applies to a unit's column: the district column ("Huyện") holds what the unit's
     * parent set, the "TW, Tỉnh" column what the level above the parent set. {@code levelsUp} is 1 for
     * the parent, 2 for the grandparent. Null when that ancestor set none.
     */
    public ParsedValue quotaFor(String indicatorCode, Unit unit, int levelsUp, UnitRegistry registry) {
        Unit ancestor = unit;
        for (int i = 0; i < levelsUp && ancestor != null; i++) {
            ancestor = ancestor.isRoot() ? null : registry.find(ancestor.parentCode());
        }
        return ancestor == null ? null : quota(indicatorCode, ancestor.code());
    }

    private static String key(String indicator, String setBy) {
        return indicator + "\u0000" + setBy;
    }
}
