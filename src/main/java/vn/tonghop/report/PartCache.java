package vn.tonghop.report;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a feedback copy computes from one of a workbook's small parts (its relationships, content types,
 * workbook and styles parts), kept for the next copy whose part has the same bytes: schools fill the
 * office's template, so a night's copies carry a few distinct such parts thousands of times, and parsing and
 * writing them as a DOM was a quarter of the copies' time. A result is found again only for the very same
 * bytes (compared whole, never by a digest alone) and the same parameters, so two workbooks' parts never mix;
 * what is computed is a function of those alone, so a copy made from the cache is the copy made without it,
 * byte for byte. Results are immutable (or never changed by their users). Bounded: parts over
 * {@link #MAX_PART_BYTES} are not kept, and the least recently used results go beyond {@link #MAX_BYTES}.
 */
final class PartCache {

    /** The one cache of the copies made by this JVM. */
    static final PartCache SHARED = new PartCache(8 << 20);

    static final int MAX_PART_BYTES = 256 << 10;

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /** A computation from the part's bytes (and the parameters it was asked with). */
    @FunctionalInterface
    interface Computation<T> {
        T compute() throws SheetXml.NotStreamable;
    }

    PartCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The result of {@code computation} for the part {@code part} and {@code params}: the kept one when the
     * same {@code kind} was computed from equal bytes and equal parameters, else computed (outside the lock:
     * two threads may compute the same result, which is the same) and kept. A failure is never kept.
     *
     * @param kind   what is computed (a name per computation)
     * @param part   the part's bytes, not changed after
     * @param params everything else the result depends on (strings, numbers, lists of them)
     * @param weight the result's approximate size in bytes
     */
    <T> T get(String kind, byte[] part, List<?> params, java.util.function.ToLongFunction<T> weight,
              Computation<T> computation) throws SheetXml.NotStreamable {
        if (part.length > MAX_PART_BYTES) {
            return computation.compute();
        }
        Key key = new Key(kind, part, params);
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null) {
                hits++;
                @SuppressWarnings("unchecked")
                T value = (T) e.value;
                return value;
            }
            misses++;
        }
        T value = computation.compute();
        long size = part.length + weight.applyAsLong(value) + 256;
        synchronized (this) {
            Entry old = entries.put(key, new Entry(value, size));
            bytes += size - (old == null ? 0 : old.size);
            for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
                Map.Entry<Key, Entry> eldest = it.next();
                bytes -= eldest.getValue().size;
                it.remove();
            }
        }
        return value;
    }

    /** As {@link #get}, for a result that is a part's new bytes. */
    byte[] bytes(String kind, byte[] part, List<?> params, Computation<byte[]> computation)
            throws SheetXml.NotStreamable {
        return get(kind, part, params, b -> b.length, computation);
    }

    /** Forgets every result (for tests: a copy made from nothing kept). */
    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    synchronized long weight() {
        return bytes;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized int size() {
        return entries.size();
    }

    private record Entry(Object value, long size) {
    }

    private static final class Key {
        private final String kind;
        private final byte[] part;
        private final List<?> params;
        private final int hash;

        Key(String kind, byte[] part, List<?> params) {
            this.kind = kind;
            this.part = part;
            this.params = List.copyOf(params);
            this.hash = (kind.hashCode() * 31 + Arrays.hashCode(part)) * 31 + this.params.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && kind.equals(k.kind) && params.equals(k.params)
                    && Arrays.equals(part, k.part);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
