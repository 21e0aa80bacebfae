package vn.tonghop.kind.selfassessment.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.NodeUnits;
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
        return NodeUnits.under(registry, rootCode, byUnit::containsKey).stream().map(n -> node(n, byUnit)).toList();
    }

    NodeCriteria node(NodeUnits units, Map<String, SelfAssessment> byUnit) {
        Unit node = units.node();
        List<String> expected = units.expected();
        List<String> reported = units.reported();
        List<String> missing = units.missing();
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
}
