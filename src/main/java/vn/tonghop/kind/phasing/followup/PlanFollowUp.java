package vn.tonghop.kind.phasing.followup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.rules.CurrentValueYear;
import vn.tonghop.kind.phasing.rules.IndicatorRow;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource.Pair;
import vn.tonghop.store.PlanHistorySource.Table;
import vn.tonghop.validation.Texts;
import vn.tonghop.validation.ValidationSettings;

/**
 * Progress against the plan, year by year (monitoring): when a unit's current table is dated a later
 * year than an earlier table it sent ("Hiện trạng 9/2024" after "Hiện trạng 9/2023"), each indicator's
 * new current value is compared with what the earlier table planned for the year that value belongs to
 * ({@link CurrentValueYear} of the new table: 2023 for "9/2024" unless the table or the office says
 * otherwise): behind plan (weaker in the indicator's good direction), on plan, or ahead. Behind is a
 * {@value #BEHIND_PLAN} finding on the new table's current value. Values that do not compare (words
 * against numbers, an empty cell) are left out. Per node, the units behind plan per indicator; for a
 * node over nodes (the province), which of its children are behind.
 */
public final class PlanFollowUp {

    public static final String BEHIND_PLAN = "BEHIND_PLAN";

    /** How a unit's new current value stands against its earlier plan. */
    public enum Progress {
        BEHIND("Chậm so với kế hoạch"), ON_PLAN("Đúng kế hoạch"), AHEAD("Vượt kế hoạch");

        private final String vietnamese;

