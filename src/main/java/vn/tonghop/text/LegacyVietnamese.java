package vn.tonghop.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Vietnamese typed before Unicode, in the two encodings offices still meet: TCVN3 (ABC, TCVN
 * 5712:1993 VN3, fonts {@code .VnTime}, {@code .VnArial}…, capitals from {@code .VnTimeH}…) and
 * VNI-Windows (fonts {@code VNI-Times}, {@code VNI-Helve}…). Excel keeps such text as the Latin-1
 * characters the legacy font draws as Vietnamese letters ({@code Tû lÖ ®i häc} in {@code .VnTime},
 * {@code Tyû leä ñi hoïc} in {@code VNI-Times}); this class turns it into Unicode (NFC).
 *
 * <p>The tables are written once, letter by tone, in the order none, sắc, huyền, hỏi, ngã, nặng
 * (the order of Unikey's and xvnkb's tables, checked against the examples); the Unicode side is
 * composed from the base letter and the tone's combining mark, so it cannot be mistyped.
 */
public final class LegacyVietnamese {

    public enum Encoding {
        TCVN3("TCVN3 (ABC)"), VNI("VNI");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        /** The name clerks know the encoding by. */
        public String label() {
            return label;
        }
    }

    /** What a cell's font says: its encoding, and whether it draws every letter as a capital (.VnTimeH). */
    public record FontHint(Encoding encoding, boolean capitals) {
    }

    /** The Vietnamese vowels with a tone; đ has none. */
    static final String BASES = "aăâeêioôơuưy";
    /** The combining marks of the tones: none, sắc, huyền, hỏi, ngã, nặng. */
    static final String[] TONES = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    /** TCVN3, one code per lowercase letter and tone, in {@link #BASES} order; ư is U+00AD (soft hyphen). */
    private static final String[] TCVN3_LOWER = {
            "a¸µ¶·¹", "¨¾»¼½Æ", "©ÊÇÈÉË", "eÐÌÎÏÑ", "ªÕÒÓÔÖ", "iÝ×ØÜÞ",
            "oãßáâä", "«èåæçé", "¬íêëìî", "uóïñòô", "\u00ADøõö÷ù", "yýúûüþ"};
    /** TCVN3's capitals without tone (a capital with a tone needs a .VnTimeH font). */
    private static final String TCVN3_CAPITALS = "¡¢£¤¥¦§";
    private static final String TCVN3_CAPITALS_UNICODE = "ĂÂÊÔƠƯĐ";
    private static final char TCVN3_D = '®';

    /** VNI, lowercase, per letter and tone in {@link #BASES} order; capitals are the same upper-cased. */
    private static final String[][] VNI_LOWER = {
            {"a", "aù", "aø", "aû", "aõ", "aï"},
            {"aê", "aé", "aè", "aú", "aü", "aë"},
            {"aâ", "aá", "aà", "aå", "aã", "aä"},
            {"e", "eù", "eø", "eû", "eõ", "eï"},
            {"eâ", "eá", "eà", "eå", "eã", "eä"},
            {"i", "í", "ì", "æ", "ó", "ò"},
            {"o", "où", "oø", "oû", "oõ", "oï"},
            {"oâ", "oá", "oà", "oå", "oã", "oä"},
            {"ô", "ôù", "ôø", "ôû", "ôõ", "ôï"},
            {"u", "uù", "uø", "uû", "uõ", "uï"},
            {"ö", "öù", "öø", "öû", "öõ", "öï"},
            {"y", "yù", "yø", "yû", "yõ", "î"}};
    private static final String VNI_D = "ñ";

    /** Legacy code to Unicode letter. */
    private static final Map<Character, String> TCVN3_DECODE = new HashMap<>();
    private static final Map<String, String> VNI_DECODE = new HashMap<>();
    /** Unicode letter (NFC) to legacy code, the tables' inverse. */
    private static final Map<String, String> TCVN3_ENCODE = new HashMap<>();
    private static final Map<String, String> VNI_ENCODE = new HashMap<>();

