package vn.tonghop.kind.phasing.followup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource;
import vn.tonghop.validation.ValidationSettings;

/** The office's {@link PlanFollowUp} from the versions the database holds (after the versions are refreshed). */
@Component
public class PlanFollowUps {

    private final PlanHistorySource history;
    private final UnitRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final ValidationSettings settings;
    private final String rootUnit;

    public PlanFollowUps(PlanHistorySource history, UnitRegistry registry, IndicatorCatalogue catalogue,
                         ValidationSettings settings,
                         @Value("${tonghop.root-unit:#{null}}") String rootUnit) {
        this.history = history;
        this.registry = registry;
        this.catalogue = catalogue;
        this.settings = settings;
        this.rootUnit = rootUnit; // the office's tonghop.root-unit: a kind does not depend on the wiring
    }

    public PlanFollowUp now() {
        return PlanFollowUp.of(history.pairs(PhasingKind.CODE), registry, catalogue, settings, rootUnit);
    }

    public ValidationSettings settings() {
        return settings;
    }
}
