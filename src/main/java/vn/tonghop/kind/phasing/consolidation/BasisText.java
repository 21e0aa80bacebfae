package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.net.URLDecoder;
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
 * {@code label*text} pairs separated by {@code ~}. With them, so the level above lists the units that fall
 * short of its own quota and the values counted although read with a warning: {@code u=} the values of
 * the units it compares with a quota ({@code code*measure*value*measure*value~…}, normalized values) and
 * {@code d=} the doubtful values counted ({@code measure*code*raw~…}); {@code *} when they did not fit. A
 * part's listing may be followed by {@code |} and how figures of units above the schools were made from
 * their schools' yes/no answers ({@code label*yes*answers*u|i~…}, {@link Basis.Made}). {@code c=huyen}
 * says that {@code e} and {@code r} count the units a figure belongs to (districts), not reporting units.
 */
public final class BasisText {

    /** The measure code of the basis fact. */
    public static final String MEASURE = "basis";
    static final String MAGIC = "tonghop-basis-1";
    /** The database keeps 4,000 characters of a fact: a longer line drops its values, then its listing. */
    static final int MAX = 3900;

    /**
     * A decoded line: units expected and reported under the node (-1 when not said), the basis per measure,
     * the units' values the level above compares with its quota and the doubtful values counted (both null
     * when the line does not carry them), and which units {@code expected} and {@code reported} count: null for
     * the reporting units, else the catalogue's level word ({@code huyen}) of the units a figure belongs to.
     */
    public record Parsed(int expected, int reported, Map<String, Basis> parts, List<UnitValues> units,
                         List<DoubtfulValue> doubts, String countsOf) {

        public Parsed(int expected, int reported, Map<String, Basis> parts) {
            this(expected, reported, parts, null, null, null);
        }
    }

    /**
     * One unit's values, normalized ({@code 99.5}, {@code <0.2}, {@code 7/19}, {@code Đạt}), by measure; its
     * name is not in the line (the table's line of units names it) and is null when read back.
     */
    public record UnitValues(String code, String name, Map<String, String> values) {
        public UnitValues {
            values = FewValues.of(values); // one per unit and indicator: kept compact, in its order
        }
    }

    /** A value counted although read with a warning: the measure, the unit, the value as typed. */
    public record DoubtfulValue(String measure, String code, String raw) {
    }

    /** A unit under the node the table names: its code, its name (null when it did not fit), missing or not. */
    public record NamedUnit(String code, String name, boolean missing) {
    }

    static final String UNITS_MAGIC = "tonghop-units-1";