    static {
        for (int b = 0; b < BASES.length(); b++) {
            for (int t = 0; t < TONES.length; t++) {
                String lower = letter(b, t);
                String upper = lower.toUpperCase(Locale.ROOT);
                char code = TCVN3_LOWER[b].charAt(t);
                if (code < 0x80) {
                    continue; // plain a e i o u y: ASCII in every encoding
                }
                TCVN3_DECODE.put(code, lower);
                TCVN3_ENCODE.put(lower, String.valueOf(code));
            }
            for (int t = 0; t < TONES.length; t++) {
                String lower = letter(b, t);
                String vni = VNI_LOWER[b][t];
                if (vni.length() == 1 && vni.charAt(0) < 0x80) {
                    continue;
                }
                String vniUpper = vni.toUpperCase(Locale.ROOT);
                VNI_DECODE.put(vni, lower);
                VNI_DECODE.put(vniUpper, lower.toUpperCase(Locale.ROOT));
                if (vni.length() == 2) {
                    // a mark typed in the other case than its letter: the letter's case counts
                    VNI_DECODE.put(vniUpper.charAt(0) + vni.substring(1), lower.toUpperCase(Locale.ROOT));
                    VNI_DECODE.put(vni.charAt(0) + vniUpper.substring(1), lower);
                }
                VNI_ENCODE.put(lower, vni);
                VNI_ENCODE.put(lower.toUpperCase(Locale.ROOT), vni.toUpperCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < TCVN3_CAPITALS.length(); i++) {
            String unicode = String.valueOf(TCVN3_CAPITALS_UNICODE.charAt(i));
            TCVN3_DECODE.put(TCVN3_CAPITALS.charAt(i), unicode);
            TCVN3_ENCODE.put(unicode, String.valueOf(TCVN3_CAPITALS.charAt(i)));
        }
        TCVN3_DECODE.put(TCVN3_D, "đ");
        TCVN3_ENCODE.put("đ", String.valueOf(TCVN3_D));
        VNI_DECODE.put(VNI_D, "đ");
        VNI_DECODE.put(VNI_D.toUpperCase(Locale.ROOT), "Đ");
        VNI_ENCODE.put("đ", VNI_D);
        VNI_ENCODE.put("Đ", VNI_D.toUpperCase(Locale.ROOT));
    }

    private LegacyVietnamese() {
    }

    /** The lowercase letter of base {@code b} with tone {@code t}, composed (NFC). */
    static String letter(int b, int t) {
        return Normalizer.normalize(BASES.charAt(b) + TONES[t], Normalizer.Form.NFC);
    }

    /**
     * The encoding a font's name stands for, or null: {@code .Vn…} fonts are TCVN3 (those ending in
     * {@code H}, {@code .VnTimeH}, {@code .VnArialH}, draw capitals only), {@code VNI-…} fonts are VNI.
     */
    public static FontHint fontHint(String fontName) {
        if (fontName == null) {
            return null;
        }
        String name = fontName.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3) && name.length() > 3) {
            return new FontHint(Encoding.TCVN3, name.endsWith("H"));
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) && name.length() > 4) {
            return new FontHint(Encoding.VNI, false);
        }
        return null;
    }

    /** The text read as the hinted encoding, in Unicode (NFC); capitals when the font draws only capitals. */
    public static String toUnicode(String text, FontHint hint) {
        String unicode = toUnicode(text, hint.encoding());
        return hint.capitals() ? unicode.toUpperCase(Locale.ROOT) : unicode;
    }

    /**
     * The text read as {@code encoding}, in Unicode (NFC). Characters outside the encoding's table
     * (ASCII, digits, punctuation) are kept as they are.
     */
    public static String toUnicode(String text, Encoding encoding) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoding == Encoding.TCVN3) {
                String letter = TCVN3_DECODE.get(c);
                out.append(letter == null ? String.valueOf(c) : letter);
                continue;
            }
            if (i + 1 < text.length()) {
                String pair = VNI_DECODE.get(text.substring(i, i + 2));
                if (pair != null) {
                    out.append(pair);
                    i++;
                    continue;
                }
            }
            String single = VNI_DECODE.get(String.valueOf(c));
            out.append(single == null ? String.valueOf(c) : single);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Unicode text as the encoding would hold it, the tables' inverse (what a legacy keyboard driver
     * types). TCVN3 has no capital with a tone: such a letter is written as its lowercase code, as a
     * clerk's .VnTimeH cell holds it; {@link #tcvn3Capitals} says whether a text needs that font.
     */
    public static String fromUnicode(String unicode, Encoding encoding) {
        Map<String, String> table = encoding == Encoding.TCVN3 ? TCVN3_ENCODE : VNI_ENCODE;
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            String code = table.get(c);
            if (code == null && encoding == Encoding.TCVN3) {
                code = table.get(c.toLowerCase(Locale.ROOT));
            }
            out.append(code == null ? c : code);
        }
        return out.toString();
    }

    /** Whether TCVN3 can hold this text only in a capitals font: it has a capital with a tone. */
    public static boolean tcvn3Capitals(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            if (!c.equals(c.toLowerCase(Locale.ROOT)) && !TCVN3_ENCODE.containsKey(c)
                    && TCVN3_ENCODE.containsKey(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds a letter or mark only Unicode has (ă đ ơ ư ĩ ũ, the letters of U+1EA0 to
     * U+1EF9, a combining tone): no legacy encoding produces one, so such text is Unicode already.
     */
    public static boolean hasUnicodeVietnamese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unicodeOnly(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unicodeOnly(char c) {
        return switch (c) {
            case 'Ă', 'ă', 'Đ', 'đ', 'Ĩ', 'ĩ', 'Ũ', 'ũ', 'Ơ', 'ơ', 'Ư', 'ư',
                 '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> true;
            default -> c >= '\u1EA0' && c <= '\u1EF9';
        };
    }

    /**
     * Evidence, over a workbook's text, for Unicode, TCVN3 and VNI, to decide the encoding of cells
     * whose font says nothing. Each counts what only its own encoding produces in Vietnamese words:
     * Unicode its own letters; TCVN3 the symbols it draws as letters ({@code ® µ ¸ ¶ · ¹ ¨ © ª « ¬}
     * and the soft hyphen for đ à á ả ã ạ ă â ê ô ơ ư…) next to a letter; VNI a vowel followed by
     * one of its tone marks ({@code aù}, {@code oä}) and {@code ñ} opening a word (đ). English and
     * plain ASCII give none of these. Not thread-safe; one per workbook.
     */
    public static final class Evidence {

        /** Below this many telling characters a workbook's text is not judged legacy at all. */
        static final int MINIMUM = 5;
        /** A legacy verdict needs this many times the evidence of each other reading. */
        static final int MARGIN = 3;

        private static final String TCVN3_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾×÷";
        private static final String VNI_VOWELS = "aeouyAEOUYôöÔÖ";
        private static final String VNI_MARKS = "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË";

        private long unicode;
        private long tcvn3;
        private long vni;

        public void add(String text) {
            if (text == null) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                char prev = i > 0 ? text.charAt(i - 1) : ' ';
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (unicodeOnly(c)) {
                    unicode++;
                } else if (TCVN3_SYMBOLS.indexOf(c) >= 0 && (inWord(prev) || inWord(next))) {
                    tcvn3++;
                } else if (VNI_MARKS.indexOf(c) >= 0 && VNI_VOWELS.indexOf(prev) >= 0) {
                    vni++;
                } else if ((c == 'ñ' || c == 'Ñ') && !Character.isLetter(prev) && Character.isLetter(next)) {
                    vni++;
                }
            }
        }

        private static boolean inWord(char c) {
            return Character.isLetter(c) || TCVN3_SYMBOLS.indexOf(c) >= 0;
        }

        public long unicode() {
            return unicode;
        }

        public long tcvn3() {
            return tcvn3;
        }

        public long vni() {
            return vni;
        }

        /** Whether enough has been seen that more text will not change the verdict. */
        public boolean settled() {
            return unicode + tcvn3 + vni >= 500;
        }

        /** Whether the text is clearly Unicode: its own letters far outnumber both legacy encodings'. */
        public boolean mostlyUnicode() {
            return unicode >= MINIMUM && unicode >= MARGIN * (tcvn3 + vni);
        }

        /** The legacy encoding the text is clearly in, or null (Unicode, ASCII, too little to tell). */
        public Encoding verdict() {
            if (tcvn3 >= MINIMUM && tcvn3 >= MARGIN * Math.max(vni, unicode)) {
                return Encoding.TCVN3;
            }
            if (vni >= MINIMUM && vni >= MARGIN * Math.max(tcvn3, unicode)) {
                return Encoding.VNI;
            }
            return null;
        }
    }
}
