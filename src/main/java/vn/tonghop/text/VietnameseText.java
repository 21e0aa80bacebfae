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

    private VietnameseText() {
    }

    /** Composed (NFC), markup removed, every run of spaces and line breaks made one space, trimmed. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (t.indexOf('<') >= 0) {
            t = HTML_TAG.matcher(t).replaceAll(" ");
        }
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /**
     * A matching key: {@link #clean} text, lower case, without diacritics ({@code đ} becomes
     * {@code d}). "Trường  Tiểu\nhọc" and "truong tieu hoc" fold to the same key.
     */
    public static String fold(String s) {
        String t = clean(s).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("");
        return t.replace('đ', 'd').replace('Đ', 'd');
    }

    /** {@link #fold} with punctuation turned into spaces, for matching names word by word. */
    public static String foldWords(String s) {
        return SPACES.matcher(fold(s).replaceAll("[^a-z0-9%/]+", " ")).replaceAll(" ").strip();
    }
}