    /**
     * The units under a node its table names, as one line of the table's own (the database stores it as the
     * table's {@value #MEASURE} fact without indicator): those its lines carry values of, and those that sent
     * nothing, so the level above names them as the schools' files would: {@code tonghop-units-1;code*name*r~
     * code*name*m}. Too long a line drops the names of the units that sent (a registry listing them names
     * them), then of the others.
     */
    public static String encodeUnits(List<NamedUnit> units) {
        for (int level = 0; level < 3; level++) {
            final int l = level;
            String line = UNITS_MAGIC + ";" + String.join("~", units.stream().map(u -> enc(u.code()) + "*"
                    + (u.name() == null || l >= 2 || l == 1 && !u.missing() ? "" : enc(u.name())) + "*"
                    + (u.missing() ? "m" : "r")).toList());
            if (line.length() <= MAX || level == 2) {
                return line;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The units of a line written by {@link #encodeUnits}, or null when it is not one. */
    public static List<NamedUnit> decodeUnits(String line) {
        if (line == null || !line.startsWith(UNITS_MAGIC + ";")) {
            return null;
        }
        try {
            List<NamedUnit> out = new ArrayList<>();
            String text = line.substring(UNITS_MAGIC.length() + 1);
            for (String entry : text.isEmpty() ? new String[0] : text.split("~")) {
                String[] f = entry.split("\\*", -1);
                out.add(new NamedUnit(dec(f[0]), f[1].isEmpty() ? null : dec(f[1]), f[2].equals("m")));
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private BasisText() {
    }

    public static String encode(int expected, int reported, Map<String, Basis> parts) {
        return encode(expected, reported, parts, null, null);
    }

    /**
     * With the units' values and the doubtful values (null: not carried). Too long a line drops, in
     * turn, the values for the median, the units' values and doubtful values, the rank listing.
     */
    public static String encode(int expected, int reported, Map<String, Basis> parts, List<UnitValues> units,
                                List<DoubtfulValue> doubts) {
        return encode(expected, reported, null, parts, units, doubts);
    }

    /** {@code countsOf}: which units the counts are (null: reporting units; {@code huyen}: districts). */
    public static String encode(int expected, int reported, String countsOf, Map<String, Basis> parts,
                                List<UnitValues> units, List<DoubtfulValue> doubts) {
        shrinking:
        for (int level = 0; level < 4; level++) {
            // a level is left as soon as its line is too long: a province's units made lines of hundreds of
            // thousands of characters, built twice only to be dropped
            int limit = level == 3 ? Integer.MAX_VALUE : MAX;
            StringBuilder s = new StringBuilder(MAGIC).append(";e=").append(expected).append(";r=").append(reported);
            if (countsOf != null) {
                s.append(";c=").append(enc(countsOf));
            }
            for (Map.Entry<String, Basis> e : parts.entrySet()) {
                s.append(';').append(e.getKey()).append('=').append(part(e.getValue(), level));
                if (s.length() > limit) {
                    continue shrinking;
                }
            }
            if (units != null) {
                s.append(";u=");
                if (level >= 2) {
                    s.append('*');
                } else {
                    for (int i = 0; i < units.size(); i++) {
                        if (i > 0) {
                            s.append('~');
                        }
                        unit(s, units.get(i));
                        if (s.length() > limit) {
                            continue shrinking;
                        }
                    }
                }
            }
            if (doubts != null && !doubts.isEmpty()) {
                s.append(";d=").append(level >= 2 ? "*" : String.join("~", doubts.stream()
                        .map(d -> enc(d.measure()) + "*" + enc(d.code()) + "*" + enc(d.raw())).toList()));
            }
            if (s.length() <= limit) {
                return s.toString();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static void unit(StringBuilder s, UnitValues u) {
        s.append(enc(u.code()));
        u.values().forEach((m, v) -> s.append('*').append(enc(m)).append('*').append(enc(v)));
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
        if (shrink >= 3) {
            s.append('*');
        } else {
            s.append(String.join("~", b.listing().stream().map(l -> enc(l.label()) + "*" + enc(l.text())).toList()));
        }
        if (!b.made().isEmpty()) {
            s.append('|').append(shrink >= 3 ? "*" : String.join("~", b.made().stream().map(m -> enc(m.label()) + "*"
                    + m.yes() + "*" + m.answers() + "*" + (m.used() ? "u" : "i")).toList()));
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
            List<UnitValues> units = null;
            List<DoubtfulValue> doubts = null;
            String countsOf = null;
            Map<String, Basis> parts = new LinkedHashMap<>();
            for (String item : line.substring(MAGIC.length() + 1).split(";")) {
                int eq = item.indexOf('=');
                String key = item.substring(0, eq);
                String value = item.substring(eq + 1);
                switch (key) {
                    case "e" -> expected = Integer.parseInt(value);
                    case "r" -> reported = Integer.parseInt(value);
                    case "u" -> units = value.equals("*") ? null : units(value);
                    case "d" -> doubts = value.equals("*") ? null : doubts(value);
                    case "c" -> countsOf = dec(value);
                    default -> parts.put(key, basis(value));
                }
            }
            return new Parsed(expected, reported, parts, units, doubts, countsOf);
        } catch (RuntimeException e) {
            return null; // a damaged line: the table is read as one filled by hand
        }
    }

    private static Basis basis(String text) {
        String[] sections = text.split("\\|", -1);
        String[] f = sections[0].split(",", -1);
        String listingText = sections[1];
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
        List<Basis.Made> made = new ArrayList<>();
        if (sections.length > 2 && !sections[2].isEmpty() && !sections[2].equals("*")) {
            for (String entry : sections[2].split("~")) {
                String[] m = entry.split("\\*", -1);
                made.add(new Basis.Made(dec(m[0]), Integer.parseInt(m[1]), Integer.parseInt(m[2]), m[3].equals("u")));
            }
        }
        return new Basis(Integer.parseInt(f[0]), num(f[1]), Integer.parseInt(f[2]), num(f[3]), num(f[4]),
                Integer.parseInt(f[5]), numOrNull(f[6]), numOrNull(f[7]), values, listing, made);
    }

    private static List<UnitValues> units(String text) {
        List<UnitValues> out = new ArrayList<>();
        for (String entry : text.isEmpty() ? new String[0] : text.split("~")) {
            String[] f = entry.split("\\*", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i + 1 < f.length; i += 2) {
                values.put(dec(f[i]), dec(f[i + 1]));
            }
            out.add(new UnitValues(dec(f[0]), null, values));
        }
        return out;
    }

    private static List<DoubtfulValue> doubts(String text) {
        List<DoubtfulValue> out = new ArrayList<>();
        for (String entry : text.isEmpty() ? new String[0] : text.split("~")) {
            String[] f = entry.split("\\*", -1);
            out.add(new DoubtfulValue(dec(f[0]), dec(f[1]), dec(f[2])));
        }
        return out;
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

    /** What separates the line's parts, and {@code %} and {@code +}, which URL decoding reads. */
    private static final String ESCAPED = "%+*~;=|,:";

    /**
     * Escapes only {@link #ESCAPED} (and control characters), as URL escapes: letters stay letters, so a
     * Vietnamese name takes its length, not three times it.
     */
    private static String enc(String s) {
        if (!needsEscape(s)) {
            return s; // most codes, measures and values
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            if (ESCAPED.indexOf(ch) >= 0 || ch < 0x20) {
                out.append('%').append(String.format("%02X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ESCAPED.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
