package vn.tonghop.kind.phasing.reading;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.reading.CellSource;
import vn.tonghop.reading.PoiCellSource;

/**
 * What a node's consolidated table carries about itself, in a very hidden sheet ({@value #SHEET}):
 * that it is a node's table (a district's or commune's, whatever the receiving office's registry
 * says), whose, and per indicator one line saying what each of its aggregates was made of (units,
 * weights, sums: see {@code consolidation.BasisText}) and one line naming its units (those it carries
 * values of, those missing), so the level above reads its shares as shares,
 * its lists as lists, and adds its aggregates up as its units' values would add up. The cells of the
 * visible table stay what they were: a reader that does not know this sheet reads a plain table.
 */
public record NodeTableSheet(String unitCode, String unitName, String level, List<Entry> basis, Entry units) {

    private static final Logger log = LoggerFactory.getLogger(NodeTableSheet.class);

    /** The hidden sheet's name. */
    public static final String SHEET = "_tonghop_tong_hop";
    static final String MARKER = "tonghop-node-table";
    /** A hostile sheet cannot make the reader walk more rows than a real table has indicators. */
    static final int MAX_ROWS = 5_000;
    /**
     * Characters per cell of a long line: a cell holds at most 32,767, and a province's line naming its
     * thousands of schools is longer, so it continues in the cells to its right.
     */
    static final int CELL_CHARS = 32_000;
    /**
     * The most cells a line takes, from column C: the readers keep a sheet's first 60 columns. Some 1.8
     * million characters, a line for each of some 45,000 schools.
     */
    static final int LINE_CELLS = 58;

    /** One indicator's basis line and where it sits ({@code '_tonghop_tong_hop'!C7}). */
    public record Entry(String indicatorCode, String line, String cell) {
    }

    public NodeTableSheet {
        basis = List.copyOf(basis);
    }

    /** Without the line naming the units under the node (a table written before it existed). */
    public NodeTableSheet(String unitCode, String unitName, String level, List<Entry> basis) {
        this(unitCode, unitName, level, basis, null);
    }

    /** True for this sheet, which holds no table and is skipped by the table scan. */
    public static boolean isNodeSheet(Sheet sheet) {
        return SHEET.equals(sheet.getSheetName());
    }

    /** Adds the sheet, very hidden (not listed by Excel's "Unhide"). */
    public void writeTo(Workbook wb) {
        Sheet sh = wb.createSheet(SHEET);
        put(sh, 0, MARKER, "Thông tin của bảng tổng hợp, chương trình tổng hợp cấp trên dùng để tổng hợp đúng. "
                + "Xin đừng sửa hoặc xóa trang này.", null);
        put(sh, 1, "format", "1", null);
        put(sh, 2, "unit_code", unitCode, null);
        put(sh, 3, "unit_name", unitName, null);
        put(sh, 4, "level", level, null);
        int r = 5;
        for (Entry e : basis) {
            put(sh, r++, "basis", e.indicatorCode(), e.line());
        }
        if (units != null) {
            put(sh, r++, "units", "", units.line());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sh), SheetVisibility.VERY_HIDDEN);
    }

    /** The sheet of a workbook, or null when it has none or it cannot be understood. */
    public static NodeTableSheet readFrom(Workbook wb) {
        return readFrom(new PoiCellSource(wb));
    }

    /** As {@link #readFrom(Workbook)}, however the workbook was read. */
    public static NodeTableSheet readFrom(CellSource wb) {
        CellSource.Sheet sh = wb.sheet(SHEET);
        if (sh == null || !MARKER.equals(text(sh.row(0), 0))) {
            return null;
        }
        String code = null;
        String name = null;
        String level = null;
        List<Entry> basis = new ArrayList<>();
        Entry units = null;
        for (CellSource.Row row : sh.rows()) {
            int r = row.index();
            if (r < 1) {
                continue;
            }
            if (r > MAX_ROWS) {
                break;
            }
            switch (text(row, 0)) {
                case "unit_code" -> code = text(row, 1);
                case "unit_name" -> name = text(row, 1);
                case "level" -> level = text(row, 1);
                case "basis" -> basis.add(new Entry(text(row, 1), line(row), "C" + (r + 1)));
                case "units" -> units = new Entry("", line(row), "C" + (r + 1));
                default -> {
                    // format, and rows a later version may add
                }
            }
        }
        return code == null || code.isBlank() ? null : new NodeTableSheet(code.strip(), name, level, basis,
                units);
    }

    private static void put(Sheet sh, int r, String key, String value, String extra) {
        Row row = sh.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value == null ? "" : value);
        if (extra == null) {
            return;
        }
        if (extra.length() > (long) CELL_CHARS * LINE_CELLS - LINE_CELLS) {
            // the level above then reads the figure as one value of this node, as from a table filled by hand
            log.warn("{}: the line of {} on the node table's sheet has {} characters, more than it can hold: left out",
                    key, value, extra.length());
            extra = "";
        }
        int col = 2;
        int from = 0;
        do {
            int end = end(extra, from);
            row.createCell(col++).setCellValue(extra.substring(from, end));
            from = end;
        } while (from < extra.length());
    }

    /** Where the cell of a long line starting at {@code from} ends: never between the halves of a surrogate pair. */
    private static int end(String line, int from) {
        int end = Math.min(line.length(), from + CELL_CHARS);
        return end < line.length() && Character.isHighSurrogate(line.charAt(end - 1)) ? end - 1 : end;
    }

    /** A line from column C on: its cells joined, up to the first empty one. */
    private static String line(CellSource.Row row) {
        StringBuilder b = new StringBuilder(text(row, 2));
        for (int col = 3; col < 2 + LINE_CELLS; col++) {
            String more = text(row, col);
            if (more.isEmpty()) {
                break;
            }
            b.append(more);
        }
        return b.toString();
    }

    private static String text(CellSource.Row row, int col) {
        CellSource.Cell c = row == null ? null : row.cell(col);
        return c == null || !c.isPlainString() ? "" : c.string();
    }
}
