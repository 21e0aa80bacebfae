package vn.tonghop.domain;

import java.util.Optional;

import vn.tonghop.value.ParsedValue;

/**
 * One normalized fact: what a unit's workbook says for one indicator and one measure, with the
 * cell it came from ({@code 'Phụ lục II'!D11}, the text form of a {@link CellLocation}). {@code indicatorCode} is null for a row that matched no
 * catalogue indicator: such rows are kept, never dropped; {@code rowName} is the name as typed.
 */
public record Fact(String unitCode, String indicatorCode, String rowName, Measure measure,
                   ParsedValue value, String cell) {

    /** Where the fact came from; empty when its cell is no single cell's reference (a fact made by hand). */
    public Optional<CellLocation> location() {
        return CellLocation.parse(cell);
    }

    /** The sheet of the fact's cell; "" when it names none. */
    public String sheet() {
        return location().map(CellLocation::sheet).orElse("");
    }

    /** The cell without its sheet ({@code D11}), as findings and messages name it; the text as kept when it is no cell. */
    public String ref() {
        return location().map(CellLocation::ref).orElse(cell == null ? "" : cell);
    }
}
