package vn.tonghop.kind.implementation.consolidation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.NodeUnits;
import vn.tonghop.kind.implementation.Progress;
import vn.tonghop.kind.implementation.reading.ReportColumn;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.reference.UnitRegistry;

/**
 * Consolidates the schools' implementation reports up the registry's tree: for every node with units
 * under it, the schools expected, reported and missing, and the plan rows of their reports by where
 * they stand, each row once (a school with more rows weighs more: the share is of plan rows, not a mean
 * of schools' shares); and, school by school, every row not done with its reason.
 */
public final class ProgressConsolidation {

    private final UnitRegistry registry;

    public ProgressConsolidation(UnitRegistry registry) {
        this.registry = registry;
    }

    /** Every node with units under it, from {@code rootCode} down, parents before children. */
    public List<NodeProgress> consolidate(String rootCode, Map<String, UnitReport> byUnit) {
        return NodeUnits.under(registry, rootCode, byUnit::containsKey).stream().map(n -> node(n, byUnit)).toList();
    }

    NodeProgress node(NodeUnits units, Map<String, UnitReport> byUnit) {
        Unit node = units.node();
        List<String> expected = units.expected();
        List<String> reported = units.reported();
        List<String> missing = units.missing();
        Map<Progress, Integer> rows = new EnumMap<>(Progress.class);
        for (Progress p : Progress.values()) {
            rows.put(p, 0);
        }
        TreeSet<String> periods = new TreeSet<>();
        for (String u : reported) {
            UnitReport r = byUnit.get(u);
            if (r.table().period() != null) {
                periods.add(r.table().period());
            }
            for (ReportRow row : r.table().rows()) {
                rows.merge(Progress.of(row), 1, Integer::sum);
            }
        }
        return new NodeProgress(node.code(), node.name(), expected, reported, missing, List.copyOf(periods), rows);
    }

    /**
     * Every row not done of the reports, by unit in the order given, rows in their order: where it
     * stands, the reason the school gives, its cell (the under-way column's when it says something, else
     * the not-started column's, else the done column's).
     */
    public static List<OpenWork> openWork(Iterable<UnitReport> reports) {
        List<OpenWork> out = new ArrayList<>();
        for (UnitReport r : reports) {
            for (ReportRow row : r.table().rows()) {
                Progress p = Progress.of(row);
                if (p == Progress.DONE) {
                    continue;
                }
                String ref = Objects.requireNonNullElse(cellOf(row, p), row.labelCell());
                out.add(new OpenWork(r.unitCode(), r.table().period(), row.code(), row.label(), p,
                        Progress.reasons(row), r.fileName(), r.table().sheet(), ref));
            }
        }
        return out;
    }

    private static String cellOf(ReportRow row, Progress p) {
        for (ReportColumn c : List.of(ReportColumn.UNDER_WAY, ReportColumn.NOT_STARTED, ReportColumn.DONE)) {
            if (vn.tonghop.kind.implementation.WorkText.says(row.cell(c).text()) && !row.cell(c).ref().isEmpty()) {
                return row.cell(c).ref();
            }
        }
        return p == Progress.UNCLEAR ? row.cell(ReportColumn.DONE).ref() : null;
    }
}
