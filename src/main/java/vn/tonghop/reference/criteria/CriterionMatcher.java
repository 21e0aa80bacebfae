package vn.tonghop.reference.criteria;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.text.Similarity;
import vn.tonghop.text.VietnameseText;

/**
 * Tells which criterion a row's label names: by its code ({@code 1.1}, {@code Tiêu chí 1.1}, {@code TC 1.1},
 * {@code 1,1}) first, then by its title in either wording or an alias, compared folded (case, diacritics,
 * punctuation ignored), then with small typos ({@link Similarity}, at least {@value #MIN_SIMILARITY}).
 * A standard's row ({@code Tiêu chuẩn 1}, or a standard's title alone) is told apart so it is not taken
 * for an unknown criterion.
 */
public final class CriterionMatcher {

    static final double MIN_SIMILARITY = 0.85;

    private static final Pattern CODE = Pattern.compile(
            "^(?:tieu chi|tc)?\\s*(?:so\\s*)?(\\d{1,2})\\s*[.,]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern STANDARD = Pattern.compile("^(?:tieu chuan|tc)\\s*(?:so\\s*)?(\\d{1,2})(?![.,]?\\s*\\d)");

    private final Map<String, String> byTitle = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> standardTitles = new HashSet<>();
    private final CriteriaCatalogue catalogue;

    public CriterionMatcher(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
        if (catalogue == null) {
            return;
        }
        for (Criterion c : catalogue.criteria()) {
            for (String t : c.titles()) {
                String key = VietnameseText.foldWords(t);
                String before = byTitle.putIfAbsent(key, c.code());
                if (before != null && !before.equals(c.code())) {
                    ambiguous.add(key);
                }
            }
            if (!c.standardTitle().isEmpty()) {
                standardTitles.add(VietnameseText.foldWords(c.standardTitle()));
            }
        }
        ambiguous.forEach(byTitle::remove);
    }

    /** The code written at the start of a label ({@code 1.10}), normalised; null when none. */
    public static String codeIn(String label) {
        Matcher m = CODE.matcher(VietnameseText.fold(label));
        return m.find() ? Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)) : null;
    }

    /** The standard a label names ({@code Tiêu chuẩn 2: …} gives 2), or null. */
    public static Integer standardIn(String label) {
        Matcher m = STANDARD.matcher(VietnameseText.fold(label));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** True when the label is a standard's title without its number. */
    public boolean isStandardTitle(String label) {
        return standardTitles.contains(VietnameseText.foldWords(label));
    }

    /** The code of the criterion whose title the label is (exactly or with small typos), or null. */
    public String byTitle(String label) {
        String key = VietnameseText.foldWords(label);
        if (key.length() < 4) {
            return null;
        }
        String exact = byTitle.get(key);
        if (exact != null) {
            return exact;
        }
        String best = null;
        double bestRatio = MIN_SIMILARITY;
        boolean tie = false;
        for (Map.Entry<String, String> e : byTitle.entrySet()) {
            String title = e.getKey();
            double r;
            if (title.length() >= 12 && key.startsWith(title + " ")) {
                r = 0.95; // the title followed by a remark: "… an toàn trường học (tiếp)"
            } else if (Math.abs(title.length() - key.length()) > title.length() * (1 - MIN_SIMILARITY) + 1) {
                continue;
            } else {
                r = Similarity.ratio(key, title);
            }
            if (r > bestRatio) {
                best = e.getValue();
                bestRatio = r;
                tie = false;
            } else if (r == bestRatio && best != null && !best.equals(e.getValue())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    public CriteriaCatalogue catalogue() {
        return catalogue;
    }
}
