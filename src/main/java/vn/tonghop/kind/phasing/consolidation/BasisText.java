package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The basis of a node's aggregates of one indicator as one line of text, as its consolidated table
 * carries it (and the database stores it as the {@value #MEASURE} fact), so the level above adds the
 * node's aggregates up exactly: {@code tonghop-basis-1;e=11;r=10;current=n,sum,weighted,weights,
 * weightedSum,trues,min,max,values|listing;…}. Numbers are plain decimals; {@code values} (for the
 * median) are {@code *} when not all known, else {@code :}-separated; listing entries are URL-encoded
 * {@code label*text} pairs separated by {@code ~}.
 */
public final class BasisText {

    /** The measure code of the basis fact. */
    public static final String MEASURE = "basis";
    static final String MAGIC = "tonghop-basis-1";
    /** The database keeps 4,000 characters of a fact: a longer line drops its values, then its listing. */
    static final int MAX = 3900;

    /** A decoded line: units expected and reported under the node (-1 when not said), the basis per measure. */
    public record Parsed(int expected, int reported, Map<String, Basis> parts) {
    }

    private BasisText() {
    }

    public static String encode(int expected, int reported, Map<String, Basis> parts) {
        for (int level = 0; level < 3; level++) {
            StringBuilder s = new StringBuilder(MAGIC).append(";e=").append(expected).append(";r=").append(reported);
            for (Map.Entry<String, Basis> e : parts.entrySet()) {
                s.append(';').append(e.getKey()).append('=').append(part(e.getValue(), level));
            }
            if (s.length() <= MAX || level == 2) {
                return s.toString();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String part(Basis b, int shrink) {
        StringBuilder s = new StringBuilder();
        s.append(b.units()).append(',').append(plain(b.sum())).append(',').append(b.weighted()).append(',')
                .append(plain(b.weights())).append(',').append(plain(b.weightedSum())).append(',').append(b.trues())
                .append(',').append(plain(b.min())).append(',').append(plain(b.max())).append(',');
        if (b.values() == null || shrink >= 1) {
            s.append('*');
        } else {
            s.append(String.join(":", b.values().stream().map(BasisText::plain).toList()));
        }
        s.append('|');
        if (shrink >= 2) {
            s.append('*');
        } else {
            s.append(String.join("~", b.listing().stream().map(l -> enc(l.label()) + "*" + enc(l.text())).toList()));
        }
        return s.toString();
    }

    /** The line's content, or null when it is not a basis line this code understands. */
    public static Parsed decode(String line) {
        if (line == null || !line.startsWith(MAGIC + ";")) {
            return null;
        }
        try {
            int expected = -1;
            int reported = -1;
            Map<String, Basis> parts = new LinkedHashMap<>();
            for (String item : line.substring(MAGIC.length() + 1).split(";")) {
                int eq = item.indexOf('=');
                String key = item.substring(0, eq);
                String value = item.substring(eq + 1);
                switch (key) {
                    case "e" -> expected = Integer.parseInt(value);
                    case "r" -> reported = Integer.parseInt(value);
                    default -> parts.put(key, basis(value));
                }
            }
            return new Parsed(expected, reported, parts);
        } catch (RuntimeException e) {
            return null; // a damaged line: the table is read as one filled by hand
        }
    }

    private static Basis basis(String text) {
        int bar = text.indexOf('|');
        String[] f = text.substring(0, bar).split(",", -1);
        String listingText = text.substring(bar + 1);
        List<BigDecimal> values = null;
        if (!f[8].equals("*")) {
            values = new ArrayList<>();
            for (String v : f[8].split(":")) {
                if (!v.isEmpty()) {
                    values.add(new BigDecimal(v));
                }
            }
        }
        List<Basis.Listed> listing = new ArrayList<>();
        if (!listingText.isEmpty() && !listingText.equals("*")) {
            for (String entry : listingText.split("~")) {
                int star = entry.indexOf('*');
                listing.add(new Basis.Listed(dec(entry.substring(0, star)), dec(entry.substring(star + 1))));
            }
        }
        return new Basis(Integer.parseInt(f[0]), num(f[1]), Integer.parseInt(f[2]), num(f[3]), num(f[4]),
                Integer.parseInt(f[5]), numOrNull(f[6]), numOrNull(f[7]), values, listing);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static BigDecimal num(String s) {
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    private static BigDecimal numOrNull(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
