package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/**
 * Consolidates reporting units' values up the registry's tree, any depth: for every node under
 * (and including) the root and every catalogue indicator, a {@link NodeSummary}. The reporting units
 * are the tree's leaves (units without children); each node covers the leaves below it. A figure the
 * catalogue says is measured above the school (a district's, copied by its schools) is taken once per
 * such unit ({@link CopiedFigure}) and the level above aggregates those figures, never the copies. A
 * node that sent its own consolidated table ({@link UnitReport#isNodeTable}) stands for the units
 * under it: its aggregates' {@link Basis} add up at the level above as its units' values would.
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

    /** The official quotas the summaries carry (a node's table writes its parent's too). */
    public QuotaBook quotas() {
        return quotas;
    }

    /** The indicators consolidated. */
    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    public Consolidation consolidate(String officeName, Unit root, LocalDateTime runAt, List<Integer> years,
                                     List<UnitReport> reports) {
        return consolidate(officeName, root, runAt, years, reports, null);
    }

    /**
     * As {@link #consolidate(String, Unit, LocalDateTime, List, List)}, each node's summaries taken from
     * {@code wider} when it has them: a consolidation of the same reports and years under a root above
     * this one (a district's copy from the office's). A node's summary is made of the units under it alone,
     * only its depth counts from the root; made again, the district copies consolidated every school a second
     * time (about a second of a steady night's 11 s of district copies at N = 10,000). Null: every node made
     * here.
     */
    public Consolidation consolidate(String officeName, Unit root, LocalDateTime runAt, List<Integer> years,
                                     List<UnitReport> reports, Consolidation wider) {
        Map<String, UnitReport> byUnit = new HashMap<>();
        reports.forEach(r -> byUnit.put(r.unit().code(), r));
        Tree tree = new Tree(byUnit);
        List<NodeSummary> nodes = new ArrayList<>();
        List<Unit> missing = new ArrayList<>();
        for (Unit leaf : tree.schoolsUnder(root, true)) { // a node's table stands for the units under it
            if (!byUnit.containsKey(leaf.code())) {
                missing.add(leaf);
            }
        }
        for (UnitReport t : tree.tablesUnder(root)) { // and names those that sent it nothing
            missing.addAll(t.carriedMissing((code, name) -> tree.unitOf(code, name, t.unit())));
        }
        missing.sort(java.util.Comparator.comparing(Unit::code));
        List<Map.Entry<Unit, Integer>> order = new ArrayList<>(); // the nodes, each before the nodes under it
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
            order.add(e);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(Map.entry(children.get(i), e.getValue() + 1));
            }
        }
        // indicator by indicator, the nodes under others first: a node's basis is then made of its children's,
        // kept for that one indicator (a whole tree's, values included, would be held at once otherwise)
        List<Indicator> indicators = catalogue.indicators();
        NodeSummary[][] made = new NodeSummary[order.size()][indicators.size()];
        Map<String, NodeSummary> known = known(wider, root, years, indicators);
        for (int i = 0; i < indicators.size(); i++) {
            tree.forgetBases();
            for (int n = order.size() - 1; n >= 0; n--) {
                Unit node = order.get(n).getKey();
                int depth = order.get(n).getValue();
                NodeSummary taken = known.get(node.code() + '\n' + indicators.get(i).code());
                made[n][i] = taken != null ? taken.atDepth(depth)
                        : summarize(tree, node, depth, indicators.get(i), years);
            }
        }
        tree.forgetBases();
        for (NodeSummary[] ofNode : made) {
            nodes.addAll(Arrays.asList(ofNode));
        }
        List<UnitReport> used = reports.stream().filter(r -> registry.isUnder(r.unit(), root)).toList();
        return new Consolidation(officeName, root, runAt, years, catalogue.indicators(), nodes, used, missing);
    }

    /**
     * The summaries of {@code wider} by node and indicator when it was made for the same years and indicators
     * and {@code root} is one of its nodes; else none.
     */
    private static Map<String, NodeSummary> known(Consolidation wider, Unit root, List<Integer> years,
                                                  List<Indicator> indicators) {
        if (wider == null || !wider.years().equals(years) || !wider.indicators().equals(indicators)
                || wider.nodes().stream().noneMatch(n -> n.node().code().equals(root.code()))) {
            return Map.of();
        }
        Map<String, NodeSummary> known = new HashMap<>();
        wider.nodes().forEach(n -> known.put(n.node().code() + '\n' + n.indicator().code(), n));
        return known;
    }

    /**
     * Each school whose copy of a figure measured above it differs from the figure taken for its
     * district (or from the others', when no value leads), or that answered with a yes/no word where the
     * others copied the figure, for every such indicator and measure under {@code root}, figure's unit by
     * figure's unit, in report order within one: the checks across files report them.
     */
    public List<CopyDifference> copyDifferences(Unit root, List<Integer> years, List<UnitReport> reports) {
        List<CopyDifference> out = new ArrayList<>();
        copyDifferences(root, years, reports, out::add);
        return out;
    }

    /**
     * {@link #copyDifferences(Unit, List, List)} given one by one as they are found, none kept (1.3 million at
     * N = 100,000), figure's unit (a district) by figure's unit, each with all its indicators: a school's
     * differences are never apart from its district's others, so its cells can be looked up once for all of them.
     */
    public void copyDifferences(Unit root, List<Integer> years, List<UnitReport> reports,
                                Consumer<CopyDifference> each) {
        Map<String, UnitReport> byUnit = new HashMap<>();
        reports.forEach(r -> byUnit.put(r.unit().code(), r));
        Tree tree = new Tree(byUnit);
        // the indicators whose figure belongs to a unit above the school, by how many levels above
        Map<Integer, List<Indicator>> byLevelsUp = new TreeMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            int up = indicator.measuredAt().levelsUp();
            if (up > 0) {
                byLevelsUp.computeIfAbsent(up, k -> new ArrayList<>()).add(indicator);
            }
        }
        List<Unit> schools = tree.schoolsUnder(root, true);
        byLevelsUp.forEach((up, indicators) -> {
            Map<String, List<UnitReport>> byFigureUnit = new java.util.LinkedHashMap<>();
            Map<String, Unit> figureUnits = new HashMap<>();
            for (Unit school : schools) {
                Unit f = tree.ancestor(school, up);
                if (f != null && byUnit.containsKey(school.code())) {
                    byFigureUnit.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(byUnit.get(school.code()));
                    figureUnits.put(f.code(), f);
                }
            }
            for (var e : byFigureUnit.entrySet()) {
                for (Indicator indicator : indicators) {
                    for (String measure : measures(years)) {
                        CopiedFigure cf = CopiedFigure.of(indicator, measure, e.getValue());
                        Set<UnitReport> differing = Collections.newSetFromMap(new IdentityHashMap<>());
                        differing.addAll(cf.differing());
                        for (UnitReport r : e.getValue()) {
                            // a copy that is not the figure, or a yes/no answer beside a figure the others copied
                            // (Có where the district's figure is 65): left out of the district's figure either way
                            ParsedValue v = r.value(indicator.code(), measure);
                            if (differing.contains(r) || cf.figure() != null && v != null
                                    && Aggregator.yesNoInPercentRow(indicator, v)) {
                                each.accept(new CopyDifference(r, indicator, measure, figureUnits.get(e.getKey()),
                                        cf));
                            }
                        }
                    }
                }
            }
        });
    }

    /** One school's copy of a figure of the unit above it that is not the figure taken. */
    public record CopyDifference(UnitReport report, Indicator indicator, String measure, Unit figureUnit,
                                 CopiedFigure figure) {

        public ParsedValue copy() {
            return report.value(indicator.code(), measure);
        }

        /** The school answered yes/no (Có, Chưa đạt) where the others copied the district's figure. */
        public boolean answer() {
            ParsedValue v = copy();
            return v != null && figure.figure() != null && Aggregator.yesNoInPercentRow(indicator, v);
        }

        /** The figure taken for the unit, null when no value leads. */
        public ParsedValue taken() {
            return figure.figure();
        }

        /** How many of its schools wrote the figure taken, and how many wrote any value. */
        public int agreeing() {
            return figure.agreeing();
        }

        public int copies() {
            return figure.copies().size();
        }
    }

    private static List<String> measures(List<Integer> years) {
        List<String> m = new ArrayList<>(List.of("current", "target_unit"));
        years.forEach(y -> m.add("phase_" + y));
        return m;
    }

    private NodeSummary summarize(Tree tree, Unit node, int depth, Indicator indicator, List<Integer> years) {
        Aggregate current = tree.aggregate(node, indicator, "current");
        Aggregate target = tree.aggregate(node, indicator, "target_unit");
        TreeMap<Integer, Aggregate> phases = new TreeMap<>();
        for (int y : years) {
            phases.put(y, tree.aggregate(node, indicator, "phase_" + y));
        }
        ParsedValue quota = quotas.quota(indicator.code(), node.code());
        List<UnitReport> schools = tree.schoolsUnder(node, true).stream().map(u -> tree.byUnit.get(u.code()))
                .filter(r -> r != null && r.values().containsKey(indicator.code())).toList();
        // a figure measured above the school is not a school's: no school falls short of it by its copy,
        // the units the figure belongs to (the districts under a province) do
        Integer lastYear = years.isEmpty() ? null : years.get(years.size() - 1);
        List<UnitReport> candidates = tree.shortCandidates(node, indicator, years);
        FallingShort fallingShort = FallingShort.of(indicator, candidates, quota, lastYear);
        List<String> measures = measures(years);
        List<Doubt> doubts = new ArrayList<>(Doubt.of(indicator, schools, measures));
        doubts.addAll(tree.answerDoubts(indicator, schools, measures));
        for (UnitReport t : tree.tablesUnder(node)) {
            doubts.addAll(t.carriedDoubts(indicator, (code, name) -> tree.unitOf(code, name, t.unit())));
        }
        doubts.sort(java.util.Comparator.<Doubt>comparingInt(d -> measures.indexOf(d.measure()))
                .thenComparing(d -> d.unit().code()));
        // a figure taken once per district is counted once per district: expected, reported and valid alike
        int[] figures = tree.figureCounts(node, indicator);
        return new NodeSummary(node, depth, indicator, figures == null ? tree.expected(node) : figures[0],
                figures == null ? tree.reported(node, indicator) : figures[1],
                current.count(), current, target, phases, quota, gap(indicator, current, quota),
                fallingShort.targetWeaker(), fallingShort, doubts,
                upward(tree, node, indicator, years, candidates, lastYear),
                figures == null ? null : indicator.measuredAt());
    }

    /**
     * What the node's table carries up for the level above to compare with its own quota: the values of
     * the units its lists look at (its own figure's, when the figure is the node's), current, own target
     * and last phasing year; null when it cannot say (a table below that did not carry them).
     */
    private static List<BasisText.UnitValues> upward(Tree tree, Unit node, Indicator indicator, List<Integer> years,
                                                     List<UnitReport> candidates, Integer lastYear) {
        List<UnitReport> units = tree.upwardCandidates(node, indicator, years, candidates);
        if (units == null) {
            return null;
        }
        List<String> measures = new ArrayList<>(List.of("current", "target_unit"));
        if (lastYear != null) {
            measures.add("phase_" + lastYear);
        }
        return new UpwardLines(units, indicator, measures);
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

    /** The registry's tree with the reports of one consolidation. */
    private final class Tree {
        private final Map<String, UnitReport> byUnit;
        private final Set<String> tables = new HashSet<>();

        Tree(Map<String, UnitReport> byUnit) {
            this.byUnit = byUnit;
            byUnit.forEach((code, r) -> {
                if (r.isNodeTable(!registry.childrenOf(code).isEmpty())) {
                    tables.add(code);
                }
            });
        }

        /** The node's own consolidated table, or null. */
        private UnitReport table(Unit u) {
            return tables.contains(u.code()) ? byUnit.get(u.code()) : null;
        }

        /**
         * The reporting units under {@code node} that send their own tables (sorted by code); with
         * {@code stopAtTables}, a node that sent its table hides the units under it.
         */
        List<Unit> schoolsUnder(Unit node, boolean stopAtTables) {
            return schools.computeIfAbsent(node.code() + (stopAtTables ? '\u0001' : '\u0000'),
                    k -> List.copyOf(walkToSchools(node, stopAtTables)));
        }

        /**
         * The schools under each node asked for, by code and whether tables stop the walk: asked for again for every
         * indicator, measure and list (the node's basis, its figure, its doubts, its candidates), each time walking
         * the registry under the node (a tenth of the consolidation's time at 10,000 schools).
         */
        private final Map<String, List<Unit>> schools = new HashMap<>();

        private List<Unit> walkToSchools(Unit node, boolean stopAtTables) {
            List<Unit> leaves = new ArrayList<>();
            Deque<Unit> todo = new ArrayDeque<>(List.of(node));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Unit u = todo.pop();
                if (!seen.add(u.code()) || (stopAtTables && table(u) != null)) {
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

        /** The unit {@code levels} above {@code u}, or null. */
        Unit ancestor(Unit u, int levels) {
            Unit a = u;
            for (int i = 0; i < levels && a != null; i++) {
                a = a.isRoot() ? null : registry.find(a.parentCode());
            }
            return a;
        }

        int expected(Unit node) {
            return expected(node, new HashSet<>());
        }

        private int expected(Unit u, Set<String> seen) {
            UnitReport t = table(u);
            if (t != null) {
                return t.expectedUnder(schoolsUnder(u, false).size());
            }
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty() || !seen.add(u.code())) {
                return children.isEmpty() ? 1 : 0;
            }
            return children.stream().mapToInt(c -> expected(c, seen)).sum();
        }

        int reported(Unit node, Indicator indicator) {
            return reported(node, indicator, new HashSet<>());
        }

        private int reported(Unit u, Indicator indicator, Set<String> seen) {
            UnitReport t = table(u);
            if (t != null) {
                return t.reportedUnder(indicator.code(), schoolsUnder(u, false).size());
            }
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty()) {
                UnitReport r = byUnit.get(u.code());
                return r != null && r.values().containsKey(indicator.code()) ? 1 : 0;
            }
            if (!seen.add(u.code())) {
                return 0;
            }
            return children.stream().mapToInt(c -> reported(c, indicator, seen)).sum();
        }

        /**
         * For a figure measured above the school, at a node it belongs to or above: how many units it
         * belongs to are under the node (districts), and how many of them reported it (a school of theirs
         * wrote the row, or their table carries it); null elsewhere, where the counts are the reporting units'.
         */
        int[] figureCounts(Unit node, Indicator indicator) {
            int up = indicator.measuredAt().levelsUp();
            if (up == 0) {
                return null;
            }
            int expected = 0;
            int reported = 0;
            for (UnitReport t : tablesUnder(node)) {
                int[] c = t.figureCounts(indicator.code());
                expected += c[0];
                reported += c[1];
            }
            Set<String> units = new HashSet<>();
            Set<String> reporting = new HashSet<>();
            for (Unit school : schoolsUnder(node, true)) {
                Unit f = ancestor(school, up);
                if (f == null || !registry.isUnder(f, node)) {
                    return null; // the figure belongs above the node
                }
                units.add(f.code());
                UnitReport r = byUnit.get(school.code());
                if (r != null && r.values().containsKey(indicator.code())) {
                    reporting.add(f.code());
                }
            }
            return new int[] {expected + units.size(), reported + reporting.size()};
        }

        /**
         * The schools' yes/no answers read with a warning («Đạt chuẩn quốc gia năm 2019» read as Đạt) that made
         * their district's figure, the share of them answering yes: counted, so marked as the other values are.
         */
        List<Doubt> answerDoubts(Indicator indicator, List<UnitReport> schools, List<String> measures) {
            int up = indicator.measuredAt().levelsUp();
            if (up == 0) {
                return List.of();
            }
            List<Doubt> out = new ArrayList<>(0);
            for (String measure : measures) {
                for (UnitReport r : schools) {
                    ParsedValue v = r.value(indicator.code(), measure);
                    Unit f = v != null && v.isFlagged() && Aggregator.yesNoInPercentRow(indicator, v)
                            ? ancestor(r.unit(), up) : null;
                    if (f != null && figure(f, indicator, measure).fromAnswers()) {
                        out.add(new Doubt(measure, r.unit(), v));
                    }
                }
            }
            return out;
        }

        Aggregate aggregate(Unit node, Indicator indicator, String measure) {
            Basis b = basis(node, indicator, measure, new HashSet<>());
            String figureOf = indicator.measuredAt().levelsUp() > 0 ? indicator.measuredAt().vietnamese() : null;
            return Aggregator.finish(indicator, b, figureOf);
        }

        /**
         * The bases of the nodes already summed for the indicator being consolidated, by node and measure: the
         * root's basis was the whole tree walked again for every indicator and measure after each district's
         * (more than half of the consolidation's time at 10,000 schools, a district's figure made again each
         * time). Kept for one indicator at a time.
         */
        private final Map<String, Basis> bases = new HashMap<>();

        /**
         * The figures of the units a figure measured above the school belongs to, made of their schools' copies, by
         * unit and measure, for the indicator being consolidated: its node's basis, the lists of the node above and
         * the doubts made each again (a fifth of the consolidation's time at 10,000 schools).
         */
        private final Map<String, UnitFigure> figures = new HashMap<>();

        void forgetBases() {
            bases.clear();
            figures.clear();
        }

        /** The figure of {@code u} for the indicator's measure, made of its schools' copies. */
        UnitFigure figure(Unit u, Indicator indicator, String measure) {
            String key = indicator.code() + '\u0000' + u.code() + '\u0000' + measure;
            UnitFigure known = figures.get(key);
            if (known == null) {
                known = UnitFigure.of(indicator, measure, reportsUnder(u));
                figures.put(key, known);
            }
            return known;
        }

        /** The reports of the schools under {@code u} that sent one (tables stop the walk). */
        private List<UnitReport> reportsUnder(Unit u) {
            return schoolsUnder(u, true).stream().map(s -> byUnit.get(s.code())).filter(r -> r != null).toList();
        }

        /** What the node's aggregate is made of: its table's, its figure's, or its units' added up. */
        private Basis basis(Unit u, Indicator indicator, String measure, Set<String> seen) {
            if (registry.childrenOf(u.code()).isEmpty()) {
                return ownBasis(u, indicator, measure, seen); // a school's: its one value
            }
            String key = indicator.code() + '\u0000' + u.code() + '\u0000' + measure;
            Basis known = bases.get(key);
            if (known == null) {
                known = ownBasis(u, indicator, measure, seen);
                bases.put(key, known);
            }
            return known;
        }

        private Basis ownBasis(Unit u, Indicator indicator, String measure, Set<String> seen) {
            UnitReport t = table(u);
            if (t != null) {
                return t.basis(indicator, measure, weight(u, indicator));
            }
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty()) {
                Basis.Builder b = new Basis.Builder();
                UnitReport r = byUnit.get(u.code());
                if (r != null) {
                    Aggregator.add(b, indicator, r.value(indicator.code(), measure), weight(u, indicator), u.name());
                }
                return b.build();
            }
            if (!seen.add(u.code())) {
                return Basis.EMPTY;
            }
            if (isFigureUnit(u, indicator)) {
                UnitFigure figure = figure(u, indicator, measure);
                Basis.Builder b = new Basis.Builder();
                Aggregator.add(b, indicator, figure.figure(), weight(u, indicator), u.name());
                ParsedValue v = figure.figure();
                if (Aggregator.methodOf(indicator) == Aggregate.Method.SHARE && v != null
                        && Aggregator.usable(indicator, v)) {
                    // the unit's own word (Đạt), shown where a share of one would say 100
                    b.listed(new Basis.Listed(u.name(), v.vietnamese()));
                }
                return b.made(figure.made(u.name())).build();
            }
            Basis.Builder b = new Basis.Builder();
            for (Unit c : children) {
                b.add(basis(c, indicator, measure, seen));
            }
            return b.build();
        }

        /**
         * The units whose values the node's falling-short lists look at, by code: the schools under it; for a
         * figure measured above the school, the units under the node that figure belongs to (each district
         * under a province, with its figure), none at the figure's own unit, whose gap says it.
         */
        List<UnitReport> shortCandidates(Unit node, Indicator indicator, List<Integer> years) {
            List<UnitReport> out = new ArrayList<>();
            collect(node, indicator, years, out, new HashSet<>(), true);
            out.sort(java.util.Comparator.comparing(r -> r.unit().code()));
            return out;
        }

        /**
         * The units a node's table carries up: its falling-short candidates, or its own figure when the
         * indicator's figure is the node's; through the node's own table, what that table carried.
         */
        List<UnitReport> upwardCandidates(Unit node, Indicator indicator, List<Integer> years,
                                          List<UnitReport> candidates) {
            UnitReport t = table(node);
            if (t != null) {
                return t.carriedUnits(indicator, (code, name) -> unitOf(code, name, t.unit()));
            }
            if (isFigureUnit(node, indicator)) {
                UnitReport figure = figureReport(node, indicator, years);
                return figure == null ? List.of() : List.of(figure);
            }
            return candidates;
        }

        /** The node tables standing for units under {@code node} (the node's own included), none inside another. */
        List<UnitReport> tablesUnder(Unit node) {
            List<UnitReport> out = new ArrayList<>();
            Deque<Unit> todo = new ArrayDeque<>(List.of(node));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Unit u = todo.pop();
                if (!seen.add(u.code())) {
                    continue;
                }
                UnitReport t = table(u);
                if (t != null) {
                    out.add(t);
                } else {
                    registry.childrenOf(u.code()).forEach(todo::push);
                }
            }
            out.sort(java.util.Comparator.comparing(r -> r.unit().code()));
            return out;
        }

        /**
         * A unit a node's table names: the registry's when it lists it, else one made of the table's words,
         * under the table's node.
         */
        Unit unitOf(String code, String name, Unit tableNode) {
            Unit known = registry.find(code);
            return known != null ? known
                    : new Unit(code, name == null ? code : name, "", tableNode.code(), null, null);
        }

        private void collect(Unit u, Indicator indicator, List<Integer> years, List<UnitReport> out, Set<String> seen,
                             boolean top) {
            if (!seen.add(u.code())) {
                return;
            }
            UnitReport table = table(u);
            if (table != null) {
                List<UnitReport> carried = table.carriedUnits(indicator,
                        (code, name) -> unitOf(code, name, table.unit()));
                if (carried != null) {
                    // at the table's own node, its own figure is not listed: the gap says it
                    carried.stream().filter(r -> !(top && r.unit().code().equals(u.code()))).forEach(out::add);
                } else if (!top && table.values().containsKey(indicator.code())) {
                    out.add(table); // a table filled by hand: the node's values are one unit's
                }
                return;
            }
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty()) {
                UnitReport r = byUnit.get(u.code());
                if (indicator.measuredAt().levelsUp() == 0 && r != null && r.values().containsKey(indicator.code())) {
                    out.add(r);
                }
                return;
            }
            if (isFigureUnit(u, indicator)) {
                UnitReport figure = top ? null : figureReport(u, indicator, years);
                if (figure != null) {
                    out.add(figure);
                }
                return;
            }
            for (Unit c : children) {
                collect(c, indicator, years, out, seen, false);
            }
        }

        /** The figure of a unit its schools copy, as a report of that unit (null when it has none). */
        private UnitReport figureReport(Unit u, Indicator indicator, List<Integer> years) {
            Map<String, ParsedValue> values = new java.util.LinkedHashMap<>();
            for (String measure : measures(years)) {
                ParsedValue v = figure(u, indicator, measure).figure();
                if (v != null) {
                    values.put(measure, v);
                }
            }
            return values.isEmpty() ? null
                    : new UnitReport(u, null, null, 0, Map.of(indicator.code(), values));
        }

        /** Whether the indicator's figure belongs to {@code u}: it is that many levels above its schools. */
        private boolean isFigureUnit(Unit u, Indicator indicator) {
            int up = indicator.measuredAt().levelsUp();
            if (up == 0) {
                return false;
            }
            for (Unit school : schoolsUnder(u, true)) {
                Unit a = ancestor(school, up);
                if (a != null && a.code().equals(u.code())) {
                    return true;
                }
            }
            return false;
        }

        private BigDecimal weight(Unit u, Indicator indicator) {
            return indicator.weight() == null ? null : registry.count(u, indicator.weight());
        }
    }
}
