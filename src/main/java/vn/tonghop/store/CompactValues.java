package vn.tonghop.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

import vn.tonghop.value.Interner;
import vn.tonghop.value.ParsedValue;

/**
 * Builds every unit's values ({@link CurrentValues.OfUnit#values()}) small enough to hold a national
 * office's units at once: the same key sets (the indicators of a table, the measures of a row) are
 * stored once and shared, and so is a unit's layout (which measures each of its indicators has: most units
 * of a template fill the same cells), so that a unit is its layout and one array of all its values; a row's
 * map is a view over its part of that array, made when asked for. Equal values (most cells hold one of a few
 * thousand numbers or words) are one object, and a unit's array names each by its place in the load's table of
 * values, in two bytes rather than a reference's four; a unit with a value past the table's
 * {@value #MAX_CODED_VALUES} holds references instead. Maps of hash maps took about 250 bytes per fact; a map
 * and an array of references per row (until 2026-11-29) about 4 bytes a fact and 80 a row, 290 MB of
 * N = 100,000's live data during its outputs; these take 2 bytes a fact.
 *
 * <p>One builder serves one load; the maps it makes are read-only.
 */
final class CompactValues {

    /** Past this many distinct values the others are kept as they come, so the table of shared ones stays bounded. */
    private static final int MAX_SHARED_VALUES = 200_000;

    private final Map<List<String>, Keys> keySets = new HashMap<>();
    private final Map<Layout, Layout> layouts = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Interner<ParsedValue> values = new Interner<>(MAX_SHARED_VALUES);
    /** Values a unit's array can name in a {@code char}, at places 1 to this; 0 names null. */
    static final int MAX_CODED_VALUES = Character.MAX_VALUE;
    private final Map<ParsedValue, Character> codes = new HashMap<>();
    private final Table table = new Table();

    /** The one instance of a text read again and again (indicator codes, measure codes). */
    String share(String s) {
        if (s == null) {
            return null;
        }
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The one instance of an equal value, while the table of shared values has room. */
    ParsedValue share(ParsedValue v) {
        return values.of(v);
    }

    /**
     * A read-only copy of one unit's values by indicator, by measure: its shared layout and one array; each
     * indicator's map is made when asked for, over its part of the array.
     */
    Map<String, Map<String, ParsedValue>> freezeUnit(Map<String, ? extends Map<String, ParsedValue>> byIndicator) {
        if (byIndicator.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, ? extends Map<String, ParsedValue>> indicators = new TreeMap<>(byIndicator);
        Keys[] rows = new Keys[indicators.size()];
        List<ParsedValue> values = new ArrayList<>();
        int i = 0;
        for (Map<String, ParsedValue> row : indicators.values()) {
            TreeMap<String, ParsedValue> sorted = new TreeMap<>(row);
            rows[i++] = keys(sorted.keySet());
            values.addAll(sorted.values());
        }
        Layout layout = layouts.computeIfAbsent(new Layout(keys(indicators.keySet()), rows), l -> l);
        char[] coded = codes(values);
        return coded != null ? new UnitValues(layout, table, coded, null)
                : new UnitValues(layout, null, null, values.toArray(ParsedValue[]::new));
    }

    /** Each value's place in the table, the new ones added; null when the table is full before one of them. */
    private char[] codes(List<ParsedValue> values) {
        char[] coded = new char[values.size()];
        for (int i = 0; i < coded.length; i++) {
            ParsedValue v = values.get(i);
            if (v == null) {
                continue; // 0
            }
            Character code = codes.get(v);
            if (code == null) {
                if (table.size > MAX_CODED_VALUES) {
                    return null;
                }
                code = table.add(v);
                codes.put(v, code);
            }
            coded[i] = code;
        }
        return coded;
    }

    private Keys keys(Collection<String> sorted) {
        return keySets.computeIfAbsent(List.copyOf(sorted), Keys::new);
    }

    /** A sorted set of keys with the position of each, shared by every map over it. */
    private static final class Keys {
        private final String[] names;
        private final Map<String, Integer> index = new HashMap<>();
        /**
         * The set every map over these keys answers {@code keySet()} with: {@link AbstractMap}'s own would keep a
         * view in each map once asked (every unit's, for each of its indicators, when the years are gathered).
         */
        private final Set<String> view = new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public boolean contains(Object o) {
                return index.containsKey(o);
            }

            @Override
            public Iterator<String> iterator() {
                return List.of(names).iterator();
            }
        };

        Keys(List<String> sorted) {
            names = sorted.toArray(String[]::new);
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        }
    }

    /**
     * Which measures each indicator of a unit has, and where its values start in the unit's array: one
     * instance for every unit whose table has the same cells filled. Equal when its key sets are the same
     * instances, as {@link #keys} makes them.
     */
    private static final class Layout {
        private final Keys indicators;
        private final Keys[] rows;
        private final int[] offsets;

        Layout(Keys indicators, Keys[] rows) {
            this.indicators = indicators;
            this.rows = rows;
            this.offsets = new int[rows.length];
            for (int i = 1; i < rows.length; i++) {
                offsets[i] = offsets[i - 1] + rows[i - 1].names.length;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layout l && l.indicators == indicators && Arrays.equals(l.rows, rows);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(indicators) + Arrays.hashCode(rows);
        }
    }

    /**
     * The values of one load, each at the place a unit's coded array names it by; place 0 is null. Only its
     * builder adds to it, before the maps are handed out.
     */
    private static final class Table {
        private ParsedValue[] values = new ParsedValue[1024];
        private int size = 1;

        char add(ParsedValue v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.min(MAX_CODED_VALUES + 1, values.length * 2));
            }
            values[size] = v;
            return (char) size++;
        }
    }

