package vn.tonghop.kind.phasing.consolidation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit's few values by measure (current, own target, last phasing year), read-only, in the order they
 * were given: a line a table carries up ({@link BasisText.UnitValues}, made when read, {@link UpwardLines}) or
 * reads from a table below; a {@link java.util.LinkedHashMap} each took about 260 bytes, these about 80, their
 * keys shared.
 */
final class FewValues extends AbstractMap<String, String> {

    private final String[] keys;
    private final String[] values;

    private FewValues(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The key lists met so far (the measures' few combinations), each one array every map over it shares;
     * bounded, the others kept as they come.
     */
    private static final Map<List<String>, String[]> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEY_LISTS = 1_000;

    /** The same entries in the same order. */
    static Map<String, String> of(Map<String, String> values) {
        if (values instanceof FewValues) {
            return values;
        }
        String[] k = new String[values.size()];
        String[] v = new String[values.size()];
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            k[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new FewValues(sharedKeys(k), v);
    }

    private static String[] sharedKeys(String[] keys) {
        List<String> list = Arrays.asList(keys);
        String[] known = KEYS.get(list);
        if (known != null) {
            return known;
        }
        if (KEYS.size() < MAX_KEY_LISTS) {
            KEYS.putIfAbsent(List.of(keys), keys);
        }
        return keys;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
