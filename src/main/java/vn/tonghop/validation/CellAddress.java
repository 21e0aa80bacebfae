package vn.tonghop.validation;

/**
 * A fact's cell ({@code 'Phụ lục II'!D11}) split into its sheet ({@code Phụ lục II}) and bare
 * reference ({@code D11}), as findings carry them.
 */
public record CellAddress(String sheet, String ref) {

    public static final CellAddress NONE = new CellAddress("", "");

    public static CellAddress parse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return NONE;
        }
        int bang = cell.lastIndexOf('!');
        if (bang < 0) {
            return new CellAddress("", cell);
        }
        String sheet = cell.substring(0, bang);
        if (sheet.length() >= 2 && sheet.charAt(0) == '\'' && sheet.charAt(sheet.length() - 1) == '\'') {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        return new CellAddress(sheet, cell.substring(bang + 1));
    }

    /** The row number of a reference ({@code 11} for {@code D11}), or -1. */
    public static int rowOf(String ref) {
        int i = ref.length();
        while (i > 0 && Character.isDigit(ref.charAt(i - 1))) {
            i--;
        }
        return i == ref.length() ? -1 : Integer.parseInt(ref.substring(i));
    }
}
