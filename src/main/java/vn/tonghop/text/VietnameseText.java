package vn.tonghop.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as clerks type it, made comparable. Workbooks mix composed and decomposed Unicode, break
 * lines inside cells, pad with non-breaking spaces and leave HTML markup from copy-paste.
 */
public final class VietnameseText {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,40}>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9%/]+");

    private VietnameseText() {
    }

    /**
     * The keys already made: workbooks repeat the same labels, headers and answers in every file, and the
     * readers fold each cell several times (one recognizer per kind). Bounded: emptied when full.
     */
    private static final Memo FOLDED = new Memo(20_000);
    private static final Memo FOLDED_WORDS = new Memo(20_000);

    /** Composed (NFC), markup removed, every run of spaces and line breaks made one space, trimmed. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // a number, a code: nothing to compose, strip or join (every cell of a grid is cleaned)
        return isOwnClean(s) ? s : cleanOnce(s);
    }

    /** {@link #clean} worked out. */
    static String cleanOnce(String s) {
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        if (t.indexOf('<') >= 0) {
            t = HTML_TAG.matcher(t).replaceAll(" ");
        }
        return oneSpace(t);
    }

    /**
     * A matching key: {@link #clean} text, lower case, without diacritics ({@code đ} becomes
     * {@code d}). "Trường  Tiểu\nhọc" and "truong tieu hoc" fold to the same key.
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // a number or a lower-case code is its own key: not worth a look in the shared memo (the readers fold
        // every cell of every header search, numbers included)
        return isOwnFold(s) ? s : FOLDED.get(s, VietnameseText::foldOnce);
    }

    /** {@link #fold} with punctuation turned into spaces, for matching names word by word. */
    public static String foldWords(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return isOwnWordFold(s) ? s : FOLDED_WORDS.get(s, VietnameseText::foldWordsOnce);
    }

    /**
     * Whether {@link #fold} gives the text itself: printable ASCII without capitals or markup's {@code <}, its
     * spaces single and inside (nothing to compose, strip, lower, decompose or drop).
     */
    static boolean isOwnFold(String s) {
        return isPlainAscii(s, false);
    }

    /**
     * Whether {@link #clean} gives the text itself: printable ASCII without markup's {@code <}, its spaces single
     * and inside.
     */
    static boolean isOwnClean(String s) {
        return isPlainAscii(s, true);
    }

    /** Printable ASCII without {@code <} (capitals only when {@code capitals}), its spaces single and inside. */
    private static boolean isPlainAscii(String s, boolean capitals) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c < '!' || c > '~' || c == '<' || (!capitals && c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #foldWords} gives the text itself: only what {@link #NOT_WORD} keeps, no space. */
    static boolean isOwnWordFold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #foldWords} worked out. */
    static String foldWordsOnce(String s) {
        return oneSpace(NOT_WORD.matcher(fold(s)).replaceAll(" "));
    }

    /** {@link #fold} worked out. */
    static String foldOnce(String s) {
        String t = clean(s).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("");
        return t.replace('đ', 'd').replace('Đ', 'd');
    }

    /** What {@code SPACES.matcher(t).replaceAll(" ").strip()} gives, without a regular expression. */
    private static String oneSpace(String t) {
        int n = t.length();
        boolean change = false;
        for (int i = 0; i < n && !change; i++) {
            char c = t.charAt(i);
            change = isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(t.charAt(i + 1))));
        }
        if (!change) {
            return t.strip();
        }
        StringBuilder b = new StringBuilder(n);
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
                inSpace = false;
            } else if (!inSpace) {
                b.append(' ');
                inSpace = true;
            }
        }
        return b.toString().strip();
    }

    /** The characters {@link #SPACES} matches: Java's {@code \\s} and the spaces copy-paste brings. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }
}
