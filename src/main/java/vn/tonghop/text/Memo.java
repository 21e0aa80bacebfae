package vn.tonghop.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The results of a pure text function, kept for the texts met again; shared by the reader threads. It
 * holds at most {@code capacity} texts and is emptied when full: simpler than evicting one by one, and the
 * texts worth keeping (labels, headers, answers every school writes) are back after a few files. Long
 * texts (a plan's paragraphs) are rarely met twice and are not kept.
 */
final class Memo {

    /** Texts longer than this are worked out each time. */
    private static final int LONGEST_KEPT = 200;

    private final int capacity;
    private final Map<String, String> results = new ConcurrentHashMap<>();

    Memo(int capacity) {
        this.capacity = capacity;
    }

    String get(String text, UnaryOperator<String> function) {
        if (text.length() > LONGEST_KEPT) {
            return function.apply(text);
        }
        String known = results.get(text);
        if (known != null) {
            return known;
        }
        String made = function.apply(text);
        if (results.size() >= capacity) {
            results.clear();
        }
        results.put(text, made);
        return made;
    }
}
