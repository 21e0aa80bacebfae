package vn.tonghop.output;

import java.io.IOException;
import java.io.Writer;

/**
 * Lines of the big CSVs ({@code facts.csv}, {@code discrepancies.csv}) written as commons-csv's
 * {@code CSVFormat.DEFAULT} writes them, without its stream of values, its lock and its per-value dispatch
 * per field (a fifth of the facts export's time at 1.9 million lines): a field is quoted when it starts with
 * a character up to {@code #} or a space, holds a comma, a quote or a line break, or ends in a space or a
 * control character; a quote inside is doubled; an empty first field is {@code ""} (a line is never blank),
 * a null field nothing. {@code CsvFieldsTest} holds it against commons-csv.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** One field; {@code first} at the start of a line, else a comma before it. */
    public static void field(Writer out, String s, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        if (s == null) {
            return;
        }
        int len = s.length();
        if (len == 0) {
            if (first) {
                out.write("\"\"");
            }
            return;
        }
        boolean quote = s.charAt(0) <= '#';
        for (int i = 0; i < len && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote && s.charAt(len - 1) > ' ') {
            out.write(s, 0, len);
            return;
        }
        out.write('"');
        int start = 0;
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) == '"') {
                out.write(s, start, i + 1 - start);
                start = i; // the quote again: doubled
            }
        }
        out.write(s, start, len - start);
        out.write('"');
    }

    /** A whole line, ended as commons-csv ends it here ({@code \r\n}). */
    public static void line(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            field(out, fields[i], i == 0);
        }
        out.write("\r\n");
    }
}
