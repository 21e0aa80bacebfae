package vn.tonghop.kind.phasing;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.kind.phasing.consolidation.UnitReports;
import vn.tonghop.kind.phasing.followup.PlanFollowUp;
import vn.tonghop.kind.phasing.followup.PlanFollowUps;
import vn.tonghop.kind.phasing.outliers.OutlierFinder;
import vn.tonghop.kind.phasing.outliers.Outliers;
import vn.tonghop.kind.phasing.report.PhasingSummary;
import vn.tonghop.kind.phasing.report.PhasingTableWriter;
import vn.tonghop.kind.phasing.rules.CopiedFigureCheck;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.Coverage;
import vn.tonghop.report.OutputScope;
import vn.tonghop.report.SummaryBook;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.store.Version;
import vn.tonghop.store.VersionStore;
import vn.tonghop.text.FileNames;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.validation.ValidationSettings;

/**
 * The phasing table's part of a run's outputs ({@link PhasingKind} answers the outputs hook with it):
 * the units' current tables read back from the store, consolidated up the tree under the scope's root,
 * its sheets in the summary, a consolidated table per node ({@code bang-tong-hop}), and the findings
 * across tables (a district figure copied differently, a plan not followed).
 */
@Component
public class PhasingOutputs {

    /** The folder of the consolidated tables, one per node, in the run's folder. */
    public static final String TABLES_FOLDER = "bang-tong-hop";

    private final ConsolidationEngine engine;
    private final CurrentValues currentValues;
    private final VersionStore versions;
    private final UnitRegistry registry;
    private final PlanFollowUps followUps;
    private final OutlierFinder outliers;

    /** The last consolidation made, for the scope it was made for: coverage, sheets and files share it. */
    private volatile Made last;

    /**
     * The last consolidation of the whole office: a district's copy takes its nodes' summaries from it when it
     * was made of the same tables ({@code reports}, the loaded list itself). Softly held: a national office's is
     * large, and kept past its district copies (into the deliver step) it took a night at N = 100,000 past
     * {@code -Xmx1g}; let go, a district's copy consolidates its own units, as it did.
     */
    private volatile SoftReference<Made> whole = new SoftReference<>(null);

    private record Made(String root, LocalDateTime runAt, String officeName, Consolidation consolidation,
                        List<UnitReport> reports) {
    }

    /**
     * What every scope of a run's outputs (the office's, each district's copy) and the checks across tables
     * are made from, read from the store once for the set of current tables it was read for: it does not
     * change while a run checks and writes, and reading every unit's values again for each district took
     * more than the district copies themselves (a third of a bench run's outputs).
     */
    private volatile Loaded loaded;

    /**
     * The units' tables of one set of current versions ({@code ids}), the phasing years they declare, and the
     * outliers among them once asked.
     */
    private record Loaded(List<Long> ids, List<UnitReport> reports, List<Integer> years,
                          List<Outliers.Outlier> outliers) {
    }

    public PhasingOutputs(ConsolidationEngine engine, CurrentValues currentValues, VersionStore versions,
                          UnitRegistry registry, PlanFollowUps followUps, OutlierFinder outliers) {
        this.outliers = outliers;
        this.engine = engine;
        this.currentValues = currentValues;
        this.versions = versions;
        this.registry = registry;
        this.followUps = followUps;
    }

    /**
     * The findings on the units {@code wanted} takes, given to {@code each} as they are made: every group a check
     * compares (a district's copies of its figure, a node's peers) is made of all its members as before, only the
     * findings are kept to the wanted units, and the cells are looked up for theirs alone.
     */
    void acrossDocuments(Unit root, Predicate<String> wanted, ValidationSettings settings, Consumer<Finding> each) {
        for (Finding f : followUps.now().findings(settings)) {
            if (wanted.test(f.unitCode())) {
                each.accept(f);
            }
        }
        Loaded values = loaded(true);
        CurrentValues.Cells cells = currentValues.cellsOf(PhasingKind.CODE);
        CopiedFigureCheck.Maker copied = new CopiedFigureCheck.Maker(settings, cells::cells, each);
        engine.copyDifferences(root, values.years(), values.reports(), d -> {
            if (wanted.test(d.report().unit().code())) {
                copied.accept(d);
            }
        });
        copied.finish();
        // values far from their peers or jumping from the unit's previous version: information only
        outliers.findings(under(values.outliers(), root).stream()
                .filter(o -> wanted.test(o.unit().code())).toList()).forEach(each);
    }

