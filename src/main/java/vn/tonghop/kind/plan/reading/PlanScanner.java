package vn.tonghop.kind.plan.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriterionMatcher;
import vn.tonghop.text.LeftoverMarkup;
import vn.tonghop.text.VietnameseText;

/**
 * Finds an improvement plan's table in a sheet as clerks lay it out (seeds {@code 001_…}, {@code 002_…}):
 * a header naming the criterion, the tasks and at least two of level, lead, timing and budget (never by
 * position); then standard rows ({@code Tiêu chuẩn 1: …}, whatever title follows) and criterion rows
 * (code, or title in either wording with small typos), each criterion with one or more task rows beneath
 * it (rows with their own lead, budget or level), a criterion written twice kept as two; a row cut by a
 * page break (no number, no lead, no budget: the rest of the cells above) joined to the row above, and a
 * criterion's title continued beside its next task row added to its label; the header repeated after a
 * page break, a {@code Mức 1,2,3} line and rows of dashes skipped; leftover {@code <p>}/{@code <li>} markup
 * stripped from every cell. Above the table: the school year of the title and the years the text says the
 * plan is carried out in.
 */
public final class PlanScanner {

    private static final Pattern LEVEL_LINE = Pattern.compile("^muc\\s*1\\s*[,;.-]\\s*2.*");
    private static final Pattern DASHES = Pattern.compile("^[-–—_.\\s]*$");
    private static final Pattern SECTION = Pattern.compile("^(?:[ivx]+|[a-d])\\s*[.)]\\s+\\p{L}.*");
    private static final Pattern CLOSING = Pattern.compile("^(noi nhan|hieu truong|nguoi lap|pho hieu truong|"
            + "tm\\.|xac nhan|ky ten|tren day la).*");
    /** Rows above a table read for its unit and its year. */
    private static final int ROWS_ABOVE = 60;

    private final CriterionMatcher matcher;

    public PlanScanner(CriteriaCatalogue catalogue) {
        this.matcher = new CriterionMatcher(catalogue);
    }

    /** The non-blank texts of the rows above a table's header, where its unit is named. */
    public static List<String> textAbove(SheetGrid grid, String headerCell) {
        int header = new CellReference(headerCell).getRow();
        List<String> texts = new ArrayList<>();
        for (int r = Math.max(0, header - ROWS_ABOVE); r < header; r++) {
            texts.addAll(grid.rowTexts(r));
        }
        return texts;
    }

    /** Every plan table in the sheet (normally one), top to bottom. */
    public List<PlanTable> scan(SheetGrid grid) {
        List<PlanTable> tables = new ArrayList<>();
        int r = 0;
        int from = 0;
        while (r < grid.rowCount()) {
            Map<PlanColumn, Integer> columns = header(grid, r);
            if (columns == null) {
                r++;
                continue;
            }
            int[] end = new int[1];
            PlanTable t = read(grid, r, columns, from, end);
            if (!t.rows().isEmpty()) {
                tables.add(t);
            }
            from = end[0];
            r = Math.max(end[0], r + 1);
        }
        return tables;
    }

    /** The columns a header row names, or null when it is no plan header. */
    static Map<PlanColumn, Integer> header(SheetGrid grid, int r) {
        // a header names the criterion's column: a row none of whose cells has one of its words is none (most rows
        // of every workbook, asked this before every column's words are tried on each of its cells)
        boolean criterion = false;
        for (int c = 0; c < grid.columnCount(r) && !criterion; c++) {
            criterion = PlanColumn.CRITERION.mayName(grid.folded(r, c));
        }
        if (!criterion) {
            return null;
        }
        Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
        for (int c = 0; c < grid.columnCount(r); c++) {
            PlanColumn col = PlanColumn.of(grid.folded(r, c));
            if (col != null) {
                columns.putIfAbsent(col, c);
            }
        }
        if (!columns.containsKey(PlanColumn.CRITERION) || !columns.containsKey(PlanColumn.TASK)) {
            return null;
        }
        long others = java.util.stream.Stream.of(PlanColumn.LEVEL, PlanColumn.LEAD, PlanColumn.TIMING,
                PlanColumn.BUDGET).filter(columns::containsKey).count();
        return others >= 2 ? columns : null;
    }

