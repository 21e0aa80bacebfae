package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/**
 * Consolidates reporting units' values up the registry's tree, any depth: for every node under
 * (and including) the root and every catalogue indicator, a {@link NodeSummary}. The reporting units
 * are the tree's leaves (units without children); each node covers the leaves below it.
 */
public final class ConsolidationEngine {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);

    private final UnitRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final QuotaBook quotas;

    public ConsolidationEngine(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.quotas = quotas;
    }

    public Consolidation consolidate(String officeName, Unit root, LocalDateTime runAt, List<Integer> years,
                                     List<UnitReport> reports) {
        Map<String, UnitReport> byUnit = new HashMap<>();
        reports.forEach(r -> byUnit.put(r.unit().code(), r));
        List<NodeSummary> nodes = new ArrayList<>();
        List<Unit> missing = new ArrayList<>();
        for (Unit leaf : leavesUnder(root)) {
            if (!byUnit.containsKey(leaf.code())) {
                missing.add(leaf);
            }
        }
        Deque<Map.Entry<Unit, Integer>> todo = new ArrayDeque<>();
        todo.push(Map.entry(root, 0));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            var e = todo.pop();
            Unit node = e.getKey();
            if (!seen.add(node.code())) {
                continue; // a cycle in a registry built in code (a loaded one refuses cycles)
            }
            List<Unit> children = registry.childrenOf(node.code());
            if (children.isEmpty()) {
                continue; // a reporting unit, not a consolidation node
            }
            List<Unit> leaves = leavesUnder(node);
            List<UnitReport> covered = leaves.stream().map(u -> byUnit.get(u.code())).filter(r -> r != null).toList();
            int expected = leaves.size();
            for (Indicator indicator : catalogue.indicators()) {
                nodes.add(summarize(node, e.getValue(), indicator, expected, covered, years));
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(Map.entry(children.get(i), e.getValue() + 1));
            }
        }
        List<UnitReport> used = reports.stream().filter(r -> registry.isUnder(r.unit(), root)).toList();
        return new Consolidation(officeName, root, runAt, years, catalogue.indicators(), nodes, used, missing);
    }

    private NodeSummary summarize(Unit node, int depth, Indicator indicator, int expected, List<UnitReport> covered,
                                  List<Integer> years) {
        List<UnitReport> reported = covered.stream().filter(r -> r.values().containsKey(indicator.code())).toList();
        Aggregate current = Aggregator.aggregate(indicator, reported, "current");
        Aggregate target = Aggregator.aggregate(indicator, reported, "target_unit");
        TreeMap<Integer, Aggregate> phases = new TreeMap<>();
        for (int y : years) {
            phases.put(y, Aggregator.aggregate(indicator, reported, "phase_" + y));
        }
        ParsedValue quota = quotas.quota(indicator.code(), node.code());
        FallingShort fallingShort = FallingShort.of(indicator, reported, quota,
                years.isEmpty() ? null : years.get(years.size() - 1));
        List<String> measures = new ArrayList<>(List.of("current", "target_unit"));
        years.forEach(y -> measures.add("phase_" + y));
        return new NodeSummary(node, depth, indicator, expected, reported.size(), current.count(), current, target,
                phases, quota, gap(indicator, current, quota), fallingShort.targetWeaker(), fallingShort,
                Doubt.of(indicator, reported, measures));
    }

    /** Quota minus the aggregate, in the good direction: positive is what is still to achieve. */
    private static BigDecimal gap(Indicator indicator, Aggregate current, ParsedValue quota) {
        if (quota == null || quota.number() == null || current.value() == null
                || indicator.aggregate() == Indicator.Aggregation.LIST) {
            return null;
        }
        BigDecimal diff = quota.number().subtract(current.value(), MC);
        return indicator.goodDirection() == GoodDirection.LOWER ? diff.negate() : diff;
    }

    private List<Unit> leavesUnder(Unit node) {
        List<Unit> leaves = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(List.of(node));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Unit u = todo.pop();
            if (!seen.add(u.code())) {
                continue;
            }
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty()) {
                leaves.add(u);
            } else {
                children.forEach(todo::push);
            }
        }
        leaves.sort(java.util.Comparator.comparing(Unit::code));
        return leaves;
    }
}
