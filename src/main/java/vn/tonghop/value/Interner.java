package vn.tonghop.value;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal object met, for data held in bulk that repeats itself (a night's findings, every
 * unit's current values): the same value or message in many schools becomes one object instead
 * of one per row. The table is bounded: past {@code capacity} distinct objects the others are kept as they
 * come, so a night of unusual texts cannot grow it without end. Not thread-safe: one per load.
 */
public final class Interner<T> {

    private final int capacity;
    private final Map<T, T> known = new HashMap<>();

    public Interner(int capacity) {
        this.capacity = capacity;
    }

    /** The instance equal to {@code t} met first, or {@code t} itself (null stays null). */
    public T of(T t) {
        if (t == null) {
            return null;
        }
        T first = known.get(t);
        if (first != null) {
            return first;
        }
        if (known.size() < capacity) {
            known.put(t, t);
        }
        return t;
    }
}
