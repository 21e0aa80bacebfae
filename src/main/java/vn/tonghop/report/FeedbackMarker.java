package vn.tonghop.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.CellLocation.Area;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.report.ReportStyles.Fill;

/**
 * Marks the findings on a copy of a school's workbook: each cell with a finding filled in the
 * colour of its gravest finding ({@link Fill#marked}) and carrying one comment with all of them (after the school's own
 * note, when it has one), and tells where each finding's link goes.
 *
 * <p>A finding's place is read as leniently as findings come ({@link Area}): {@code D11} or
 * {@code $D$11}, with or without its sheet ({@code 'Phụ lục II'!D11}), a range ({@code D11:F12}, at
 * most {@value #MAX_RANGE_CELLS} cells highlighted), a row ({@code 11} or {@code 11:12}: the row's name
 * cell, the longest text in it). A place that does not exist in the workbook (no such sheet, a
 * reference beyond the format's grid, text that is no reference) is only listed, without a link.
 */
final class FeedbackMarker {

    private static final Logger log = LoggerFactory.getLogger(FeedbackMarker.class);

    static final String AUTHOR = "tonghop";
    /** Cells highlighted at most for one range finding: a typo like A1:Z9999 must not paint a sheet. */
    static final int MAX_RANGE_CELLS = 200;
    /** Excel's limits on cell styles; below them by a margin so Excel never has to repair the file. */
    static final int MAX_XLSX_STYLES = 64_000;
    static final int MAX_XLS_STYLES = 4_000;
    /** Excel keeps at most this many characters of a comment. */
    private static final int MAX_COMMENT = 32_767;

    private final Workbook wb;
    private final SpreadsheetVersion version;
    private final int maxStyles;
    /** (original style index, severity) -> its highlighted clone. */
    private final Map<Long, CellStyle> clones = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
    private boolean budgetWarned;

    /**
     * What placing a finding reads of a workbook: its sheets' names, their merged areas and a row's name
     * cell. A workbook's own sheets answer it; {@link StreamedFeedback} answers it from the sheets' XML.
     */
    interface Grid {
        /** The workbook's name of the sheet named so (exactly, else as Excel compares names), or null. */
        String sheet(String wanted);

        List<CellRangeAddress> merged(String sheet);

        /** The row's name cell's column (its longest text with a letter in it), -1 when none. */
        int nameColumn(String sheet, int row);
    }

    /** Where the findings go: each cell's fill (the gravest severity), each comment's findings, each link. */
    record Plan(Map<Key, Severity> fills, Map<Key, List<Finding>> comments, Map<Finding, String> links) {
    }

    FeedbackMarker(Workbook wb) {
        this.wb = wb;
        this.version = wb.getSpreadsheetVersion();
        this.maxStyles = wb instanceof HSSFWorkbook ? MAX_XLS_STYLES : MAX_XLSX_STYLES;
    }

