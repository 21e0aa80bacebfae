package vn.tonghop.kind.phasing.followup;

import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
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
    private final TonghopProperties props;

    public PlanFollowUps(PlanHistorySource history, UnitRegistry registry, IndicatorCatalogue catalogue,
                         ValidationSettings settings, TonghopProperties props) {
        this.history = history;
        this.registry = registry;
        this.catalogue = catalogue;
        this.settings = settings;
        this.props = props;
    }

    public PlanFollowUp now() {
        return PlanFollowUp.of(history.pairs(), registry, catalogue, settings, props.rootUnit());
    }

    public ValidationSettings settings() {
        return settings;
    }
}
