package vn.tonghop.timeliness;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.TimelinessStore;

/** The office's {@link Timeliness} on a given day, from what the database holds. */
@Component
public class RoundTimeliness {

    private final TimelinessSettings settings;
    private final UnitRegistry registry;
    private final TonghopProperties props;
    private final TimelinessStore store;

    public RoundTimeliness(TimelinessSettings settings, UnitRegistry registry, TonghopProperties props,
                           TimelinessStore store) {
        this.settings = settings;
        this.registry = registry;
        this.props = props;
        this.store = store;
    }

    /** As it stands on {@code today} (the office's date of the run). */
    public Timeliness on(LocalDate today) {
        if (!settings.on()) {
            return Timeliness.off();
        }
        return Timeliness.of(settings, registry, props.rootUnit(), store.receipts(), today, zone());
    }

    public ZoneId zone() {
        return ZoneId.of(props.zone());
    }

    public TimelinessSettings settings() {
        return settings;
    }
}
