package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.CellContent;

/**
 * A sheet reduced to what the reader needs: cell contents by position, merged regions filled in,
 * and folded text for label matching. Bounded, so a hostile sheet costs little: only the first
 * {@value #MAX_ROWS} rows and {@value #MAX_COLS} columns are looked at (cells are fetched by index,
 * never by walking a row that may hold 16 384 cells); a cell keeps at most {@value #MAX_CELL_CHARS}
 * characters; a sheet stops being read once its cells have produced {@value #MAX_SHEET_CHARS}
 * characters, and a workbook once all its sheets together have produced
 * {@value #MAX_WORKBOOK_CHARS} (one huge shared string repeated in every cell of many sheets: each
 * reference costs POI a pass over the whole string, and the scanner's patterns a pass over what is
 * kept); merged regions fill at most one grid's worth of cells (Excel never writes overlapping
 * regions; a hostile file may). A phasing table is a few thousand characters near the top of its
 * sheet, far inside all of these.
 */
public final class SheetGrid {

    static final int MAX_ROWS = 3000;
    static final int MAX_COLS = 60;
    /** Excel allows 32 767; no label or value of a phasing table comes near this. */
    static final int MAX_CELL_CHARS = 1000;
    /** Characters of cell text (counted before {@link #MAX_CELL_CHARS} cuts them) one sheet may produce. */
    static final long MAX_SHEET_CHARS = 4_000_000;
    /** The same for all the sheets of one workbook together. */
    static final long MAX_WORKBOOK_CHARS = 8_000_000;
    /** Merged copies a sheet may fill: every grid cell once. */
    static final long MAX_MERGED_FILLS = (long) MAX_ROWS * MAX_COLS;

    /**
     * Characters of cell text one workbook's sheets have produced so far, against
     * {@link #MAX_WORKBOOK_CHARS}, and the workbook's legacy Vietnamese text ({@link LegacyText}),
     * decided once from the whole workbook when its first grid is built. One per workbook being read;
     * not shared between threads.
     */
    public static final class WorkbookBudget {
        private long used;
        private LegacyText legacy;

        /**
         * The LEGACY_ENCODING note when text of the workbook was in TCVN3 or VNI and was read as
         * Unicode, else null.
         */
        public ReadingNote legacyEncodingNote() {
            return legacy == null ? null : legacy.note();
        }

        LegacyText legacy(CellSource workbook) {
            if (legacy == null) {
                legacy = LegacyText.of(workbook);
            }
            return legacy;
        }

        boolean exhausted() {
            return used > MAX_WORKBOOK_CHARS;
        }

        void spend(int chars) {
            used += chars;
        }
    }

    private final String name;
    private final List<GridCell[]> rows;
    /*
     * Each cell's cleaned and folded text and each row's texts, made when first asked: every kind's
     * scanner, the unit blocks and the row matcher ask them of the same cells again and again (cleaning
     * and folding through the shared memo cost a fifth of the kinds' reading of a bench file).
     */
    private final String[][] cleaned;
    private final String[][] folded;
    private final String[][] foldedWords;
    private final List<?>[] texts;

    private SheetGrid(String name, List<GridCell[]> rows) {
        this.name = name;
        this.rows = rows;
        this.cleaned = new String[rows.size()][];
        this.folded = new String[rows.size()][];
        this.foldedWords = new String[rows.size()][];
        this.texts = new List<?>[rows.size()];
    }

    /**
     * The grid of a sheet of a workbook opened with POI's user model. Text in a legacy Vietnamese
     * encoding (TCVN3, VNI) is turned into Unicode here, once, so every reader of a grid sees Unicode
     * ({@link LegacyText}).
     */
    public static SheetGrid of(Sheet sheet, DataFormatter formatter, WorkbookBudget budget) {
        return of(new PoiCellSource(sheet.getWorkbook()), PoiCellSource.of(sheet), formatter, budget);
    }

    /** The grid of one sheet of {@code workbook}, however it was read. */
    public static SheetGrid of(CellSource workbook, CellSource.Sheet sheet, DataFormatter formatter,
                               WorkbookBudget budget) {
        LegacyText legacy = budget.legacy(workbook);
        List<GridCell[]> rows = new ArrayList<>();
        long chars = 0;
        read:
        for (CellSource.Row row : sheet.rows()) {
            int r = row.index();
            if (r < 0) {
                continue; // a damaged row number (r="0" in the XML): not a place in the grid
            }
            if (r >= MAX_ROWS) {
                break; // rows come in order, so nothing after this is in the grid either
            }
            while (rows.size() <= r) {
                rows.add(new GridCell[0]);
            }
            GridCell[] cells = new GridCell[Math.min(MAX_COLS, Math.max(0, row.lastCellNum()))];
            rows.set(r, cells);
            for (int c = 0; c < cells.length; c++) {
                CellSource.Cell cell = row.cell(c);
                if (cell == null) {
                    continue;
                }
                if (budget.exhausted()) {
                    break read;
                }
                CellContent content = cell.content(formatter);
                int length = content.text() == null ? 0 : content.text().length();
                chars += length;
                budget.spend(length);
                content = capped(legacy.unicode(cell, content));
                if (!content.isBlank()) {
                    cells[c] = new GridCell(r, c, content, false);
                }
                if (chars > MAX_SHEET_CHARS) {
                    break read;
                }
            }
        }
        fillMergedRegions(sheet, rows);
        return new SheetGrid(sheet.name(), rows);
    }

