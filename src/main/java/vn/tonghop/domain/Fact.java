package vn.tonghop.domain;

import vn.tonghop.value.ParsedValue;

/**
 * One normalized fact: what a unit's workbook says for one indicator and one measure, with the
 * cell it came from ({@code Sheet!A1}). {@code indicatorCode} is null for a row that matched no
 * catalogue indicator: such rows are kept, never dropped; {@code rowName} is the name as typed.
 */
public record Fact(String unitCode, String indicatorCode, String rowName, Measure measure,
                   ParsedValue value, String cell) {
}
