package vn.tonghop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.domain.Unit;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * One line per child of the root (a district, or a commune after the 2025 reform), for the officer
 * who follows up district by district: the reporting units under it that were expected, that reported
 * (a readable version is consolidated), that sent nothing readable, the files of its units that could
 * not be used (a finding on a file that is no unit's consolidated version), and the errors and warnings
 * on its units' consolidated versions. Findings naming no unit, or a unit outside the tree, are counted
 * on a last line of their own ({@code district} null) so the lines add up to the report; reporting
 * units right under the root (the schools of a district office's own job) on a line for the root.
 */
public record DistrictOverview(Unit district, int expected, int reported, int missing, int unusableFiles,
                               int errors, int warnings) {

    /** The lines in the tree's order, then the line of findings no district owns when there are any. */
    public static List<DistrictOverview> of(Consolidation c, List<Finding> findings) {
        Map<String, Unit> units = units(c);
        List<Unit> children = children(c);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        children.forEach(d -> tallies.put(d.code(), new Tally()));
        Tally nobody = new Tally();
        // reporting units right under the root (a district office's schools): a line for the root itself
        Tally direct = new Tally();
        Map<String, String> consolidatedFile = new HashMap<>();
        for (UnitReport r : c.reports()) {
            consolidatedFile.put(r.unit().code(), r.file());
            tally(districtOf(r.unit(), c.root(), units), tallies, direct, nobody).reported++;
        }
        for (Unit u : c.missing()) {
            tally(districtOf(u, c.root(), units), tallies, direct, nobody).missing++;
        }
        for (Finding f : findings) {
            Unit unit = units.get(f.unitCode());
            Tally t = unit == null ? nobody : tally(districtOf(unit, c.root(), units), tallies, direct, nobody);
            if (f.file().isEmpty()) {
                continue; // a unit that sent nothing: counted as missing already
            }
            if (f.file().equals(consolidatedFile.get(f.unitCode()))) {
                if (f.severity() == Severity.ERROR) {
                    t.errors++;
                } else if (f.severity() == Severity.WARNING) {
                    t.warnings++;
                }
            } else {
                t.unusable.add(f.file());
            }
        }
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
    public static Map<Unit, List<Finding>> findingsByDistrict(Consolidation c, List<Finding> findings) {
        Map<String, Unit> units = units(c);
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        Map<Unit, List<Finding>> out = new LinkedHashMap<>();
        for (Unit d : children(c)) {
            List<Finding> own = new ArrayList<>();
            byCode.put(d.code(), own);
            out.put(d, own);
        }
        for (Finding f : findings) {
            Unit unit = units.get(f.unitCode());
            List<Finding> own = unit == null ? null : byCode.get(districtOf(unit, c.root(), units));
            if (own != null) {
                own.add(f);
            }
        }
        return out;
    }

    private static List<Unit> children(Consolidation c) {
        Set<String> seen = new HashSet<>();
        List<Unit> out = new ArrayList<>();
        for (NodeSummary n : c.nodes()) {
            if (n.depth() == 1 && seen.add(n.node().code())) {
                out.add(n.node());
            }
        }
        return out;
    }

    /** Every unit the consolidation knows: the nodes of the tree, the units reported and missing. */
    private static Map<String, Unit> units(Consolidation c) {
        Map<String, Unit> units = new HashMap<>();
        c.nodes().forEach(n -> units.putIfAbsent(n.node().code(), n.node()));
        c.reports().forEach(r -> units.putIfAbsent(r.unit().code(), r.unit()));
        c.missing().forEach(u -> units.putIfAbsent(u.code(), u));
        return units;
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
        int errors;
        int warnings;

        boolean any() {
            return reported + missing + unusable.size() + errors + warnings > 0;
        }

        DistrictOverview line(Unit district) {
            return new DistrictOverview(district, reported + missing, reported, missing, unusable.size(), errors,
                    warnings);
        }
    }
}
