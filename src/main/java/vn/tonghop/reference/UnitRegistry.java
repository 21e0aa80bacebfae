package vn.tonghop.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Unit;

/**
 * The office's registry of units (danh mục đơn vị): the administrative tree, any depth.
 * File columns: {@code code, name, level, parent_code, email, former_parent_code}.
 */
public final class UnitRegistry {

    private final Map<String, Unit> byCode;
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();

    public UnitRegistry(Collection<Unit> units) {
        Map<String, Unit> map = new LinkedHashMap<>();
        for (Unit u : units) {
            if (map.putIfAbsent(u.code(), u) != null) {
                throw new IllegalArgumentException("registry lists unit code twice: " + u.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        for (Unit u : units) {
            if (!u.isRoot()) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
    }

    public static UnitRegistry load(Path csv) {
        List<Unit> units = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.read(csv)) {
            String code = r.getOrDefault("code", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            units.add(new Unit(code, r.getOrDefault("name", ""), r.getOrDefault("level", ""),
                    blankToNull(r.get("parent_code")), blankToNull(r.get("email")),
                    blankToNull(r.get("former_parent_code"))));
        }
        return new UnitRegistry(units);
    }

    public Unit find(String code) {
        return code == null ? null : byCode.get(code.strip());
    }

    /**
     * The reporting unit (one without units under it) whose registry e-mail is {@code address}
     * (a cell may hold several, separated by {@code ;} or {@code ,}); null when none or more than one.
     */
    public Unit reportingUnitByEmail(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String wanted = address.strip().toLowerCase(java.util.Locale.ROOT);
        Unit found = null;
        for (Unit u : byCode.values()) {
            if (u.email() == null || !childrenOf(u.code()).isEmpty()) {
                continue;
            }
            for (String e : u.email().split("[;,]")) {
                if (e.strip().toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
                    if (found != null && found != u) {
                        return null;
                    }
                    found = u;
                }
            }
        }
        return found;
    }

    public Collection<Unit> units() {
        return byCode.values();
    }

    public List<Unit> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Distance from the root: 0 for the province, 2 for a school under a district. */
    public int depth(Unit unit) {
        int d = 0;
        for (Unit u = unit; u != null && !u.isRoot() && d < 64; u = byCode.get(u.parentCode())) {
            d++;
        }
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
