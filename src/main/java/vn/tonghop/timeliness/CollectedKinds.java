package vn.tonghop.timeliness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.timeliness.TimelinessSettings.Round;

/**
 * The kinds the office collects ({@code tonghop.kinds}), by code with their Vietnamese titles, in the
 * office's order, and which of them a collection round collects: those it names ({@code kinds:} in
 * job.yml), else the office's first kind (the phasing table in the sample office), as before rounds could
 * name kinds. Given by the wiring: this package knows no kind.
 */
public record CollectedKinds(Map<String, String> titles) {

    public CollectedKinds {
        if (titles == null || titles.isEmpty()) {
            throw new IllegalArgumentException("an office collects at least one kind");
        }
        titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    }

    /** An office collecting one kind. */
    public static CollectedKinds of(String code, String title) {
        return new CollectedKinds(Map.of(code, title));
    }

    /** The office's first kind: what a round naming none collects. */
    public String first() {
        return titles.keySet().iterator().next();
    }

    /**
     * The codes {@code round} collects, in the office's order: those it names (the start-up check has made
     * sure the office collects each), else the office's first kind.
     */
    public List<String> of(Round round) {
        if (round.kinds().isEmpty()) {
            return List.of(first());
        }
        return titles.keySet().stream().filter(round.kinds()::contains).toList();
    }

    /** The kind's title ("Kế hoạch cải tiến chất lượng"), or its code when the office does not collect it. */
    public String title(String code) {
        return titles.getOrDefault(code, code);
    }
}
