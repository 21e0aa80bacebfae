package vn.tonghop.kind.selfassessment.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.SelfAssessment;
import vn.tonghop.kind.selfassessment.SelfAssessmentReference;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/**
 * Consolidates the schools' self-assessments up the registry's tree: for every node with units under
 * it, the schools expected, reported and missing, the schools by overall level, and per criterion of
 * each catalogue its schools use the distribution by level with the schools at Không đạt. Counts, never
 * averages: a level is an ordinal, so the node reports how many schools are at each one.
 */
public final class CriteriaConsolidation {

    private final UnitRegistry registry;
    private final SelfAssessmentReference reference;

    public CriteriaConsolidation(UnitRegistry registry, SelfAssessmentReference reference) {
        this.registry = registry;
        this.reference = reference;
    }

    /** Every node with units under it, from {@code rootCode} down, parents before children. */
    public List<NodeCriteria> consolidate(String rootCode, Map<String, SelfAssessment> byUnit) {
        List<NodeCriteria> nodes = new ArrayList<>();
        walk(registry.find(rootCode), byUnit, nodes);
        return nodes;
    }

    private void walk(Unit node, Map<String, SelfAssessment> byUnit, List<NodeCriteria> out) {
        if (node == null || registry.childrenOf(node.code()).isEmpty()) {
            return;
        }
        out.add(node(node, byUnit));
        for (Unit child : registry.childrenOf(node.code())) {
            walk(child, byUnit, out);
        }
    }

    NodeCriteria node(Unit node, Map<String, SelfAssessment> byUnit) {
        List<String> expected = new ArrayList<>();
        leaves(node, expected);
        List<String> reported = expected.stream().filter(byUnit::containsKey).toList();
        List<String> missing = expected.stream().filter(u -> !byUnit.containsKey(u)).toList();
        Map<Integer, List<String>> computed = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        Map<Integer, List<String>> stated = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        Map<String, List<SelfAssessment>> byCatalogue = new LinkedHashMap<>();
        List<String> differs = new ArrayList<>();
        for (String u : reported) {
            SelfAssessment a = byUnit.get(u);
            computed.computeIfAbsent(a.computedLevel(), k -> new ArrayList<>()).add(u);
            stated.computeIfAbsent(a.statedLevel(), k -> new ArrayList<>()).add(u);
            byCatalogue.computeIfAbsent(a.catalogueId(), k -> new ArrayList<>()).add(a);
            if (a.computedLevel() != null && a.statedLevel() != null && !a.computedLevel().equals(a.statedLevel())) {
                differs.add(u);
            }
        }
        List<CriterionDistribution> criteria = new ArrayList<>();
        for (CriteriaCatalogue catalogue : reference.catalogues()) {
            List<SelfAssessment> schools = byCatalogue.get(catalogue.id());
            if (schools == null) {
                continue;
            }
            for (Criterion c : catalogue.criteria()) {
                Map<Integer, Integer> counts = new TreeMap<>();
                int unclear = 0;
                List<String> notMet = new ArrayList<>();
                for (SelfAssessment a : schools) {
                    Integer level = a.levels().get(c.code());
                    if (level == null) {
                        unclear++;
                        continue;
                    }
                    counts.merge(level, 1, Integer::sum);
                    if (level == 0) {
                        notMet.add(a.unitCode());
                    }
                }
                criteria.add(new CriterionDistribution(catalogue.id(), c.code(), c.title(), counts, unclear, notMet));
            }
        }
        return new NodeCriteria(node.code(), node.name(), expected, reported, missing, computed, stated, differs,
                criteria);
    }

    private void leaves(Unit unit, List<String> out) {
        List<Unit> children = registry.childrenOf(unit.code());
        if (children.isEmpty()) {
            out.add(unit.code());
            return;
        }
        children.forEach(c -> leaves(c, out));
    }
}
