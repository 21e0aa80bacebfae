package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.CellContent;

/**
 * A sheet reduced to what the reader needs: cell contents by position, merged regions filled in,
 * and folded text for label matching. Bounded, so a hostile sheet with a million rows costs little.
 */
public final class SheetGrid {

    static final int MAX_ROWS = 3000;
    static final int MAX_COLS = 60;

    private final String name;
    private final List<GridCell[]> rows;

    private SheetGrid(String name, List<GridCell[]> rows) {
        this.name = name;
        this.rows = rows;
    }

    public static SheetGrid of(Sheet sheet, DataFormatter formatter) {
        List<GridCell[]> rows = new ArrayList<>();
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (r >= MAX_ROWS) {
                break;
            }
            while (rows.size() <= r) {
                rows.add(new GridCell[0]);
            }
            GridCell[] cells = new GridCell[Math.min(MAX_COLS, Math.max(0, row.getLastCellNum()))];
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < cells.length) {
                    CellContent content = contentOf(cell, formatter);
                    if (!content.isBlank()) {
                        cells[c] = new GridCell(r, c, content, false);
                    }
                }
            }
            rows.set(r, cells);
        }
        fillMergedRegions(sheet, rows);
        return new SheetGrid(sheet.getSheetName(), rows);
    }

    private static void fillMergedRegions(Sheet sheet, List<GridCell[]> rows) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            if (r0 >= rows.size() || c0 >= MAX_COLS) {
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
                    GridCell[] cells = rows.get(r);
                    if (c >= cells.length) {
                        cells = Arrays.copyOf(cells, c + 1);
                        rows.set(r, cells);
                    }
                    cells[c] = new GridCell(r, c, origin.content(), true);
                }
            }
        }
    }

    static CellContent contentOf(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return CellContent.brokenFormula("=" + cell.getCellFormula());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellContent.text(cell.getStringCellValue());
            case NUMERIC -> numeric(cell, formatter);
            case BOOLEAN -> CellContent.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellContent.brokenFormula(cell.getCellType() == CellType.FORMULA
                    ? "=" + cell.getCellFormula() : "#ERROR");
            default -> CellContent.text("");
        };
    }

    private static CellContent numeric(Cell cell, DataFormatter formatter) {
        double v = cell.getNumericCellValue();
        var style = cell.getCellStyle();
        String format = style == null ? "General" : style.getDataFormatString();
        int formatIndex = style == null ? 0 : style.getDataFormat();
        String shown = formatter.formatRawCellContents(v, formatIndex, format == null ? "General" : format);
        if (DateUtil.isCellDateFormatted(cell)) {
            return CellContent.text(shown); // a date where a value belongs: kept as text, flagged later
        }
        boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
        return CellContent.number(v, shown, percent);
    }

    public String name() {
        return name;
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
        return c == null ? "" : VietnameseText.clean(c.content().text());
    }

    /** The cell's folded text ({@link VietnameseText#fold}), for label matching. */
    public String folded(int row, int col) {
        GridCell c = cell(row, col);
        return c == null ? "" : VietnameseText.fold(c.content().text());
    }

    /** The distinct non-blank texts of a row, left to right, merged copies once. */
    public List<String> rowTexts(int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columnCount(row); c++) {
            GridCell cell = cell(row, c);
            if (cell != null && !cell.mergedCopy()) {
                String t = VietnameseText.clean(cell.content().text());
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
