package vn.tonghop.kind.phasing.outliers;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Finding;
import org.springframework.stereotype.Component;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource;
import vn.tonghop.store.CurrentValues;

/** The office's outliers and jumps among the units' current versions, from what the database holds. */
@Component
public class OutlierFinder {

    private final CurrentValues current;
    private final PlanHistorySource history;
    private final UnitRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final OutlierSettings settings;

    public OutlierFinder(CurrentValues current, PlanHistorySource history, UnitRegistry registry,
                         IndicatorCatalogue catalogue, OutlierSettings settings) {
        this.current = current;
        this.history = history;
        this.registry = registry;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Far from the peers first, then the jumps; {@code reports}: every unit's current table. */
    public List<Outliers.Outlier> now(List<UnitReport> reports) {
        List<Outliers.Outlier> out = new ArrayList<>(Outliers.amongPeers(reports, registry,
                catalogue, settings, places -> current.cells(PhasingKind.CODE, places)));
        out.addAll(Outliers.jumps(history.previousVersions(PhasingKind.CODE), registry, catalogue, settings));
        return out;
    }

    /** When a value is far from its peers or its previous version (what the findings depend on). */
    public OutlierSettings settings() {
        return settings;
    }

    /** The information findings of {@code outliers} (from {@link #now()}). */
    public List<Finding> findings(List<Outliers.Outlier> outliers) {
        return Outliers.findings(outliers, settings);
    }
}
