package vn.tonghop.reading;

import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.tonghop.value.CellContent;

/**
 * A submitted workbook's cells as the reading asks for them, whatever read the file: POI's user model
 * ({@link PoiCellSource}, for .xls and as the fallback for an .xlsx the streaming reader does not take),
 * or the XSSF event model ({@link StreamedXlsx}, SAX over each sheet's XML, for .xlsx). Each answer is the
 * one POI's user model gives for the same cell (value, cached formula result, number format, font,
 * formatting runs), exceptions included: a damaged cell fails the file the same way on both paths.
 * Read-only; one per workbook being read, not shared between threads.
 */
public interface CellSource {

    /** Every sheet in workbook order, with at least the cells inside {@link SheetGrid}'s bounds. */
    List<? extends Sheet> sheets();

    /**
     * One sheet by name, every cell of its rows up to index {@value #WHOLE_SHEET_LAST_ROW} (a template's
     * table, its stamp), or null when the workbook has no sheet of that name.
     */
    Sheet sheet(String name);

    /** The workbook's font table. */
    int fontCount();

    /** The name of font {@code index}; throws for an index the table does not have. */
    String fontName(int index);

    /** The last row {@link #sheet(String)} gives at least: as far as a template's stamp is read. */
    int WHOLE_SHEET_LAST_ROW = 20_000;

    /** One sheet. */
    interface Sheet {
        String name();

        /** Rows in ascending order of their index (a damaged file may have a row -1). */
        Iterable<? extends Row> rows();

        /** The row at this index, or null. */
        Row row(int index);

        int mergedRegionCount();

        /** Throws, as POI does, for a region whose reference cannot be read. */
        List<CellRangeAddress> mergedRegions();
    }

    /** One row. */
    interface Row {
        int index();

        /** One past the last cell's column, -1 for a row without cells (POI's {@code getLastCellNum}). */
        int lastCellNum();

        /** The cell at this column, or null. */
        Cell cell(int col);

        /** Its cells in ascending order of column. */
        Iterable<? extends Cell> cells();
    }

    /** One cell, as POI's user model reads it. */
    interface Cell {
        String sheetName();

        int row();

        int col();

        /** What the grid keeps: the same as {@code PoiCellSource.contentOf} for a user-model cell. */
        CellContent content(DataFormatter formatter);

        /** A string cell, or a formula whose cached result is a string; never throws. */
        boolean holdsText();

        /** Whether the cell itself is of type string (not a formula). */
        boolean isPlainString();

        /** POI's {@code getStringCellValue()}. */
        String string();

        /** The font index of the cell's style, -1 when it has no style; throws for a damaged style. */
        int fontIndex();

        /** The text's formatting runs, or null when it has none that can be read. */
        Runs runs();

        /** The content as one comparable string ({@code LockedCells.canonical}). */
        String canonical();
    }

    /**
     * A rich text's formatting runs: the whole text, where each run starts and the name of each run's font
     * (null: the run names no font, the cell's stands for it).
     */
    record Runs(String text, int[] starts, String[] fonts) {
        public int count() {
            return starts.length;
        }
    }
}