    /** Marks every finding that has a place; returns each such finding's link address. */
    Map<Finding, String> mark(List<Finding> findings) {
        Plan plan = plan(new OwnGrid(wb), version, findings);
        plan.fills().forEach(this::fill);
        // left to right: POI makes a comment on its box's first cell (the next column) before moving it to
        // its own cell, and refuses when that cell has a comment already ("Multiple cell comments")
        plan.comments().entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<Key, List<Finding>> e) -> e.getKey().sheet())
                        .thenComparingInt(e -> e.getKey().row()).thenComparingInt(e -> e.getKey().col()))
                .forEach(e -> comment(e.getKey(), e.getValue()));
        return plan.links();
    }

    /** A workbook's own sheets. */
    private static final class OwnGrid implements Grid {
        private final Workbook wb;

        OwnGrid(Workbook wb) {
            this.wb = wb;
        }

        @Override
        public String sheet(String name) {
            Sheet s = wb.getSheet(name);
            if (s != null) {
                return s.getSheetName();
            }
            String want = fold(name);
            for (Sheet candidate : wb) {
                if (fold(candidate.getSheetName()).equals(want)) {
                    return candidate.getSheetName();
                }
            }
            return null;
        }

        @Override
        public List<CellRangeAddress> merged(String sheet) {
            return wb.getSheet(sheet).getMergedRegions();
        }

        @Override
        public int nameColumn(String sheet, int row) {
            return FeedbackMarker.nameColumn(wb.getSheet(sheet).getRow(row));
        }
    }

    /** Where each finding goes, on a workbook of that format. */
    static Plan plan(Grid grid, SpreadsheetVersion version, List<Finding> findings) {
        return new Placing(grid, version).plan(findings);
    }

    /** Places findings on one workbook's grid. */
    private static final class Placing {
        private final Grid grid;
        private final SpreadsheetVersion version;
        private final Map<String, List<CellRangeAddress>> merged = new HashMap<>();

        Placing(Grid grid, SpreadsheetVersion version) {
            this.grid = grid;
            this.version = version;
        }

    Plan plan(List<Finding> findings) {
        Map<Finding, String> links = new HashMap<>();
        // one fill per cell (the gravest severity) and one comment per cell (all its findings)
        Map<Key, Severity> fills = new LinkedHashMap<>();
        Map<Key, List<Finding>> comments = new LinkedHashMap<>();
        for (Finding f : findings) {
            Place p;
            try {
                p = place(f);
            } catch (RuntimeException e) {
                log.debug("no place for finding {} at {}!{}", f.rule(), f.sheet(), f.cell(), e);
                p = null;
            }
            if (p == null) {
                continue;
            }
            links.put(f, p.link());
            Severity sev = f.severity() == null ? Severity.INFO : f.severity();
            for (int[] rc : p.cells()) {
                fills.merge(new Key(p.sheet(), rc[0], rc[1]), sev, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            if (p.commentAt() != null) {
                comments.computeIfAbsent(new Key(p.sheet(), p.commentAt()[0], p.commentAt()[1]),
                        k -> new ArrayList<>()).add(f);
            }
        }
        return new Plan(fills, comments, links);
    }

    private Place place(Finding f) {
        Optional<Area> found = Area.parse(f.cell(), f.sheet());
        if (found.isEmpty()) {
            return null; // a column, a name, free text: listed only
        }
        Area area = found.get();
        String sheet = grid.sheet(area.sheet());
        if (sheet == null || !inGrid(area)) {
            return null;
        }
        switch (area.shape()) {
            case CELL -> {
                int[] at = topLeft(sheet, new int[] {area.firstRow(), area.firstColumn()});
                return new Place(sheet, List.<int[]>of(at), at, address(sheet, at));
            }
            case RANGE -> {
                Set<List<Integer>> seen = new LinkedHashSet<>(); // merged cells fold into one
                int visited = 0;
                for (int r = area.firstRow(); r <= area.lastRow() && visited < MAX_RANGE_CELLS; r++) {
                    for (int c = area.firstColumn(); c <= area.lastColumn() && visited < MAX_RANGE_CELLS;
                         c++, visited++) {
                        int[] t = topLeft(sheet, new int[] {r, c});
                        seen.add(List.of(t[0], t[1]));
                    }
                }
                List<int[]> cells = seen.stream().map(l -> new int[] {l.get(0), l.get(1)}).toList();
                String link = new Area(area.shape(), sheet, area.firstRow(), area.firstColumn(),
                        area.lastRow(), area.lastColumn()).toString();
                return new Place(sheet, cells, cells.get(0), link);
            }
            default -> { // whole rows: each row's name cell
                List<int[]> cells = new ArrayList<>();
                for (int r = area.firstRow(); r <= area.lastRow() && cells.size() < MAX_RANGE_CELLS; r++) {
                    int c = grid.nameColumn(sheet, r);
                    if (c >= 0) {
                        cells.add(topLeft(sheet, new int[] {r, c}));
                    }
                }
                int[] first = cells.isEmpty() ? new int[] {area.firstRow(), 0} : cells.get(0);
                return new Place(sheet, cells, cells.isEmpty() ? null : first, address(sheet, first));
            }
        }
    }

    /** Within the format's grid (an .xls has 65,536 rows, 256 columns). */
    private boolean inGrid(Area area) {
        return area.lastRow() <= version.getLastRowIndex() && area.lastColumn() <= version.getLastColumnIndex();
    }

    /** A cell inside a merged area shows nothing of its own: mark the area's top-left cell. */
    private int[] topLeft(String sheet, int[] rc) {
        for (CellRangeAddress a : merged.computeIfAbsent(sheet, grid::merged)) {
            if (a.isInRange(rc[0], rc[1])) {
                return new int[] {a.getFirstRow(), a.getFirstColumn()};
            }
        }
        return rc;
    }
    }

    /** The row's name cell: its longest text with a letter in it (STT and values are short). */
    static int nameColumn(Row row) {
        if (row == null) {
            return -1;
        }
        int best = -1;
        int bestLength = 0;
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
                String s = c.getStringCellValue().strip();
                if (s.length() > bestLength && s.codePoints().anyMatch(Character::isLetter)) {
                    best = c.getColumnIndex();
                    bestLength = s.length();
                }
            }
        }
        return best;
    }

    private void fill(Key k, Severity severity) {
        Cell cell = cellAt(k);
        CellStyle style = marked(cell.getCellStyle(), severity);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * The style of a cell of style {@code base} marked with a finding of that severity, made once per style
     * and severity; null when the workbook holds as many styles as it may (the cell then keeps its own).
     */
    CellStyle marked(CellStyle base, Severity severity) {
        long key = ((long) Short.toUnsignedInt(base.getIndex()) << 8) | severity.ordinal();
        CellStyle style = clones.get(key);
        if (style == null) {
            if (wb.getNumCellStyles() >= maxStyles) {
                if (!budgetWarned) {
                    log.warn("Workbook holds {} cell styles: further findings get a comment but no fill",
                            wb.getNumCellStyles());
                    budgetWarned = true;
                }
                return null;
            }
            style = wb.createCellStyle();
            style.cloneStyleFrom(base); // font, number format, borders, alignment, protection
            Fill.marked(severity).paint(wb, style);
            clones.put(key, style);
        }
        return style;
    }

    /** The cell, created when missing (an empty required value), with the look its place had. */
    private Cell cellAt(Key k) {
        Sheet sheet = wb.getSheet(k.sheet());
        Row row = sheet.getRow(k.row());
        if (row == null) {
            row = sheet.createRow(k.row());
        }
        Cell cell = row.getCell(k.col());
        if (cell == null) {
            CellStyle inherited = row.isFormatted() ? row.getRowStyle() : sheet.getColumnStyle(k.col());
            cell = row.createCell(k.col());
            if (inherited != null) {
                cell.setCellStyle(inherited);
            }
        }
        return cell;
    }

    private void comment(Key k, List<Finding> findings) {
        Cell cell = cellAt(k);
        String ours = commentText(findings);
        CreationHelper helper = wb.getCreationHelper();
        Comment existing = cell.getCellComment();
        if (existing != null) {
            // the school's own note stays; ours follows it
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(cut(before.strip() + "\n\n" + ours)));
            return;
        }
        Drawing<?> drawing = drawings.computeIfAbsent(wb.getSheet(k.sheet()), Sheet::createDrawingPatriarch);
        ClientAnchor anchor = helper.createClientAnchor();
        int[] at = anchor(k, ours, version);
        anchor.setCol1(at[0]);
        anchor.setRow1(at[1]);
        anchor.setCol2(at[2]);
        anchor.setRow2(at[3]);
        Comment c = drawing.createCellComment(anchor);
        c.setAuthor(AUTHOR);
        c.setString(helper.createRichTextString(cut(ours)));
        cell.setCellComment(c);
    }

    /** The comment's text: tonghop's name, then each finding once. */
    static String commentText(List<Finding> findings) {
        Set<String> entries = new LinkedHashSet<>();
        for (Finding f : findings) {
            entries.add(commentEntry(f));
        }
        return AUTHOR + ":\n" + String.join("\n\n", entries);
    }

    /** The comment box's first column, first row, last column and last row: beside its cell, as tall as its text. */
    static int[] anchor(Key k, String text, SpreadsheetVersion version) {
        int lines = 1;
        for (String line : text.split("\n")) {
            lines += 1 + line.length() / 45;
        }
        int lastCol = version.getLastColumnIndex();
        int lastRow = version.getLastRowIndex();
        int col1 = Math.min(k.col() + 1, lastCol - 5);
        int row1 = Math.min(k.row(), lastRow - 20);
        return new int[] {col1, row1, col1 + 5, row1 + Math.max(4, Math.min(20, lines))};
    }

    /** Where one finding points: the cells to fill, the one to comment, the link's address. */
    private record Place(String sheet, List<int[]> cells, int[] commentAt, String link) {
    }

    /** A cell of one sheet (by its name), as a map key. */
    record Key(String sheet, int row, int col) {
    }

    /** "Lỗi: message" and, on its own line, the rule's code. */
    static String commentEntry(Finding f) {
        String label = f.severity() == null ? "" : f.severity().vietnamese() + ": ";
        String entry = label + (f.message() == null ? "" : f.message().strip());
        if (f.rule() != null && !f.rule().isBlank()) {
            entry += "\nMã quy tắc: " + f.rule();
        }
        return entry;
    }

    static String cut(String s) {
        return s.length() <= MAX_COMMENT ? s : s.substring(0, MAX_COMMENT - 1) + "…";
    }

    /** {@code 'Phụ lục II'!D11}: the link's address of a cell. */
    private static String address(String sheet, int[] rc) {
        return new CellLocation(sheet, rc[0], rc[1]).toString();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
