package vn.tonghop.delivery;

/**
 * Makes text that came from a submission (file names, raw values, messages quoting them) safe to put
 * in a subject or a plain-text body: one line, no control characters (a CR/LF could forge a header or
 * a fake line), no bidirectional overrides (they can disguise "xlsx.exe" as "exe.xlsx"), and short.
 */
final class PlainText {

    private PlainText() {
    }

    static String line(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() <= max; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || isInvisibleFormat(cp)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(cp);
        }
        if (b.length() > max) {
            int end = Math.max(0, max - 1);
            if (end > 0 && Character.isHighSurrogate(b.charAt(end - 1))) {
                end--;
            }
            b.setLength(end);
            b.append('…');
        }
        return b.toString();
    }

    /** Format characters (bidi overrides and isolates, zero-width ones) that show nothing or reorder text. */
    private static boolean isInvisibleFormat(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }
}
