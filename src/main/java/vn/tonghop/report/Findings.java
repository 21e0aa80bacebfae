package vn.tonghop.report;

import java.util.List;
import java.util.function.Consumer;

import vn.tonghop.domain.Finding;

/**
 * Findings given one by one, as often as asked: a list, or the store's query run again for each pass, so a
 * night's findings (about 11 per school: 1.1 million at 100,000 schools) are never all held at once.
 */
@FunctionalInterface
public interface Findings {

    /** Gives every finding to {@code each}, in the source's order. */
    void forEach(Consumer<? super Finding> each);

    static Findings of(List<Finding> list) {
        List<Finding> copy = List.copyOf(list);
        return copy::forEach;
    }
}
