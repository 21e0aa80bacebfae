package vn.tonghop.kind.plan.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.NodeUnits;
import vn.tonghop.kind.plan.PlanFacts;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.kind.plan.reading.StaffRequest;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/**
 * Consolidates the schools' improvement plans up the registry's tree: for every node with units under it,
 * the schools expected, sent and missing; the budget requested (the sum of the amounts in đồng, and the rows
 * funded without an amount counted beside it), by standard and by criterion of each catalogue; the schools
 * planning for each criterion; the staff asked for as numbers. Sums and counts of the schools' own rows,
 * each school's latest plan once.
 */
public final class PlanConsolidation {

    private static final Comparator<String> CODE_ORDER = Comparator
            .comparingInt((String c) -> Integer.parseInt(c.substring(0, c.indexOf('.'))))
            .thenComparingInt(c -> Integer.parseInt(c.substring(c.indexOf('.') + 1)));

    private final UnitRegistry registry;
    private final Function<Unit, CriteriaCatalogue> catalogueOf;

    /** @param catalogueOf a school's criteria catalogue (null when unknown: its rows are read by code only) */
    public PlanConsolidation(UnitRegistry registry, Function<Unit, CriteriaCatalogue> catalogueOf) {
        this.registry = registry;
        this.catalogueOf = catalogueOf;
    }

    /** Every node with units under it, from {@code rootCode} down, parents before children. */
    public List<NodePlans> consolidate(String rootCode, Map<String, PlanTable> byUnit) {
        return NodeUnits.under(registry, rootCode, byUnit::containsKey).stream().map(n -> node(n, byUnit)).toList();
    }

    /** A key of the criteria map: catalogue, standard, code ("" for the standard's own line). */
    private record Key(String catalogue, int standard, String code) {
    }

    private static final class Tally {
        final Set<String> schools = new LinkedHashSet<>();
        int rows;
        Budget budget = Budget.NONE;
    }

    NodePlans node(NodeUnits units, Map<String, PlanTable> byUnit) {
        Unit node = units.node();
        List<String> expected = units.expected();
        List<String> reported = units.reported();
        List<String> missing = units.missing();
        Budget total = Budget.NONE;
        Map<String, Integer> staff = new TreeMap<>();
        List<String> staffSchools = new ArrayList<>();
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::catalogue).thenComparingInt(Key::standard)
                .thenComparing(Key::code, Comparator.comparing((String c) -> !c.isEmpty())
                        .thenComparing((a, b) -> a.isEmpty() || b.isEmpty() ? 0 : CODE_ORDER.compare(a, b))));
        Map<String, CriteriaCatalogue> catalogues = new LinkedHashMap<>();
        int unmatched = 0;
        for (String u : reported) {
            CriteriaCatalogue catalogue = catalogueOf.apply(registry.find(u));
            String id = catalogue == null ? "" : catalogue.id();
            if (catalogue != null) {
                catalogues.putIfAbsent(id, catalogue);
            }
            boolean asked = false;
            for (PlanRow row : byUnit.get(u).rows()) {
                var budget = PlanFacts.value(PlanColumn.BUDGET, row.text(PlanColumn.BUDGET));
                total = total.plus(budget);
                StaffRequest s = StaffRequest.in(row.text(PlanColumn.LEVEL));
                s = s != null ? s : StaffRequest.in(row.text(PlanColumn.TASK));
                if (s != null) {
                    staff.merge(s.role(), s.count(), Integer::sum);
                    asked = true;
                }
                if (row.code() == null) {
                    unmatched++;
                    continue;
                }
                int standard = Integer.parseInt(row.code().substring(0, row.code().indexOf('.')));
                for (Key k : List.of(new Key(id, standard, ""), new Key(id, standard, row.code()))) {
                    Tally t = tallies.computeIfAbsent(k, x -> new Tally());
                    t.schools.add(u);
                    t.rows++;
                    t.budget = t.budget.plus(budget);
                }
            }
            if (asked) {
                staffSchools.add(u);
            }
        }
        List<CriterionPlans> criteria = new ArrayList<>();
        tallies.forEach((k, t) -> {
            CriteriaCatalogue c = catalogues.get(k.catalogue());
            String title = k.code().isEmpty() ? standardTitle(c, k.standard()) : criterionTitle(c, k.code());
            criteria.add(new CriterionPlans(k.catalogue(), k.standard(), k.code().isEmpty() ? null : k.code(), title,
                    new ArrayList<>(t.schools), t.rows, t.budget));
        });
        return new NodePlans(node.code(), node.name(), expected, reported, missing, total, staff, staffSchools,
                criteria, unmatched);
    }

    private static String standardTitle(CriteriaCatalogue c, int standard) {
        if (c == null) {
            return "";
        }
        return c.criteria().stream().filter(x -> x.standard() == standard).map(Criterion::standardTitle)
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private static String criterionTitle(CriteriaCatalogue c, String code) {
        Criterion criterion = c == null ? null : c.byCode(code);
        return criterion == null ? "" : criterion.title();
    }
}
