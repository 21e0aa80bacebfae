package vn.tonghop.kind.phasing.consolidation;

import java.time.LocalDateTime;
import java.util.List;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;

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
}
