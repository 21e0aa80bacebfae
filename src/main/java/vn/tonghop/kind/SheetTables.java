package vn.tonghop.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.criteria.CriteriaCatalogue;

/**
 * How a kind read against the criteria catalogues finds its tables in a workbook: each sheet scanned first
 * by criterion codes alone (the unit, so its catalogue, is not known yet), the tables then split among the
 * units the text above them names, and each table read again with its unit's catalogue, so rows that carry
 * only a title are matched.
 *
 * @param <T> the kind's table
 */
public final class SheetTables<T> {

    /** A table found on one sheet. */
    public record Part<T>(SheetGrid grid, T table) {
    }

    /** A unit's tables (or, without a unit, why none was known: {@code problem}), with the names of their sheets. */
    public record Owned<T>(Unit unit, String problem, String sheets, List<Part<T>> parts) {
    }

    private final Function<CriteriaCatalogue, Function<SheetGrid, List<T>>> scanner;
    private final Function<T, String> headerCell;
    private final BiFunction<SheetGrid, String, List<String>> textAbove;

    /**
     * {@code scanner}: the kind's scanner with a catalogue, or by codes alone with null; {@code headerCell}:
     * where a table's header starts, which tells a table from another on its sheet; {@code textAbove}: the
     * text above a header on its sheet, where the unit is named.
     */
    public SheetTables(Function<CriteriaCatalogue, Function<SheetGrid, List<T>>> scanner,
                       Function<T, String> headerCell, BiFunction<SheetGrid, String, List<String>> textAbove) {
        this.scanner = scanner;
        this.headerCell = headerCell;
        this.textAbove = textAbove;
    }

    /** The tables found by codes on every sheet, by unit; empty when there is none. */
    public List<Owned<T>> byUnit(OpenedWorkbook workbook) {
        Function<SheetGrid, List<T>> byCode = scanner.apply(null);
        List<Part<T>> parts = new ArrayList<>();
        for (SheetGrid grid : workbook.sheets()) {
            for (T t : byCode.apply(grid)) {
                parts.add(new Part<>(grid, t));
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Owned<T>> out = new ArrayList<>();
        for (OpenedWorkbook.Owned<Part<T>> owned : workbook.owners(parts,
                p -> textAbove.apply(p.grid(), headerCell.apply(p.table())))) {
            String sheets = String.join(", ", owned.parts().stream().map(p -> p.grid().name()).distinct().toList());
            out.add(new Owned<>(owned.unit(), owned.problem(), sheets, owned.parts()));
        }
        return out;
    }

    /** The part's table read again with the unit's catalogue; as first read without one, or when that finds none. */
    public T withTitles(Part<T> p, CriteriaCatalogue catalogue) {
        if (catalogue == null) {
            return p.table();
        }
        String header = headerCell.apply(p.table());
        return scanner.apply(catalogue).apply(p.grid()).stream()
                .filter(t -> headerCell.apply(t).equals(header)).findFirst().orElse(p.table());
    }
}