        Progress(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** One unit and indicator: the planned value (earlier table) and the value reached (current table). */
    public record UnitLine(Unit unit, Indicator indicator, int year, Fact planned, Fact reached, Progress progress,
                           String file, int tableYear, String earlierFile, int earlierTableYear) {
    }

    /** One node and indicator: its units compared, by progress; the units behind, the children behind. */
    public record NodeLine(Unit node, int depth, Indicator indicator, int compared, int behind, int onPlan, int ahead,
                           List<Unit> behindUnits, Map<Unit, Integer> behindByChild) {
    }

    private final List<UnitLine> lines;
    private final List<NodeLine> nodes;

    private PlanFollowUp(List<UnitLine> lines, List<NodeLine> nodes) {
        this.lines = lines;
        this.nodes = nodes;
    }

    public static PlanFollowUp none() {
        return new PlanFollowUp(List.of(), List.of());
    }

    /**
     * @param root the office's own unit: nodes are it and the units with units under it, in the tree's
     *             order; only units under it count
     */
    public static PlanFollowUp of(List<Pair> pairs, UnitRegistry registry, IndicatorCatalogue catalogue,
                                  ValidationSettings settings, String root) {
        Unit top = registry.find(root);
        if (top == null || pairs.isEmpty()) {
            return none();
        }
        List<UnitLine> lines = new ArrayList<>();
        for (Pair p : pairs) {
            Unit unit = registry.find(p.current().unitCode());
            if (unit == null || !registry.isUnder(unit, top)) {
                continue;
            }
            List<IndicatorRow> rows = IndicatorRow.of(asSubmission(p.current()), catalogue);
            Integer year = CurrentValueYear.of(asSubmission(p.current()), rows, settings).year();
            if (year == null) {
                continue;
            }
            Map<String, Fact> planned = new LinkedHashMap<>();
            for (Fact f : p.earlier().facts()) {
                if (f.indicatorCode() != null && f.measure().kind() == MeasureKind.PHASE
                        && year.equals(f.measure().year())) {
                    planned.putIfAbsent(f.indicatorCode(), f);
                }
            }
            Set<String> seen = new HashSet<>();
            for (IndicatorRow row : rows) {
                Indicator ind = row.indicator();
                Fact reached = row.current();
                Fact plan = ind == null ? null : planned.get(ind.code());
                if (ind == null || reached == null || plan == null || !seen.add(ind.code())
                        || !Strength.readable(reached.value()) || !Strength.readable(plan.value())
                        || !Strength.comparable(reached.value(), plan.value())) {
                    continue;
                }
                Progress progress = Strength.weaker(reached.value(), plan.value(), ind) ? Progress.BEHIND
                        : Strength.weaker(plan.value(), reached.value(), ind) ? Progress.AHEAD : Progress.ON_PLAN;
                lines.add(new UnitLine(unit, ind, year, plan, reached, progress, p.current().fileName(),
                        p.current().tableYear(), p.earlier().fileName(), p.earlier().tableYear()));
            }
        }
        return new PlanFollowUp(List.copyOf(lines), nodeLines(lines, registry, top, catalogue));
    }

    private static List<NodeLine> nodeLines(List<UnitLine> lines, UnitRegistry registry, Unit top,
                                            IndicatorCatalogue catalogue) {
        List<NodeLine> out = new ArrayList<>();
        List<Unit> order = new ArrayList<>();
        Map<String, Integer> depth = new LinkedHashMap<>();
        walk(registry, top, 0, order, depth, new HashSet<>());
        for (Unit node : order) {
            if (registry.childrenOf(node.code()).isEmpty()) {
                continue;
            }
            for (Indicator ind : catalogue.indicators()) {
                int[] c = new int[3];
                List<Unit> behind = new ArrayList<>();
                Map<Unit, Integer> byChild = new LinkedHashMap<>();
                for (UnitLine l : lines) {
                    if (!l.indicator().code().equals(ind.code()) || !registry.isUnder(l.unit(), node)
                            || l.unit().code().equals(node.code())) {
                        continue;
                    }
                    c[l.progress().ordinal()]++;
                    if (l.progress() == Progress.BEHIND) {
                        behind.add(l.unit());
                        Unit child = childOf(node, l.unit(), registry);
                        if (child != null && !child.code().equals(l.unit().code())) {
                            byChild.merge(child, 1, Integer::sum);
                        }
                    }
                }
                int compared = c[0] + c[1] + c[2];
                if (compared > 0) {
                    out.add(new NodeLine(node, depth.get(node.code()), ind, compared, c[0], c[1], c[2],
                            List.copyOf(behind), byChild));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The child of {@code node} that {@code unit} is under (itself when it is one). */
    private static Unit childOf(Unit node, Unit unit, UnitRegistry registry) {
        Unit u = unit;
        for (Unit a : registry.ancestors(unit)) {
            if (a.code().equals(node.code())) {
                return u;
            }
            u = a;
        }
        return null;
    }

    private static void walk(UnitRegistry registry, Unit u, int d, List<Unit> order, Map<String, Integer> depth,
                             Set<String> seen) {
        if (!seen.add(u.code())) {
            return;
        }
        order.add(u);
        depth.put(u.code(), d);
        for (Unit child : registry.childrenOf(u.code())) {
            walk(registry, child, d + 1, order, depth, seen);
        }
    }

    private static Submission asSubmission(Table t) {
        return new Submission(t.fileName(), t.fileName(), null, 0, FileOutcome.READ, null, t.unitCode(), null, null,
                t.tableYear(), t.facts(), List.of());
    }

    /** Every unit and indicator compared, unit by unit in the order of the pairs, indicators in table order. */
    public List<UnitLine> lines() {
        return lines;
    }

    /** Every node and indicator with a unit compared, nodes in the tree's order, indicators in the catalogue's. */
    public List<NodeLine> nodes() {
        return nodes;
    }

    public boolean any() {
        return !lines.isEmpty();
    }

    /** A {@value #BEHIND_PLAN} finding per unit and indicator behind plan, at the new current value. */
    public List<Finding> findings(ValidationSettings settings) {
        Severity severity = settings.severityOf(BEHIND_PLAN, Severity.WARNING);
        List<Finding> out = new ArrayList<>();
        for (UnitLine l : lines) {
            if (l.progress() != Progress.BEHIND) {
                continue;
            }
            out.add(new Finding(l.file(), l.unit().code(), l.reached().sheet(), l.reached().ref(), BEHIND_PLAN, severity,
                    "«" + l.indicator().name() + "» (" + l.indicator().code() + "): hiện trạng năm " + l.tableYear()
                            + " " + Texts.shown(l.reached().value()) + " chậm so với kế hoạch năm " + l.year() + " "
                            + Texts.shown(l.planned().value()) + " mà đơn vị đã đặt trong bảng hiện trạng năm "
                            + l.earlierTableYear() + " (tệp «" + l.earlierFile() + "», ô "
                            + l.planned().ref() + "). Đề nghị đơn vị nêu nguyên nhân và giải "
                            + "pháp để đạt kế hoạch các năm sau.",
                    l.reached().value().raw()));
        }
        return out;
    }
}
