package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What a generated template carries about itself, in a very hidden sheet ({@value #SHEET}): the unit
 * it was made for, the template version, the period, where the clerk may type ({@code inputs}) and
 * every non-empty cell the clerk may not change ({@code locked}, reference → {@link PoiCellSource#canonical}
 * text). The reader trusts the unit code over the title, and compares the locked cells to what the
 * table sheet holds now, so an edit is found even after the clerk removed the sheet protection.
 *
 * <p>A hidden sheet rather than custom document properties: sheets survive Excel, LibreOffice and
 * online spreadsheets saving the file back as .xlsx, where custom properties are sometimes dropped.
 * The sheet is written and read here, so the format has one owner.
 */
public record TemplateStamp(int format, String version, String unitCode, String unitName, String period,
                            String currentLabel, String tableSheet, String generatedAt,
                            List<CellRangeAddress> inputs, Map<String, String> locked) {

    /** The hidden sheet's name. */
    public static final String SHEET = "_tonghop";
    /** The stamp format this code writes. */
    public static final int FORMAT = 1;
    /** A1 of the sheet: tells a stamp from a clerk's own sheet that happens to have the same name. */
    static final String MARKER = "tonghop-template";
    /** A hostile "stamp" cannot make the reader walk more rows than a real template ever has. */
    static final int MAX_ROWS = 20_000;

    public TemplateStamp {
        inputs = List.copyOf(inputs);
        locked = Collections.unmodifiableMap(new LinkedHashMap<>(locked));
    }

    /** True for the stamp sheet, which holds no table and is skipped by the table scan. */
    public static boolean isStampSheet(Sheet sheet) {
        return isStampSheet(sheet.getSheetName());
    }

    /** True for the stamp sheet's name. */
    public static boolean isStampSheet(String sheetName) {
        return SHEET.equals(sheetName);
    }

    /** Whether a cell of the table sheet is one the clerk may type into. */
    public boolean isInput(int row, int col) {
        for (CellRangeAddress r : inputs) {
            if (r.isInRange(row, col)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the stamp as a very hidden sheet (not listed by Excel's "Unhide"). */
    public void writeTo(Workbook wb) {
        Sheet sh = wb.createSheet(SHEET);
        int r = 0;
        put(sh, r++, MARKER, "Thông tin của mẫu nhập liệu, chương trình tổng hợp dùng để đọc bảng. "
                + "Xin đừng sửa hoặc xóa trang này.", null);
        put(sh, r++, "format", String.valueOf(format), null);
        put(sh, r++, "version", version, null);
        put(sh, r++, "unit_code", unitCode, null);
        put(sh, r++, "unit_name", unitName, null);
        put(sh, r++, "period", period, null);
        put(sh, r++, "current_label", currentLabel, null);
        put(sh, r++, "table_sheet", tableSheet, null);
        put(sh, r++, "generated_at", generatedAt, null);
        for (CellRangeAddress in : inputs) {
            put(sh, r++, "input", in.formatAsString(), null);
        }
        for (Map.Entry<String, String> e : locked.entrySet()) {
            put(sh, r++, "locked", e.getKey(), e.getValue());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sh), SheetVisibility.VERY_HIDDEN);
    }

    private static void put(Sheet sh, int r, String key, String value, String extra) {
        Row row = sh.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value == null ? "" : value);
        if (extra != null) {
            row.createCell(2).setCellValue(extra);
        }
    }

    /**
     * The stamp of a workbook, or null when it has none or what it has cannot be understood (then the
     * file is read like any hand-made table).
     */
    public static TemplateStamp readFrom(Workbook wb) {
        return readFrom(new PoiCellSource(wb));
    }

    /** As {@link #readFrom(Workbook)}, however the workbook was read. */
    public static TemplateStamp readFrom(CellSource wb) {
        CellSource.Sheet sh = wb.sheet(SHEET);
        if (sh == null || !MARKER.equals(text(sh.row(0), 0))) {
            return null;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        List<CellRangeAddress> inputs = new ArrayList<>();
        Map<String, String> locked = new LinkedHashMap<>();
        for (CellSource.Row row : sh.rows()) {
            int r = row.index();
            if (r < 1) {
                continue;
            }
            if (r > MAX_ROWS) {
                break;
            }
            String key = text(row, 0);
            String value = text(row, 1);
            switch (key) {
                case "" -> {
                    // an empty row: nothing to read
                }
                case "input" -> {
                    try {
                        inputs.add(CellRangeAddress.valueOf(value));
                    } catch (RuntimeException e) {
                        return null; // a damaged stamp is no stamp
                    }
                }
                case "locked" -> locked.put(value, text(row, 2));
                default -> keys.putIfAbsent(key, value);
            }
        }
        int format;
        try {
            format = Integer.parseInt(keys.getOrDefault("format", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = keys.getOrDefault("unit_code", "");
        if (unit.isBlank()) {
            return null;
        }
        return new TemplateStamp(format, keys.getOrDefault("version", ""), unit.strip(),
                keys.getOrDefault("unit_name", ""), keys.getOrDefault("period", ""),
                keys.getOrDefault("current_label", ""), keys.getOrDefault("table_sheet", ""),
                keys.getOrDefault("generated_at", ""), inputs, locked);
    }

    private static String text(CellSource.Row row, int col) {
        if (row == null) {
            return "";
        }
        CellSource.Cell c = row.cell(col);
        return c == null ? "" : c.canonical();
    }
}
