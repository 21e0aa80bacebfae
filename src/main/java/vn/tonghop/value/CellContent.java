package vn.tonghop.value;

/**
 * What a workbook cell holds, before interpretation: the text as Excel shows it, and for numeric
 * cells (and formulas with a cached number) the number itself and whether it is formatted as a
 * percentage ({@code 0.99} shown as 99 %).
 */
public record CellContent(String text, Double number, boolean percentFormat, boolean formulaWithoutValue) {

    public static CellContent text(String text) {
        return new CellContent(text == null ? "" : text, null, false, false);
    }

    public static CellContent number(double value, String shownAs, boolean percentFormat) {
        return new CellContent(shownAs, value, percentFormat, false);
    }

    public static CellContent brokenFormula(String shownAs) {
        return new CellContent(shownAs == null ? "" : shownAs, null, false, true);
    }

    public boolean isBlank() {
        return number == null && !formulaWithoutValue && (text == null || text.isBlank());
    }
}
