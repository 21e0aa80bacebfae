package vn.tonghop.reading;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.value.CellContent;

/**
 * One cell of a sheet as the reader sees it (0-based row and column). A merged region's value is
 * repeated into its other cells as {@code mergedCopy}: useful to read a header, never a value.
 */
public record GridCell(int row, int col, CellContent content, boolean mergedCopy) {

    /** {@code B7} */
    public String ref() {
        return new CellReference(row, col).formatAsString(false);
    }

    public boolean isBlank() {
        return content.isBlank();
    }
}
