package vn.tonghop.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;

/**
 * The office's registry of units (danh mục đơn vị): the administrative tree, any depth.
 * File columns: {@code code, name, level, parent_code, email, former_parent_code}, and optionally the
 * counts rates are over ({@link #WEIGHTS}: pupils, teachers, children of the age group, schools), so a
 * node's rate can be the weighted rate of its units.
 */
public final class UnitRegistry {

    /** The optional count columns a catalogue indicator may name as its {@code weight}, with what they count. */
    public static final Map<String, String> WEIGHTS = weights();

    private final Map<String, Unit> byCode;
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimal>> counts;

    public UnitRegistry(Collection<Unit> units) {
        this(units, Map.of());
    }

    /** With the units' counts: unit code → weight column → count. */
    public UnitRegistry(Collection<Unit> units, Map<String, Map<String, BigDecimal>> counts) {
        this.counts = Map.copyOf(counts);
        Map<String, Unit> map = new LinkedHashMap<>();
        for (Unit u : units) {
            if (map.putIfAbsent(u.code(), u) != null) {
                throw new IllegalArgumentException("Danh mục đơn vị ghi mã «" + u.code() + "» hai lần.");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        for (Unit u : units) {
            if (!u.isRoot()) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
    }

    static final ReferenceCsv.Layout LAYOUT = new ReferenceCsv.Layout("danh mục đơn vị", "tonghop.registry",
            List.of("code", "name", "level", "parent_code"), optionalColumns());

    private static Map<String, String> weights() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pupils", "số học sinh");
        m.put("teachers", "số giáo viên");
        m.put("children", "số trẻ trong độ tuổi");
        m.put("schools", "số trường");
        return Collections.unmodifiableMap(m);
    }

    private static List<String> optionalColumns() {
        List<String> c = new ArrayList<>(List.of("email", "former_parent_code"));
        c.addAll(weights().keySet());
        return List.copyOf(c);
    }

    /** Reads the registry; a file with any problem (see {@link #parse}) is refused with all of them. */
    public static UnitRegistry load(Path csv) {
        ReferenceProblems problems = new ReferenceProblems();
        UnitRegistry registry = parse(csv, problems);
        problems.throwIfAny();
        return registry;
    }

    /**
     * Reads what can be read and reports every problem: columns, a row without code or name, a code
     * listed twice, a parent that is not in the registry, parents that go round in a cycle. Null when
     * the file cannot be read at all.
     */
    public static UnitRegistry parse(Path csv, ReferenceProblems problems) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, LAYOUT, problems);
        if (rows == null) {
            return null;
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> counts = new LinkedHashMap<>();
        for (ReferenceCsv.Row r : rows) {
            String code = r.get("code");
            if (code.isEmpty()) {
                problems.add(csv, r.line(), "thiếu mã đơn vị (cột code). Ghi mã cho dòng này hoặc xóa dòng.");
                continue;
            }
            Integer first = lineOf.putIfAbsent(code, r.line());
            if (first != null) {
                problems.add(csv, r.line(), "mã đơn vị «" + code + "» đã có ở dòng " + first + ". Mỗi mã chỉ ghi một "
                        + "lần: sửa mã hoặc xóa một trong hai dòng.");
                continue;
            }
            if (r.get("name").isEmpty()) {
                problems.add(csv, r.line(), "đơn vị «" + code + "» chưa có tên (cột name). Ghi tên đơn vị.");
            }
            units.add(new Unit(code, r.get("name"), r.get("level"), blankToNull(r.get("parent_code")),
                    blankToNull(r.get("email")), blankToNull(r.get("former_parent_code"))));
            for (String column : WEIGHTS.keySet()) {
                String cell = r.get(column);
                if (cell.matches("\\d{1,3}([. ]\\d{3})+")) {
                    cell = cell.replace(".", "").replace(" ", ""); // thousands written 1.250
                }
                if (cell.isEmpty()) {
                    continue;
                }
                if (!cell.matches("\\d{1,12}")) {
                    problems.add(csv, r.line(), "cột " + column + " (" + WEIGHTS.get(column) + ") của «" + code
                            + "»: «" + r.get(column) + "» không phải số nguyên không âm. Ghi số (ví dụ 1250) "
                            + "hoặc để trống nếu chưa biết.");
                    continue;
                }
                counts.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(column, new BigDecimal(cell));
            }
        }
        if (rows.isEmpty()) {
            problems.add(csv, "danh mục đơn vị chưa có đơn vị nào. Mỗi dòng sau dòng tiêu đề là một đơn vị.");
        }
        for (Unit u : units) {
            if (!u.isRoot() && !lineOf.containsKey(u.parentCode())) {
                problems.add(csv, lineOf.get(u.code()), "đơn vị cấp trên «" + u.parentCode() + "» (cột parent_code) "
                        + "của «" + u.code() + "» không có trong danh mục. Sửa mã đơn vị cấp trên, hoặc thêm đơn vị «"
                        + u.parentCode() + "».");
            }
        }
        for (List<String> cycle : cycles(units)) {
            if (cycle.size() == 1) {
                problems.add(csv, lineOf.get(cycle.get(0)), "đơn vị «" + cycle.get(0) + "» ghi chính nó là đơn vị cấp "
                        + "trên (cột parent_code). Sửa parent_code thành mã đơn vị cấp trên của nó, hoặc để trống nếu "
                        + "đây là đơn vị gốc.");
                continue;
            }
            String path = String.join(" → ", cycle) + " → " + cycle.get(0);
            problems.add(csv, cycle.stream().map(lineOf::get).sorted().toList(),
                    "đơn vị cấp trên (cột parent_code) đi thành vòng " + path + ", không tới được đơn vị gốc. "
                            + "Sửa parent_code của một trong các đơn vị này.");
        }
        return new UnitRegistry(units, counts);
    }

    /** Each cycle of parent links once, from the member listed first in the file. */
    static List<List<String>> cycles(Collection<Unit> units) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.putIfAbsent(u.code(), u));
        Set<String> done = new HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (Unit start : byCode.values()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            for (Unit u = start; u != null && !done.contains(u.code());
                 u = u.isRoot() ? null : byCode.get(u.parentCode())) {
                if (!onPath.add(u.code())) {
                    cycles.add(List.copyOf(path.subList(path.indexOf(u.code()), path.size())));
                    break;
                }
                path.add(u.code());
            }
            done.addAll(path);
        }
        return cycles;
    }

    /**
     * The unit's count in a weight column: its own cell, else (for a unit with units under it) the sum
     * of its units' counts when every one is known; null when unknown.
     */
    public BigDecimal count(Unit unit, String column) {
        return count(unit, column, new HashSet<>());
    }

    private BigDecimal count(Unit unit, String column, Set<String> seen) {
        BigDecimal own = counts.getOrDefault(unit.code(), Map.of()).get(column);
        if (own != null || !seen.add(unit.code())) {
            return own;
        }
        List<Unit> under = childrenOf(unit.code());
        if (under.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Unit u : under) {
            BigDecimal c = count(u, column, seen);
            if (c == null) {
                return null;
            }
            sum = sum.add(c);
        }
        return sum;
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
        return ancestors(unit).size();
    }

    /**
     * The unit's parent, its parent's parent… up to a root, nearest first. Stops where a parent is
     * unknown or the chain comes back on itself, so a cycle in a registry built in code ends the walk
     * instead of looping (a loaded registry refuses cycles).
     */
    public List<Unit> ancestors(Unit unit) {
        List<Unit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(unit.code());
        for (Unit u = parentOf(unit); u != null && seen.add(u.code()); u = parentOf(u)) {
            out.add(u);
        }
        return out;
    }

    /** True when {@code unit} is {@code ancestor} or lies below it. */
    public boolean isUnder(Unit unit, Unit ancestor) {
        return unit.code().equals(ancestor.code())
                || ancestors(unit).stream().anyMatch(u -> u.code().equals(ancestor.code()));
    }

    private Unit parentOf(Unit u) {
        return u.isRoot() ? null : byCode.get(u.parentCode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
