package vn.tonghop.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import vn.tonghop.value.Interner;
import vn.tonghop.value.ParsedValue;

/**
 * Builds every unit's values ({@link CurrentValues.OfUnit#values()}) small enough to hold a national
 * office's units at once: the same key sets (the indicators of a table, the measures of a row) are
 * stored once and shared, each map is a bare array of values over its key set, and equal values (most
 * cells hold one of a few thousand numbers or words) are one object. Maps of hash maps took about 250
 * bytes per fact; these take about 8, plus the distinct values.
 *
 * <p>One builder serves one load; the maps it makes are read-only.
 */
final class CompactValues {

    /** Past this many distinct values the others are kept as they come, so the table of shared ones stays bounded. */
    private static final int MAX_SHARED_VALUES = 200_000;

    private final Map<List<String>, Keys> keySets = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Interner<ParsedValue> values = new Interner<>(MAX_SHARED_VALUES);

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

    /** A read-only copy of {@code m} over a shared key set. */
    <V> Map<String, V> freeze(Map<String, V> m) {
        if (m.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, V> sorted = new TreeMap<>(m);
        Keys keys = keySets.computeIfAbsent(List.copyOf(sorted.keySet()), Keys::new);
        return new Frozen<>(keys, sorted.values().toArray());
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

    /** A read-only map: the shared keys and this map's values, in the keys' order. */
    private static final class Frozen<V> extends AbstractMap<String, V> {
        private final Keys keys;
        private final Object[] values;

        Frozen(Keys keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
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
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            Integer i = keys.index.get(key);
            return i == null ? null : (V) values[i];
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        @SuppressWarnings("unchecked")
                        public Entry<String, V> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys.names[i], (V) values[i]);
                        }
                    };
                }
            };
        }
    }
}
