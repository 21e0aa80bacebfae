package vn.tonghop.timeliness;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.TimelinessStore;

/** The office's {@link Timeliness} on a given day, from what the database holds. */
@Component
public class RoundTimeliness {

    private final TimelinessSettings settings;
    private final UnitRegistry registry;
    private final String rootUnit;
    private final String zone;
    private final TimelinessStore store;
    private final CollectedKinds kinds;

    /**
     * {@code rootUnit} and {@code zone}: the office's {@code tonghop.root-unit} and {@code tonghop.zone} (the
     * same default as {@code TonghopProperties}), read as properties: this package does not depend on the
     * wiring. {@code kinds}: the kinds the office collects, given by the wiring; a round naming none collects
     * the first (the phasing table, whose current value dates the round).
     */
    public RoundTimeliness(TimelinessSettings settings, UnitRegistry registry,
                           @Value("${tonghop.root-unit:#{null}}") String rootUnit,
                           @Value("${tonghop.zone:Asia/Ho_Chi_Minh}") String zone, TimelinessStore store,
                           CollectedKinds kinds) {
        this.settings = settings;
        this.registry = registry;
        this.rootUnit = rootUnit;
        this.zone = zone;
        this.store = store;
        this.kinds = kinds;
    }

    /** As it stands on {@code today} (the office's date of the run). */
    public Timeliness on(LocalDate today) {
        if (!settings.on()) {
            return Timeliness.off();
        }
        return Timeliness.of(settings, registry, rootUnit, kinds, store.receipts(), today, zone());
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public TimelinessSettings settings() {
        return settings;
    }
}
