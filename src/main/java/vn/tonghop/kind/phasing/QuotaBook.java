package vn.tonghop.kind.phasing;

import vn.tonghop.reference.ReferenceCsv;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueFlag;
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

    static final ReferenceCsv.Layout LAYOUT = new ReferenceCsv.Layout("chỉ tiêu giao", "tonghop.quotas",
            List.of("indicator_code", "set_by", "quota"), List.of());

    /** Reads the quotas; a file with any problem (see {@link #parse}) is refused with all of them. */
    public static QuotaBook load(Path csv, IndicatorCatalogue catalogue, UnitRegistry registry) {
        ReferenceProblems problems = new ReferenceProblems();
        QuotaBook book = parse(csv, catalogue, registry, problems);
        problems.throwIfAny();
        return book;
    }

    /** As {@link #load(Path, IndicatorCatalogue, UnitRegistry)} without checking the units (tests' small registries). */
    public static QuotaBook load(Path csv, IndicatorCatalogue catalogue) {
        return load(csv, catalogue, null);
    }

    /**
     * Reads what can be read and reports every problem: columns, an indicator not in the catalogue, a
     * setting unit not in the registry (when one is given), a pair given twice, a quota the value parser
     * cannot read. Null when the file cannot be read at all.
     */
    public static QuotaBook parse(Path csv, IndicatorCatalogue catalogue, UnitRegistry registry,
                                  ReferenceProblems problems) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, LAYOUT, problems);
        if (rows == null) {
            return null;
        }
        ValueParser parser = new ValueParser();
        Map<String, ParsedValue> map = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (ReferenceCsv.Row r : rows) {
            String indicator = r.get("indicator_code");
            String setBy = r.get("set_by");
            if (indicator.isEmpty() || setBy.isEmpty()) {
                problems.add(csv, r.line(), "thiếu " + (indicator.isEmpty() ? "mã chỉ tiêu (cột indicator_code)"
                        : "mã đơn vị giao (cột set_by)") + ". Ghi đủ hoặc xóa dòng này.");
                continue;
            }
            var ind = catalogue == null ? null : catalogue.find(indicator);
            if (catalogue != null && ind == null) {
                problems.add(csv, r.line(), "chỉ tiêu «" + indicator + "» (cột indicator_code) không có trong danh mục "
                        + "chỉ tiêu. Sửa mã cho đúng cột code của danh mục chỉ tiêu.");
            }
            if (registry != null && registry.find(setBy) == null) {
                problems.add(csv, r.line(), "đơn vị giao «" + setBy + "» (cột set_by) không có trong danh mục đơn vị. "
                        + "Sửa mã cho đúng cột code của danh mục đơn vị.");
            }
            Integer first = lineOf.putIfAbsent(key(indicator, setBy), r.line());
            if (first != null) {
                problems.add(csv, r.line(), "chỉ tiêu «" + indicator + "» do «" + setBy + "» giao đã có ở dòng " + first
                        + ". Giữ một dòng.");
                continue;
            }
            UnitHint hint = UnitHint.fromUnitLabel(ind == null ? "" : ind.unit());
            ParsedValue quota = parser.parse(r.get("quota"), hint);
            if (quota.flags().contains(ValueFlag.UNPARSEABLE)) {
                problems.add(csv, r.line(), "không đọc được chỉ tiêu giao «" + r.get("quota") + "» (cột quota). Ghi như "
                        + "trong bảng: 99,80, > 99,00, < 0,20, Đạt, X, 5/20.");
            }
            map.put(key(indicator, setBy), quota);
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
