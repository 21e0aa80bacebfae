package vn.tonghop.kind.phasing.reading;

import vn.tonghop.reading.CellSource;
import vn.tonghop.reading.PoiCellSource;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.TemplateStamp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import vn.tonghop.text.VietnameseNumbers;

/**
 * Compares a template's table sheet with what its {@link TemplateStamp} says the locked cells held
 * when the template was made. Works from the cells' content, not from the sheet protection, so a
 * clerk who removed the protection and typed over a quota, a label or beside the table is still
 * found. A few changes are reported cell by cell; many at once (a row inserted or deleted shifts
 * everything below) as one note about the layout.
 */
public final class LockedCells {

    /** More differences than this are one note: the layout was changed. */
    static final int MAX_NOTES = 10;
    /** Rows looked at beyond the template's own: a value typed far below is still found. */
    private static final int MAX_SCAN_ROWS = 5_000;
    private static final int MAX_SHOWN_CHARS = 80;
    private static final String TODO = " Đề nghị không sửa các ô đã khóa của mẫu (kể cả khi đã gỡ bảo vệ trang tính); "
            + "chỉ nhập vào các ô màu vàng, giải thích (nếu có) ghi trong thư gửi kèm.";

    private LockedCells() {
    }

    /** One cell that differs from the template. */
    private record Diff(int row, int col, String expected, String found) {
        String ref() {
            return new CellReference(row, col).formatAsString(false);
        }
    }

    /**
     * Notes for every locked cell of the stamp's table sheet that differs from the template. The
     * sheet is looked up by the stamp's name, else {@code fallbackSheet} (the sheet the table was
     * found on); none found, nothing to compare.
     */
    public static List<ReadingNote> check(TemplateStamp stamp, Workbook wb, String fallbackSheet) {
        return check(stamp, new PoiCellSource(wb), fallbackSheet);
    }

    /** As {@link #check(TemplateStamp, Workbook, String)}, however the workbook was read. */
    public static List<ReadingNote> check(TemplateStamp stamp, CellSource wb, String fallbackSheet) {
        CellSource.Sheet sheet = wb.sheet(stamp.tableSheet());
        if (sheet == null && fallbackSheet != null) {
            sheet = wb.sheet(fallbackSheet);
        }
        if (sheet == null) {
            return List.of();
        }
        List<Diff> diffs = new ArrayList<>();
        for (Map.Entry<String, String> e : stamp.locked().entrySet()) {
            CellReference ref;
            try {
                ref = new CellReference(e.getKey());
            } catch (RuntimeException bad) {
                continue;
            }
            CellSource.Row row = sheet.row(ref.getRow());
            CellSource.Cell cell = row == null ? null : row.cell(ref.getCol());
            String found = cell == null ? "" : cell.canonical();
            if (!found.equals(e.getValue())) {
                diffs.add(new Diff(ref.getRow(), ref.getCol(), e.getValue(), found));
            }
        }
        for (CellSource.Row row : sheet.rows()) {
            if (row.index() > MAX_SCAN_ROWS) {
                break;
            }
            for (CellSource.Cell cell : row.cells()) {
                String found = cell.canonical();
                if (found.isBlank() || stamp.isInput(row.index(), cell.col())) {
                    continue;
                }
                String ref = new CellReference(row.index(), cell.col()).formatAsString(false);
                if (!stamp.locked().containsKey(ref)) {
                    diffs.add(new Diff(row.index(), cell.col(), "", found));
                }
            }
        }
        diffs.sort(Comparator.comparingInt(Diff::row).thenComparingInt(Diff::col));
        return notes(sheet.name(), diffs);
    }

    private static List<ReadingNote> notes(String sheet, List<Diff> diffs) {
        if (diffs.isEmpty()) {
            return List.of();
        }
        if (diffs.size() > MAX_NOTES) {
            Diff first = diffs.get(0);
            return List.of(new ReadingNote(sheet, first.ref(), ReadingNote.Code.TEMPLATE_LAYOUT_CHANGED,
                    "Bố cục của mẫu đã bị thay đổi: " + diffs.size() + " ô ngoài vùng nhập liệu khác với mẫu (đầu tiên "
                            + "là ô " + first.ref() + ": mẫu ghi " + shown(first.expected()) + ", tệp ghi "
                            + shown(first.found()) + "). Có thể đã chèn hoặc xóa dòng, cột. Số liệu có thể bị đọc sai. "
                            + "Đề nghị nhập lại số liệu vào đúng mẫu đã nhận, không chèn hoặc xóa dòng, cột.",
                    first.found()));
        }
        List<ReadingNote> out = new ArrayList<>(diffs.size());
        for (Diff d : diffs) {
            String what;
            if (d.expected().isEmpty()) {
                what = "Ô " + d.ref() + " nằm trong vùng đã khóa của mẫu (không phải ô nhập liệu) nhưng có giá trị "
                        + shown(d.found()) + "; giá trị này có thể bị bỏ qua hoặc làm sai bảng tổng hợp.";
            } else if (d.found().isBlank()) {
                what = "Ô " + d.ref() + " thuộc vùng đã khóa của mẫu, ghi sẵn " + shown(d.expected())
                        + ", nhưng đã bị xóa.";
            } else {
                what = "Ô " + d.ref() + " thuộc vùng đã khóa của mẫu, ghi sẵn " + shown(d.expected())
                        + ", nhưng đã bị sửa thành " + shown(d.found()) + ".";
            }
            out.add(new ReadingNote(sheet, d.ref(), ReadingNote.Code.LOCKED_CELL_CHANGED, what + TODO, d.found()));
        }
        return out;
    }

    /** «text», numbers with the decimal comma a Vietnamese reader expects, cut when long. */
    private static String shown(String canonical) {
        if (canonical.isBlank()) {
            return "(để trống)";
        }
        String s = canonical.matches("-?\\d+\\.\\d+") ? VietnameseNumbers.of(new BigDecimal(canonical)) : canonical;
        return "«" + (s.length() > MAX_SHOWN_CHARS ? s.substring(0, MAX_SHOWN_CHARS - 1) + "…" : s) + "»";
    }

    /**
     * A cell's content as one comparable string: text as it is, a number in plain form without
     * trailing zeros ({@code 99.8}), a formula by its cached result, blank as empty. The same function
     * writes the template's stamp and reads the returned file, so a file saved again by Excel or
     * LibreOffice compares equal.
     */
    public static String canonical(Cell cell) {
        return PoiCellSource.canonical(cell);
    }
}
