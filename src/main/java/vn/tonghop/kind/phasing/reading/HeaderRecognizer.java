package vn.tonghop.kind.phasing.reading;

import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.SheetGrid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phasing table's header by its labels, never by position: "STT", "Tên chỉ tiêu", "ĐVT",
 * "Hiện trạng …", "Chỉ tiêu 2025" over "TW, Tỉnh | Huyện | Trường", "Phân kỳ thực hiện" over the
 * years. Labels are compared folded (case, diacritics, composed or decomposed, line breaks).
 * The header may take one row or two (a merged group label above its sub-labels).
 */
public final class HeaderRecognizer {

    private static final Pattern YEAR_LABEL = Pattern.compile(
            "^(?:nam\\s+)?(?:hoc\\s+)?((?:19|20)\\d{2})(?:\\s*[-–/]\\s*((?:19|20)\\d{2}))?$");
    private static final Pattern TARGET_LABEL = Pattern.compile(
            "^(?:chi tieu|muc tieu)(?: cuoi ky)?(?: (?:nam|den nam|den))? ?((?:19|20)\\d{2}).*");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})");

    private HeaderRecognizer() {
    }

    /** The header starting at {@code row}, or null when the row is no header. */
    public static TableHeader recognize(SheetGrid grid, int row) {
        int nameCol = -1;
        for (int c = 0; c < grid.columnCount(row); c++) {
            if (isNameLabel(grid.folded(row, c))) {
                nameCol = c;
                break;
            }
        }
        if (nameCol < 0) {
            return null;
        }
        boolean twoRows = hasSubLabels(grid, row + 1);
        int width = Math.max(grid.columnCount(row), twoRows ? grid.columnCount(row + 1) : 0);
        int sttCol = -1;
        int unitCol = -1;
        String currentLabel = null;
        Integer targetYear = null;
        List<TableHeader.ValueColumn> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String top = grid.folded(row, c);
            String sub = twoRows ? grid.folded(row + 1, c) : "";
            if (c == nameCol) {
                continue;
            }
            if (isSttLabel(top)) {
                sttCol = c;
            } else if (isUnitLabel(top)) {
                unitCol = c;
            } else if (top.startsWith("hien trang") || top.startsWith("thuc trang")) {
                values.add(new TableHeader.ValueColumn(c, ColumnRole.CURRENT, null));
                currentLabel = grid.text(row, c);
            } else if (TARGET_LABEL.matcher(top).matches()) {
                Matcher y = ANY_YEAR.matcher(top);
                targetYear = y.find() ? Integer.valueOf(y.group(1)) : targetYear;
                ColumnRole role = sub.isEmpty() ? ColumnRole.TARGET_UNIT : levelRole(sub);
                if (role != null) {
                    values.add(new TableHeader.ValueColumn(c, role, null));
                }
            } else {
                Integer year = yearOf(sub.isEmpty() ? top : sub);
                if (year != null) {
                    values.add(new TableHeader.ValueColumn(c, ColumnRole.PHASE, year));
                }
            }
        }
        if (values.size() < 2) {
            return null;
        }
        return new TableHeader(row, twoRows ? row + 1 : row, sttCol, nameCol, unitCol, List.copyOf(values),
                currentLabel, targetYear);
    }

    /** A second header row: level names under "Chỉ tiêu", years under "Phân kỳ", nothing else. */
    private static boolean hasSubLabels(SheetGrid grid, int row) {
        boolean any = false;
        for (int c = 0; c < grid.columnCount(row); c++) {
            GridCell cell = grid.cell(row, c);
            if (cell == null || cell.mergedCopy()) {
                continue;
            }
            String k = grid.folded(row, c);
            if (k.isEmpty()) {
                continue;
            }
            if (yearOf(k) == null && levelRole(k) == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    public static boolean isNameLabel(String k) {
        return k.equals("chi tieu") || k.startsWith("ten chi tieu") || k.startsWith("noi dung")
                || k.equals("ten") || k.startsWith("ten chi so");
    }

    private static boolean isSttLabel(String k) {
        return k.equals("stt") || k.equals("tt") || k.equals("so tt") || k.equals("so thu tu");
    }

    private static boolean isUnitLabel(String k) {
        return k.equals("dvt") || k.equals("don vi tinh") || k.equals("don vi") || k.equals("d.v.t");
    }

    public static Integer yearOf(String k) {
        Matcher m = YEAR_LABEL.matcher(k);
        if (!m.matches()) {
            return null;
        }
        // a school year "2023-2024" is planned for its end
        return Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(1));
    }

    /** "TW, Tỉnh" / "Tỉnh" / "Huyện" / "Trường" under the target label. */
    public static ColumnRole levelRole(String k) {
        String w = " " + k.replaceAll("[^a-z0-9]+", " ").strip() + " ";
        boolean central = w.contains(" tw ") || w.contains(" trung uong ") || w.contains(" bo ");
        boolean province = w.contains(" tinh ") || w.contains(" so ") || w.contains(" thanh pho ");
        if (central && province) {
            return ColumnRole.TARGET_CENTRAL_OR_PROVINCE;
        }
        if (central) {
            return ColumnRole.TARGET_CENTRAL;
        }
        if (province) {
            return ColumnRole.TARGET_PROVINCE;
        }
        if (w.contains(" huyen ") || w.contains(" phong ") || w.contains(" quan ") || w.contains(" xa ")
                || w.contains(" phuong ")) {
            return ColumnRole.TARGET_DISTRICT;
        }
        if (w.contains(" truong ") || w.contains(" don vi ") || w.contains(" co so ")) {
            return ColumnRole.TARGET_UNIT;
        }
        return null;
    }
}
