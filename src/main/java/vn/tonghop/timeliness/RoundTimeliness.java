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
    private final String roundKind;

    /**
     * {@code rootUnit} and {@code zone}: the office's {@code tonghop.root-unit} and {@code tonghop.zone} (the
     * same default as {@code TonghopProperties}), read as properties: this package does not depend on the
     * wiring. {@code roundKind}: the first kind of {@code tonghop.kinds} (a YAML list or a comma-separated
     * value), whose documents answer the rounds: a round is the year of the phasing table's current value,
     * so a school's plan or self-assessment sent on time does not make its missing table on time.
     */
    public RoundTimeliness(TimelinessSettings settings, UnitRegistry registry,
                           @Value("${tonghop.root-unit:#{null}}") String rootUnit,
                           @Value("${tonghop.zone:Asia/Ho_Chi_Minh}") String zone, TimelinessStore store,
                           @Value("#{'${tonghop.kinds[0]:${tonghop.kinds:phasing}}'.split(',')[0].trim()}")
                           String roundKind) {
        this.roundKind = roundKind;
        this.settings = settings;
        this.registry = registry;
        this.rootUnit = rootUnit;
        this.zone = zone;
        this.store = store;
    }

    /** As it stands on {@code today} (the office's date of the run). */
    public Timeliness on(LocalDate today) {
        if (!settings.on()) {
            return Timeliness.off();
        }
        return Timeliness.of(settings, registry, rootUnit, store.receipts(roundKind), today, zone());
    }

    /** The code of the kind whose documents answer the rounds ({@code phasing}). */
    public String roundKind() {
        return roundKind;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public TimelinessSettings settings() {
        return settings;
    }
}
