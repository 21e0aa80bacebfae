package vn.tonghop.kind.phasing.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.text.VietnameseText;

/**
 * Matches a row's name to the catalogue: by code, then by name or alias compared folded (case,
 * diacritics, punctuation and spacing ignored), then by name with a few typos. Exact lookups are
 * hash lookups; the edit-distance pass runs only for rows that found nothing exact.
 */
public final class IndicatorMatcher {

    /** Below this similarity a name is not the indicator, whatever it resembles. */
    static final double MIN_SIMILARITY = 0.85;

    private final Map<String, List<Indicator>> byKey = new HashMap<>();
    private final List<Map.Entry<String, Indicator>> keys = new ArrayList<>();
    private final Map<String, Indicator> byCode = new HashMap<>();

    public IndicatorMatcher(IndicatorCatalogue catalogue) {
        for (Indicator i : catalogue.indicators()) {
            byCode.put(VietnameseText.fold(i.code()), i);
            List<String> names = new ArrayList<>(i.aliases());
            names.add(0, i.name());
            for (String n : names) {
                String key = VietnameseText.foldWords(n);
                if (key.isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                keys.add(Map.entry(key, i));
                if (!i.group().isBlank()) {
                    // "Tiểu học" alone is ambiguous; "<group> Tiểu học" is not
                    String grouped = VietnameseText.foldWords(i.group() + " " + n);
                    byKey.computeIfAbsent(grouped, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** A match, with how sure it is (1.0 for exact) and which candidate text gave it. */
    public record Match(Indicator indicator, double similarity, int candidate) {
    }

    /**
     * The best match for any of the candidate texts (a row's name, its name joined with the next
     * row's, with the group above…), or null. An exact match on an earlier candidate wins.
     */
    public Match match(Section section, List<String> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Indicator exact = exact(section, candidates.get(i));
            if (exact != null) {
                return new Match(exact, 1.0, i);
            }
        }
        Match best = null;
        for (int i = 0; i < candidates.size(); i++) {
            String key = VietnameseText.foldWords(candidates.get(i));
            if (key.length() < 4) {
                continue;
            }
            for (Map.Entry<String, Indicator> e : keys) {
                double s = similarity(key, e.getKey());
                if (section != null && e.getValue().section() != section) {
                    s -= 0.05;
                }
                if (s >= MIN_SIMILARITY && (best == null || s > best.similarity())) {
                    best = new Match(e.getValue(), s, i);
                }
            }
        }
        return best;
    }

    private Indicator exact(Section section, String text) {
        Indicator byItsCode = byCode.get(VietnameseText.fold(text));
        if (byItsCode != null) {
            return byItsCode;
        }
        List<Indicator> found = byKey.get(VietnameseText.foldWords(text));
        if (found == null) {
            return null;
        }
        return found.stream().filter(i -> i.section() == section).findFirst().orElse(found.get(0));
    }

    private static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int threshold = (int) Math.floor(longer * (1 - MIN_SIMILARITY));
        if (Math.abs(a.length() - b.length()) > threshold) {
            return 0;
        }
        int d = new LevenshteinDistance(threshold).apply(a, b);
        return d < 0 ? 0 : 1.0 - (double) d / longer;
    }
}