    private static CellContent capped(CellContent content) {
        String text = content.text();
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return content;
        }
        return new CellContent(text.substring(0, MAX_CELL_CHARS), content.number(), content.percentFormat(),
                content.formulaWithoutValue());
    }

    private static void fillMergedRegions(CellSource.Sheet sheet, List<GridCell[]> rows) {
        if (rows.isEmpty() || sheet.mergedRegionCount() == 0) {
            return;
        }
        long fills = 0;
        for (CellRangeAddress region : sheet.mergedRegions()) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            if (r0 < 0 || c0 < 0 || r0 >= rows.size() || c0 >= MAX_COLS) {
                continue;
            }
            GridCell origin = c0 < rows.get(r0).length ? rows.get(r0)[c0] : null;
            if (origin == null) {
                continue;
            }
            int lastRow = Math.min(region.getLastRow(), rows.size() - 1);
            int lastCol = Math.min(region.getLastColumn(), MAX_COLS - 1);
            for (int r = r0; r <= lastRow; r++) {
                for (int c = c0; c <= lastCol; c++) {
                    if (r == r0 && c == c0) {
                        continue;
                    }
                    if (++fills > MAX_MERGED_FILLS) {
                        return; // overlapping regions: only a hostile file gets here
                    }
                    GridCell[] cells = rows.get(r);
                    if (c >= cells.length) {
                        cells = Arrays.copyOf(cells, lastCol + 1);
                        rows.set(r, cells);
                    }
                    cells[c] = new GridCell(r, c, origin.content(), true);
                }
            }
        }
    }

    public String name() {
        return name;
    }

    /**
     * One block of the sheet, rows [from, to): the same name, its cells in their places, the other rows
     * blank ({@link UnitBlocks}: several units' tables on one sheet).
     */
    SheetGrid block(int from, int to) {
        List<GridCell[]> kept = new ArrayList<>(Math.min(to, rows.size()));
        for (int r = 0; r < Math.min(to, rows.size()); r++) {
            kept.add(r < from ? new GridCell[0] : rows.get(r));
        }
        return new SheetGrid(name, kept);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount(int row) {
        return row < rows.size() ? rows.get(row).length : 0;
    }

    public GridCell cell(int row, int col) {
        if (row < 0 || row >= rows.size() || col < 0) {
            return null;
        }
        GridCell[] cells = rows.get(row);
        return col < cells.length ? cells[col] : null;
    }

    /** The cell's text as shown, cleaned ({@link VietnameseText#clean}); empty when blank. */
    public String text(int row, int col) {
        GridCell c = cell(row, col);
        if (c == null) {
            return "";
        }
        String[] line = cleaned[row];
        if (line == null) {
            line = cleaned[row] = new String[rows.get(row).length];
        }
        String t = line[col];
        if (t == null) {
            t = line[col] = VietnameseText.clean(c.content().text());
        }
        return t;
    }

    /** The cell's folded text ({@link VietnameseText#fold}), for label matching. */
    public String folded(int row, int col) {
        GridCell c = cell(row, col);
        if (c == null) {
            return "";
        }
        String[] line = folded[row];
        if (line == null) {
            line = folded[row] = new String[rows.get(row).length];
        }
        String t = line[col];
        if (t == null) {
            t = line[col] = VietnameseText.fold(c.content().text());
        }
        return t;
    }

    /** {@link VietnameseText#foldWords} of the cell's {@link #text}, for matching words; "" when blank. */
    public String foldedWords(int row, int col) {
        GridCell c = cell(row, col);
        if (c == null) {
            return VietnameseText.foldWords("");
        }
        String[] line = foldedWords[row];
        if (line == null) {
            line = foldedWords[row] = new String[rows.get(row).length];
        }
        String t = line[col];
        if (t == null) {
            t = line[col] = VietnameseText.foldWords(text(row, col));
        }
        return t;
    }

    /** The distinct non-blank texts of a row, left to right, merged copies once; not to be changed. */
    @SuppressWarnings("unchecked")
    public List<String> rowTexts(int row) {
        if (row >= rows.size()) {
            return List.of();
        }
        List<String> known = (List<String>) texts[row];
        if (known != null) {
            return known;
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columnCount(row); c++) {
            GridCell cell = cell(row, c);
            if (cell != null && !cell.mergedCopy()) {
                String t = text(row, c);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        List<String> made = Collections.unmodifiableList(out);
        texts[row] = made;
        return made;
    }
}
