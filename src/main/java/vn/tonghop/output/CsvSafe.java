package vn.tonghop.output;

/**
 * Text from a submission, made safe for a CSV that Excel or LibreOffice will open: a value starting
 * with {@code = + - @}, a tab or a carriage return would run as a formula, so it gets a leading
 * apostrophe (OWASP's advice), which both programs show as plain text.
 */
public final class CsvSafe {

    private CsvSafe() {
    }

    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