    private PlanTable read(SheetGrid grid, int headerRow, Map<PlanColumn, Integer> columns, int above, int[] end) {
        List<StandardRow> standards = new ArrayList<>();
        List<PlanRow> rows = new ArrayList<>();
        Draft current = null; // the last plan row, still open to the rest of a cut row
        String label = null;  // the current criterion's label as typed
        String code = null;
        int r = headerRow + 1;
        for (; r < grid.rowCount(); r++) {
            Map<PlanColumn, String> own = new EnumMap<>(PlanColumn.class);
            Map<PlanColumn, String> shared = new EnumMap<>(PlanColumn.class);
            for (Map.Entry<PlanColumn, Integer> e : columns.entrySet()) {
                String t = text(grid, r, e.getValue(), false);
                if (!t.isEmpty()) {
                    own.put(e.getKey(), t);
                }
                String s = text(grid, r, e.getValue(), true);
                if (!s.isEmpty()) {
                    shared.put(e.getKey(), s);
                }
            }
            if (own.isEmpty()) {
                continue;
            }
            if (header(grid, r) != null) {
                continue; // the header repeated after a page break
            }
            if (own.values().stream().allMatch(t -> DASHES.matcher(t).matches())) {
                continue;
            }
            String crit = own.getOrDefault(PlanColumn.CRITERION, "");
            String critFolded = VietnameseText.fold(crit);
            if (LEVEL_LINE.matcher(critFolded).matches() || own.size() == 1 && own.containsKey(PlanColumn.NUMBER)) {
                continue;
            }
            if (ends(grid, r, own)) {
                break;
            }
            if (!crit.isEmpty() && CriterionMatcher.standardIn(labelKey(crit)) != null
                    && CriterionMatcher.codeIn(labelKey(crit)) == null) {
                close(current, rows);
                current = null;
                standards.add(new StandardRow(ref(r, columns.get(PlanColumn.CRITERION)), crit,
                        CriterionMatcher.standardIn(labelKey(crit))));
                label = null;
                code = null;
                continue;
            }
            String named = crit.isEmpty() ? null : criterion(crit);
            boolean newCriterion = named != null || !crit.isEmpty() && own.containsKey(PlanColumn.NUMBER);
            if (newCriterion) {
                close(current, rows);
                label = crit;
                code = named;
                current = new Draft(r, label, code, cells(r, columns, own, shared));
                continue;
            }
            if (!crit.isEmpty() && label != null) {
                label = label + " " + crit; // the criterion's title, continued on the next page
                if (current != null) {
                    current.label = label;
                }
            }
            boolean ownRow = own.containsKey(PlanColumn.LEAD) || own.containsKey(PlanColumn.BUDGET)
                    || own.containsKey(PlanColumn.LEVEL);
            if (ownRow || current == null) {
                close(current, rows);
                current = new Draft(r, label == null ? "" : label, code, cells(r, columns, own, shared));
            } else {
                for (PlanColumn c : List.of(PlanColumn.TASK, PlanColumn.TIMING, PlanColumn.SUPPORT, PlanColumn.NOTES)) {
                    current.append(c, own.get(c));
                }
            }
        }
        close(current, rows);
        end[0] = r;
        String headerCell = ref(headerRow, columns.get(PlanColumn.CRITERION));
        List<YearText> inText = new ArrayList<>();
        YearText title = null;
        for (int a = Math.max(above, headerRow - ROWS_ABOVE); a < headerRow; a++) {
            for (int c = 0; c < grid.columnCount(a); c++) {
                GridCell cell = grid.cell(a, c);
                if (cell == null || cell.mergedCopy()) {
                    continue;
                }
                String t = grid.text(a, c);
                Integer carried = SchoolYears.carriedOut(t);
                if (carried != null) {
                    inText.add(new YearText(cell.ref(), t, carried));
                }
                Integer year = SchoolYears.inTitle(t);
                if (title == null && year != null && carried == null && t.length() <= 120) {
                    title = new YearText(cell.ref(), t, year);
                }
            }
        }
        return new PlanTable(grid.name(), headerCell, standards, rows, title, inText);
    }

