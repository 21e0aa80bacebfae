package vn.tonghop.kind.selfassessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One school's self-assessment as read and checked: the catalogue it was read against, the level of
 * each catalogue criterion in the catalogue's order (0 = Không đạt, null = missing or unreadable), the
 * school's level computed under the office's rule (null without a catalogue; {@code ruleConfirmed} false while that rule is not
 * the circular's checked text), and the level the school states (null when it states none).
 */
public record SelfAssessment(String unitCode, String catalogueId, Map<String, Integer> levels, Integer computedLevel,
                             boolean ruleConfirmed, Integer statedLevel) {

    public SelfAssessment {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** {@code Không đạt}, {@code Mức 2}, {@code chưa rõ}; {@code cột Mức đạt} for a value there naming no level (−1). */
    public static String levelName(Integer level) {
        return level == null ? "chưa rõ" : level < 0 ? "cột Mức đạt" : level == 0 ? "Không đạt" : "Mức " + level;
    }
}
