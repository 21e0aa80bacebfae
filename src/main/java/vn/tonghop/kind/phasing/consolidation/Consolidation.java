package vn.tonghop.kind.phasing.consolidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.report.Coverage;

/**
 * The result of one consolidation run: the office and the root of its tree, the period's phasing
 * years, the catalogue's indicators in order, one {@link NodeSummary} per (node, indicator) — nodes
 * from the root down, {@code depth} 0 for the root — the reports of the reporting units used, and the
 * units expected to report that sent nothing.
 */
public record Consolidation(String officeName, Unit root, LocalDateTime runAt, List<Integer> years,
                            List<Indicator> indicators, List<NodeSummary> nodes, List<UnitReport> reports,
                            List<Unit> missing) {

    public Consolidation {
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
        nodes = List.copyOf(nodes);
        reports = List.copyOf(reports);
        missing = List.copyOf(missing);
    }

    /**
     * The units that sent nothing under {@code node} (the node's own among them when it is one), in order:
     * a unit is under it when its parents, as the consolidation's nodes know them, lead to it.
     */
    public List<Unit> missingUnder(Unit node) {
        Map<String, Unit> nodesByCode = new HashMap<>();
        nodes.forEach(n -> nodesByCode.putIfAbsent(n.node().code(), n.node()));
        List<Unit> out = new ArrayList<>();
        for (Unit m : missing) {
            Unit u = m;
            Set<String> seen = new HashSet<>();
            while (u != null && seen.add(u.code())) {
                if (u.code().equals(node.code())) {
                    out.add(m);
                    break;
                }
                u = u.isRoot() ? null : nodesByCode.get(u.parentCode());
            }
        }
        return out;
    }

    /**
     * Who sent a table: the districts (nodes right under the root), the reporting units used with their
     * files, the units missing; expected as the root's line counts it (a district's own table stands for
     * the schools it counts).
     */
    public Coverage coverage() {
        Map<String, Unit> units = new HashMap<>();
        units.put(root.code(), root);
        Set<String> seen = new HashSet<>();
        List<Unit> children = new ArrayList<>();
        for (NodeSummary n : nodes) {
            units.putIfAbsent(n.node().code(), n.node());
            if (n.depth() == 1 && seen.add(n.node().code())) {
                children.add(n.node());
            }
        }
        Map<String, Set<String>> files = new LinkedHashMap<>();
        for (UnitReport r : reports) {
            units.putIfAbsent(r.unit().code(), r.unit());
            files.put(r.unit().code(), Set.of(r.file()));
        }
        missing.forEach(u -> units.putIfAbsent(u.code(), u));
        int expected = nodes.stream().filter(n -> n.depth() == 0 && n.countsOf() == null)
                .mapToInt(NodeSummary::expected).findFirst()
                .orElse(reports.size() + missing.size());
        return new Coverage(root, children, units, files, missing, expected);
    }
}
