package vn.tonghop.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import vn.tonghop.value.CellContent;

/**
 * A workbook opened with POI's user model as a {@link CellSource}: .xls (HSSF), and an .xlsx the
 * streaming reader did not take. Every answer is POI's own; the statics here are also what the
 * streamed cells are measured against.
 */
public final class PoiCellSource implements CellSource {

    private final Workbook workbook;

    public PoiCellSource(Workbook workbook) {
        this.workbook = workbook;
    }

    @Override
    public List<Sheet> sheets() {
        List<Sheet> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
            out.add(new PoiSheet(s));
        }
        return out;
    }

    @Override
    public Sheet sheet(String name) {
        org.apache.poi.ss.usermodel.Sheet s = workbook.getSheet(name);
        return s == null ? null : new PoiSheet(s);
    }

    /** One sheet of a user-model workbook. */
    public static Sheet of(org.apache.poi.ss.usermodel.Sheet sheet) {
        return new PoiSheet(sheet);
    }

    @Override
    public int fontCount() {
        return workbook.getNumberOfFonts();
    }

    @Override
    public String fontName(int index) {
        Font font = workbook.getFontAt(index);
        return font == null ? null : font.getFontName();
    }

    private record PoiSheet(org.apache.poi.ss.usermodel.Sheet sheet) implements Sheet {
        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public Iterable<Row> rows() {
            return () -> new Iterator<>() {
                private final Iterator<org.apache.poi.ss.usermodel.Row> rows = sheet.iterator();

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return new PoiRow(rows.next());
                }
            };
        }

        @Override
        public Row row(int index) {
            org.apache.poi.ss.usermodel.Row r = sheet.getRow(index);
            return r == null ? null : new PoiRow(r);
        }

        @Override
        public int mergedRegionCount() {
            return sheet.getNumMergedRegions();
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            return sheet.getMergedRegions();
        }
    }

    private record PoiRow(org.apache.poi.ss.usermodel.Row row) implements Row {
        @Override
        public int index() {
            return row.getRowNum();
        }

        @Override
        public int lastCellNum() {
            return row.getLastCellNum();
        }

        @Override
        public Cell cell(int col) {
            org.apache.poi.ss.usermodel.Cell c = row.getCell(col);
            return c == null ? null : new PoiCell(c);
        }

        @Override
        public Iterable<Cell> cells() {
            return () -> new Iterator<>() {
                private final Iterator<org.apache.poi.ss.usermodel.Cell> cells = row.cellIterator();

                @Override
                public boolean hasNext() {
                    return cells.hasNext();
                }

                @Override
                public Cell next() {
                    return new PoiCell(cells.next());
                }
            };
        }
    }

    private record PoiCell(org.apache.poi.ss.usermodel.Cell cell) implements Cell {
        @Override
        public String sheetName() {
            return cell.getSheet().getSheetName();
        }

        @Override
        public int row() {
            return cell.getRowIndex();
        }

        @Override
        public int col() {
            return cell.getColumnIndex();
        }

        @Override
        public CellContent content(DataFormatter formatter) {
            return contentOf(cell, formatter);
        }

        @Override
        public boolean holdsText() {
            try {
                CellType type = cell.getCellType();
                return type == CellType.STRING
                        || type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public boolean isPlainString() {
            return cell.getCellType() == CellType.STRING;
        }

        @Override
        public String string() {
            return cell.getStringCellValue();
        }

        @Override
        public int fontIndex() {
            CellStyle style;
            try {
                style = cell.getCellStyle();
            } catch (RuntimeException e) {
                return -1; // a damaged style reference: no font to go by
            }
            return style == null ? -1 : style.getFontIndex();
        }

        @Override
        public Runs runs() {
            RichTextString rich;
            try {
                rich = cell.getRichStringCellValue();
            } catch (RuntimeException e) {
                return null;
            }
            int n = rich.numFormattingRuns();
            int[] starts = new int[n];
            String[] fonts = new String[n];
            for (int i = 0; i < n; i++) {
                starts[i] = rich.getIndexOfFormattingRun(i);
                fonts[i] = runFont(rich, i);
            }
            return new Runs(rich.getString(), starts, fonts);
        }

        /** Run {@code i}'s font name; null when it names none (or cannot be read): the cell's stands. */
        private String runFont(RichTextString rich, int i) {
            try {
                if (rich instanceof XSSFRichTextString x) {
                    XSSFFont font = x.getFontOfFormattingRun(i);
                    // a run naming no font shows in the cell's (POI would answer its default, Calibri)
                    return font == null || font.getCTFont().sizeOfNameArray() == 0 ? null : font.getFontName();
                }
                if (rich instanceof HSSFRichTextString h) {
                    short index = h.getFontOfFormattingRun(i);
                    try {
                        Font font = cell.getSheet().getWorkbook().getFontAt(index);
                        return font == null || font.getFontName() == null ? "" : font.getFontName();
                    } catch (RuntimeException e) {
                        return ""; // a font the table does not have: no legacy font
                    }
                }
            } catch (RuntimeException e) {
                // a damaged run: the cell's font stands for it
            }
            return null;
        }

        @Override
        public String canonical() {
            return PoiCellSource.canonical(cell);
        }
    }

    /** What the grid keeps of a user-model cell: its value, a formula's cached value, a number as shown. */
    static CellContent contentOf(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return CellContent.brokenFormula(formulaText(cell));
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellContent.text(cell.getStringCellValue());
            case NUMERIC -> numeric(cell, formatter);
            case BOOLEAN -> CellContent.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellContent.brokenFormula(cell.getCellType() == CellType.FORMULA
                    ? formulaText(cell) : "#ERROR");
            default -> CellContent.text("");
        };
    }

    /** {@code =SUM(D9:D12)}; a formula POI cannot render back (a damaged token) shows as {@code =?}. */
    private static String formulaText(org.apache.poi.ss.usermodel.Cell cell) {
        try {
            return "=" + cell.getCellFormula();
        } catch (RuntimeException e) {
            return "=?";
        }
    }

    private static CellContent numeric(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        double v = cell.getNumericCellValue();
        String format;
        int formatIndex;
        boolean date;
        try {
            var style = cell.getCellStyle();
            format = style == null ? "General" : style.getDataFormatString();
            formatIndex = style == null ? 0 : style.getDataFormat();
            date = DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            // a damaged style reference (an XF index past the style table): the value itself is
            // intact, so read it as General rather than lose it
            format = "General";
            formatIndex = 0;
            date = false;
        }
        return number(v, format, formatIndex, date, formatter);
    }

    /** A number as the grid keeps it, from its value and its style's number format. */
    static CellContent number(double v, String format, int formatIndex, boolean date, DataFormatter formatter) {
        if (format == null) {
            format = "General";
        }
        String shown;
        try {
            shown = formatter.formatRawCellContents(v, formatIndex, format);
        } catch (RuntimeException e) {
            shown = formatter.formatRawCellContents(v, 0, "General");
        }
        if (date) {
            return CellContent.text(shown); // a date where a value belongs: kept as text, flagged later
        }
        boolean percent = format.replaceAll("\"[^\"]*\"", "").contains("%");
        return CellContent.number(v, shown, percent);
    }

    /**
     * A cell's content as one comparable string: text as it is, a number in plain form without
     * trailing zeros ({@code 99.8}), a formula by its cached result, blank as empty. The same function
     * writes a template's stamp and reads the returned file, so a file saved again by Excel or
     * LibreOffice compares equal.
     */
    public static String canonical(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> canonicalNumber(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    static String canonicalNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        BigDecimal n = BigDecimal.valueOf(d).stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }

    static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