    /**
     * One unit's values by indicator: its layout and all its values in the layout's order, as places in the
     * load's table ({@code coded}) or, past the table's room, as references ({@code plain}).
     */
    private static final class UnitValues extends AbstractMap<String, Map<String, ParsedValue>> {
        private final Layout layout;
        private final Table table;
        private final char[] coded;
        private final ParsedValue[] plain;

        UnitValues(Layout layout, Table table, char[] coded, ParsedValue[] plain) {
            this.layout = layout;
            this.table = table;
            this.coded = coded;
            this.plain = plain;
        }

        ParsedValue value(int i) {
            return coded != null ? table.values[coded[i]] : plain[i];
        }

        private Map<String, ParsedValue> row(int i) {
            return new Row(layout.rows[i], this, layout.offsets[i]);
        }

        @Override
        public int size() {
            return layout.rows.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return layout.indicators.index.containsKey(key);
        }

        @Override
        public Set<String> keySet() {
            return layout.indicators.view;
        }

        @Override
        public Map<String, ParsedValue> get(Object key) {
            Integer i = layout.indicators.index.get(key);
            return i == null ? null : row(i);
        }

        @Override
        public Set<Entry<String, Map<String, ParsedValue>>> entrySet() {
            return new Entries<>(layout.indicators.names, this::row);
        }
    }

    /** One indicator's values in a unit, by measure: a view over the unit's values from {@code offset} on. */
    private static final class Row extends AbstractMap<String, ParsedValue> {
        private final Keys keys;
        private final UnitValues unit;
        private final int offset;

        Row(Keys keys, UnitValues unit, int offset) {
            this.keys = keys;
            this.unit = unit;
            this.offset = offset;
        }

        @Override
        public int size() {
            return keys.names.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return keys.index.containsKey(key);
        }

        @Override
        public Set<String> keySet() {
            return keys.view;
        }

        @Override
        public ParsedValue get(Object key) {
            Integer i = keys.index.get(key);
            return i == null ? null : unit.value(offset + i);
        }

        @Override
        public Set<Entry<String, ParsedValue>> entrySet() {
            return new Entries<>(keys.names, i -> unit.value(offset + i));
        }
    }

    /** The entries of a map over {@code names}, the value of the {@code i}th made by {@code value}. */
    private static final class Entries<V> extends AbstractSet<Map.Entry<String, V>> {
        private final String[] names;
        private final IntFunction<V> value;

        Entries(String[] names, IntFunction<V> value) {
            this.names = names;
            this.value = value;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < names.length;
                }

                @Override
                public Map.Entry<String, V> next() {
                    if (next >= names.length) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new AbstractMap.SimpleImmutableEntry<>(names[i], value.apply(i));
                }
            };
        }
    }
}