    /** The code of the criterion a label names (by code, else by title), or null. */
    private String criterion(String label) {
        String key = labelKey(label);
        String code = CriterionMatcher.codeIn(key);
        if (code != null) {
            return code;
        }
        String title = key.replaceFirst("(?i)^\\s*(tiêu chí|tieu chi)\\s*", "");
        return matcher.byTitle(title);
    }

    /** {@code Tiêu chí: 3.3 …} and {@code Tiêu chí 3.1.Khuôn viên} read as {@code Tiêu chí 3.3 …}. */
    private static String labelKey(String label) {
        return label.replaceFirst("(?i)^\\s*(tiêu chí|tiêu chuẩn|tieu chi|tieu chuan)\\s*[:.\\-–]\\s*", "$1 ");
    }

    /** A section heading, a closing line (Nơi nhận, HIỆU TRƯỞNG) alone in its row: the table is over. */
    private static boolean ends(SheetGrid grid, int r, Map<PlanColumn, String> own) {
        List<String> texts = grid.rowTexts(r);
        if (texts.size() != 1 || own.size() > 1) {
            return false;
        }
        String f = VietnameseText.fold(texts.get(0));
        return SECTION.matcher(f).matches() || CLOSING.matcher(f).matches();
    }

    private static Map<PlanColumn, PlanCell> cells(int r, Map<PlanColumn, Integer> columns, Map<PlanColumn, String> own,
                                                   Map<PlanColumn, String> shared) {
        Map<PlanColumn, PlanCell> cells = new LinkedHashMap<>();
        for (Map.Entry<PlanColumn, Integer> e : columns.entrySet()) {
            if (e.getKey() == PlanColumn.NUMBER) {
                continue;
            }
            // a lead or a timing merged down over several task rows is each row's; a budget counts once
            String t = own.containsKey(e.getKey()) ? own.get(e.getKey())
                    : e.getKey() == PlanColumn.BUDGET ? "" : shared.getOrDefault(e.getKey(), "");
            cells.put(e.getKey(), new PlanCell(ref(r, e.getValue()), t));
        }
        return cells;
    }

    /**
     * The cell's text without markup; a merged region's copy only when {@code vertical} and the region
     * runs down from the row above (a cell shared by task rows), never a copy across (a title row).
     */
    private static String text(SheetGrid grid, int r, int c, boolean vertical) {
        GridCell cell = grid.cell(r, c);
        if (cell == null) {
            return "";
        }
        String t = grid.text(r, c);
        if (cell.mergedCopy()) {
            GridCell up = grid.cell(r - 1, c);
            if (!vertical || up == null || !grid.text(r - 1, c).equals(t)) {
                return "";
            }
        }
        String stripped = LeftoverMarkup.strip(cell.content().text());
        return stripped == null ? t : VietnameseText.clean(stripped.replace('\n', ' ')).strip();
    }

    private static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    private static void close(Draft d, List<PlanRow> rows) {
        if (d != null) {
            rows.add(new PlanRow(d.row, d.label, d.code, d.cells));
        }
    }

    /** A plan row being read: a row cut by a page break adds its rest to it. */
    private static final class Draft {
        final int row;
        String label;
        final String code;
        final Map<PlanColumn, PlanCell> cells;

        Draft(int row, String label, String code, Map<PlanColumn, PlanCell> cells) {
            this.row = row;
            this.label = label;
            this.code = code;
            this.cells = new LinkedHashMap<>(cells);
        }

        void append(PlanColumn c, String more) {
            PlanCell cell = cells.get(c);
            if (cell != null && more != null) {
                cells.put(c, cell.append(more));
            }
        }
    }
}