    /**
     * Besides a part's own tables, its findings and sheets depend on: the phasing years every current table
     * declares (the columns compared and shown), the outlier settings, and the tables compared across parts:
     * the root's children's own tables (peers of one another, under the root), and, when a copied figure belongs
     * to the root or above (a province's figure in a province's run), every table under the root.
     */
    String dependsOn(Unit root) {
        Loaded values = loaded(false);
        StringBuilder key = new StringBuilder("years=").append(values.years()).append("|outliers=")
                .append(outliers.settings());
        boolean acrossParts = false;
        for (UnitReport r : values.reports()) {
            if (!registry.isUnder(r.unit(), root)) {
                continue;
            }
            acrossParts |= figureAboveParts(r.unit(), root);
        }
        for (UnitReport r : values.reports()) {
            if (registry.isUnder(r.unit(), root) && (acrossParts || root.code().equals(r.unit().parentCode()))) {
                key.append('|').append(r.unit().code()).append('@').append(r.sha256()).append('#').append(r.version());
            }
        }
        return key.toString();
    }

    /** The phasing table's own settings its outputs are made of: the outliers' thresholds. */
    String settingsKey() {
        return "outliers=" + outliers.settings();
    }

    /** Whether a figure the unit copies belongs to the root or above it, so its copies span the root's parts. */
    private boolean figureAboveParts(Unit unit, Unit root) {
        for (Indicator indicator : engine.catalogue().indicators()) {
            int up = indicator.measuredAt().levelsUp();
            Unit figure = unit;
            for (int i = 0; i < up && figure != null; i++) {
                figure = figure.isRoot() || figure.parentCode() == null ? null : registry.find(figure.parentCode());
            }
            if (up > 0 && (figure == null || figure.code().equals(root.code()) || !registry.isUnder(figure, root))) {
                return true;
            }
        }
        return false;
    }

    Coverage coverage(OutputScope scope) {
        return consolidation(scope).coverage();
    }

    void summarySheets(SummaryBook book, OutputScope scope) {
        PlanFollowUp followUp = scope.wholeOffice() ? followUps.now() : PlanFollowUp.none();
        PhasingSummary.add(book, consolidation(scope), followUp, under(loaded(true).outliers(), scope.root()));
    }

    private List<Outliers.Outlier> under(List<Outliers.Outlier> all, Unit root) {
        return all.stream().filter(o -> registry.isUnder(o.unit(), root)).toList();
    }

    /**
     * The units' current tables (and, when asked, the outliers among them), read again only when the
     * current versions changed (a later run, a file accepted).
     */
    private Loaded loaded(boolean withOutliers) {
        List<Long> ids = versions.current(PhasingKind.CODE).stream().map(Version::submissionId).toList();
        Loaded l = loaded;
        if (l == null || !l.ids().equals(ids)) {
            List<UnitReport> reports = UnitReports.of(currentValues.of(PhasingKind.CODE, UnitReports.CONSOLIDATED),
                    registry);
            l = new Loaded(ids, reports, years(reports), null);
        }
        if (withOutliers && l.outliers() == null) {
            l = new Loaded(l.ids(), l.reports(), l.years(), outliers.now(l.reports()));
        }
        loaded = l;
        return l;
    }

    void files(OutputScope scope, Path folder, OutputFiles files) throws IOException {
        Consolidation c = consolidation(scope);
        PhasingTableWriter tables = new PhasingTableWriter(files, engine.quotas());
        Path tableFolder = files.createDirectories(folder.resolve(TABLES_FOLDER));
        for (Unit node : c.nodes().stream().map(n -> n.node()).distinct().toList()) {
            tables.write(c, node, tableFolder.resolve(
                    FileNames.cap(node.code() + "_bang_phan_ky_tong_hop.xlsx", FileNames.MAX_OUTPUT_BYTES)));
        }
    }

    /** The consolidation under the scope's root, made once per scope. */
    Consolidation consolidation(OutputScope scope) {
        Made m = last;
        if (m != null && m.root().equals(scope.root().code()) && m.runAt().equals(scope.runAt())
                && m.officeName().equals(scope.officeName())) {
            return m.consolidation();
        }
        Loaded values = loaded(false);
        Made w = whole.get();
        Consolidation wider = !scope.wholeOffice() && w != null && w.reports() == values.reports()
                && w.runAt().equals(scope.runAt()) && w.officeName().equals(scope.officeName())
                ? w.consolidation() : null;
        Consolidation c = engine.consolidate(scope.officeName(), scope.root(), scope.runAt(), values.years(),
                values.reports(), wider);
        last = new Made(scope.root().code(), scope.runAt(), scope.officeName(), c, values.reports());
        if (scope.wholeOffice()) {
            whole = new SoftReference<>(last);
        }
        return c;
    }

    /**
     * The phasing years the units' current tables declare (their header years), from their values as read:
     * asking the store for the distinct measures of every current fact cost a tenth of the checks across
     * tables at N = 10,000.
     */
    private static List<Integer> years(List<UnitReport> reports) {
        TreeSet<Integer> years = new TreeSet<>();
        for (UnitReport r : reports) {
            for (Map<String, ParsedValue> byMeasure : r.values().values()) {
                for (String code : byMeasure.keySet()) {
                    if (code.startsWith("phase_")) {
                        years.add(Measure.fromCode(code).year());
                    }
                }
            }
        }
        return List.copyOf(years);
    }
}
