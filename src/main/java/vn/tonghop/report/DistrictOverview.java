package vn.tonghop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * One line per child of the root (a district, or a commune after the 2025 reform), for the officer
 * who follows up district by district: the reporting units under it that were expected, that reported
 * (a readable version is consolidated), that sent nothing readable, the files of its units that could
 * not be used (a finding on a file that is no unit's consolidated version), and the errors and warnings
 * on its units' consolidated versions, and the files whose feedback workbook could not be made (the school
 * was told nothing by it). Findings naming no unit, or a unit outside the tree, are counted
 * on a last line of their own ({@code district} null) so the lines add up to the report; reporting
 * units right under the root (the schools of a district office's own job) on a line for the root.
 */
public record DistrictOverview(Unit district, int expected, int reported, int missing, int unusableFiles,
                               int errors, int warnings, int feedbackNotWritten) {

    /** The lines of one kind's coverage, its own files only counted as used. */
    public static List<DistrictOverview> of(Coverage c, List<Finding> findings) {
        return of(c, findings, c.files());
    }

    /**
     * The lines in the tree's order, then the line of findings no district owns when there are any.
     * {@code used}: the files of every kind's consolidated documents, by unit: a finding on one of them
     * is an error or a warning, on any other file of the unit an unusable file.
     */
    public static List<DistrictOverview> of(Coverage c, List<Finding> findings, Map<String, Set<String>> used) {
        return of(c, Findings.of(findings), used);
    }

    /** {@link #of(Coverage, List, Map)}, the findings counted as they come (the office's, from the store). */
    public static List<DistrictOverview> of(Coverage c, Findings findings, Map<String, Set<String>> used) {
        Map<String, Unit> units = c.units();
        Map<Unit, String> districts = new HashMap<>();
        List<Unit> children = c.children();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        children.forEach(d -> tallies.put(d.code(), new Tally()));
        Tally nobody = new Tally();
        // reporting units right under the root (a district office's schools): a line for the root itself
        Tally direct = new Tally();
        for (String reported : c.files().keySet()) {
            Unit u = units.get(reported);
            (u == null ? nobody : tally(districtOf(u, c.root(), units, districts), tallies, direct, nobody)).reported++;
        }
        for (Unit u : c.missing()) {
            tally(districtOf(u, c.root(), units, districts), tallies, direct, nobody).missing++;
        }
        findings.forEach(f -> {
            Unit unit = units.get(f.unitCode());
            Tally t = unit == null ? nobody : tally(districtOf(unit, c.root(), units, districts), tallies, direct,
                    nobody);
            if (f.file().isEmpty()) {
                return; // a unit that sent nothing: counted as missing already
            }
            if (f.rule().equals(FeedbackWorkbookWriter.NOT_WRITTEN)) {
                t.noFeedback.add(f.file()); // the school is told nothing: the office must, by hand
                return;
            }
            if (used.getOrDefault(f.unitCode(), Set.of()).contains(f.file())) {
                if (f.severity() == Severity.ERROR) {
                    t.errors++;
                } else if (f.severity() == Severity.WARNING) {
                    t.warnings++;
                }
            } else {
                t.unusable.add(f.file());
            }
        });
        List<DistrictOverview> out = new ArrayList<>();
        for (Unit d : children) {
            out.add(tallies.get(d.code()).line(d));
        }
        if (direct.any()) {
            out.add(direct.line(c.root()));
        }
        if (nobody.any()) {
            out.add(nobody.line(null));
        }
        return out;
    }

    private static Tally tally(String child, Map<String, Tally> tallies, Tally direct, Tally nobody) {
        Tally t = tallies.get(child);
        return t != null ? t : child.isEmpty() ? nobody : direct;
    }

    /**
     * The findings of each child of the root (every child, in the tree's order, an empty list when it
     * has none): those naming a unit under it, in the order given. Findings naming no unit of the tree
     * belong to no district.
     */
    public static Map<Unit, List<Finding>> findingsByDistrict(Coverage c, List<Finding> findings) {
        Map<String, Unit> units = c.units();
        Map<Unit, String> districts = new HashMap<>();
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        Map<Unit, List<Finding>> out = new LinkedHashMap<>();
        for (Unit d : c.children()) {
            List<Finding> own = new ArrayList<>();
            byCode.put(d.code(), own);
            out.put(d, own);
        }
        for (Finding f : findings) {
            Unit unit = units.get(f.unitCode());
            List<Finding> own = unit == null ? null : byCode.get(districtOf(unit, c.root(), units, districts));
            if (own != null) {
                own.add(f);
            }
        }
        return out;
    }

    /**
     * The child of the root each unit of the coverage is under, by unit code (units the tree does not lead to a
     * child left out): which findings are a district's, asked of each finding as the store gives them.
     */
    public static Map<String, Unit> districtOfUnits(Coverage c) {
        Map<String, Unit> units = c.units();
        Map<String, Unit> children = new HashMap<>();
        c.children().forEach(d -> children.put(d.code(), d));
        Map<Unit, String> districts = new HashMap<>();
        Map<String, Unit> out = new HashMap<>();
        units.forEach((code, unit) -> {
            Unit district = children.get(districtOf(unit, c.root(), units, districts));
            if (district != null) {
                out.put(code, district);
            }
        });
        return out;
    }

    /**
     * {@link #districtOf(Unit, Unit, Map)}, each unit's found once in {@code known}: a school has findings by the
     * dozen (109,000 findings at N = 10,000, each walking up the tree with a set of its own).
     */
    private static String districtOf(Unit unit, Unit root, Map<String, Unit> units, Map<Unit, String> known) {
        String district = known.get(unit);
        if (district == null) {
            district = districtOf(unit, root, units);
            known.put(unit, district);
        }
        return district;
    }

    /** The child of the root the unit is under (itself when it is one), or "" when the tree does not lead there. */
    private static String districtOf(Unit unit, Unit root, Map<String, Unit> units) {
        Set<String> seen = new HashSet<>();
        Unit u = unit;
        while (u != null && seen.add(u.code())) {
            if (root.code().equals(u.parentCode())) {
                return u.code();
            }
            u = u.isRoot() ? null : units.get(u.parentCode());
        }
        return "";
    }

    private static final class Tally {
        int reported;
        int missing;
        final Set<String> unusable = new HashSet<>();
        final Set<String> noFeedback = new HashSet<>();
        int errors;
        int warnings;

        boolean any() {
            return reported + missing + unusable.size() + errors + warnings + noFeedback.size() > 0;
        }

        DistrictOverview line(Unit district) {
            return new DistrictOverview(district, reported + missing, reported, missing, unusable.size(), errors,
                    warnings, noFeedback.size());
        }
    }
}
