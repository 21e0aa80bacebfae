package vn.tonghop.kind.phasing.consolidation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.store.Version;

/** The reports a phasing consolidation is made of: each known unit's current version and its values. */
public final class UnitReports {

    /**
     * The measures a consolidation aggregates: the current value, the unit's own target and the phasing,
     * and for a node's table the basis of its aggregates. The quota columns are checked against the
     * official quotas, not consolidated. With them, the number and date of the plan each table goes with,
     * shown beside its unit.
     */
    public static final Set<MeasureKind> CONSOLIDATED = EnumSet.of(MeasureKind.CURRENT, MeasureKind.TARGET_UNIT,
            MeasureKind.BASIS, MeasureKind.PHASE, MeasureKind.PLAN_NUMBER, MeasureKind.PLAN_DATE);

    private UnitReports() {
    }

    /** The reports of the units the registry knows, in the order given (by unit code). */
    public static List<UnitReport> of(List<CurrentValues.OfUnit> current, UnitRegistry registry) {
        List<UnitReport> reports = new ArrayList<>();
        for (CurrentValues.OfUnit c : current) {
            Version v = c.version();
            Unit unit = registry.find(v.unitCode());
            if (unit != null) {
                reports.add(new UnitReport(unit, v.fileName(), v.sha256(), v.version(), c.values()));
            }
        }
        return reports;
    }
}
