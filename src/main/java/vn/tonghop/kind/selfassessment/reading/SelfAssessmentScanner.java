package vn.tonghop.kind.selfassessment.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriterionMatcher;
import vn.tonghop.text.VietnameseText;

/**
 * Finds the self-assessment grid in a sheet as clerks lay it out (seed {@code 000_…}, section III.1): a
 * header with {@code Mức 1}, {@code Mức 2} (…{@code Mức 4}) columns, often under {@code Đạt}, with a
 * {@code Không đạt} column beside them, in one to three rows (merged cells included); then standard rows
 * and criterion rows, the label on the left (STT, code, title in any of the cells left of the results);
 * the header repeated after a page break; and below, the stated {@code Kết quả} and {@code Kết luận}.
 * Never by position: the columns come from the header, and are read again where it repeats.
 */
public final class SelfAssessmentScanner {

    private static final Pattern LEVEL_LABEL = Pattern.compile("^(?:dat )?muc\\s*(1|2|3|4|i|ii|iii|iv)$");
    /** The header of one column holding the level as a value ({@code Mức đạt}: «Mức 2», «2», «Không đạt»). */
    private static final Set<String> SINGLE_LABELS = Set.of("muc dat", "muc dat duoc", "muc tu danh gia", "muc danh gia",
            "ket qua muc dat", "muc dat tu danh gia");
    private static final Pattern STATED_LEVEL = Pattern.compile(
            "\\b(?:(khong|chua)\\s+)?dat\\s+(?:duoc\\s+)?(?:muc|cap do|cap)\\s*(1|2|3|4|iv|iii|ii|i)\\b");
    private static final Set<String> HEADER_WORDS = Set.of("tieu chuan tieu chi", "tieu chuan", "tieu chi", "ket qua",
            "ket qua danh gia", "ket qua tu danh gia", "khong dat", "chua dat", "dat", "stt", "tt", "noi dung",
            "ghi chu", "muc dat", "ma", "ma tieu chi", "ma so", "ten tieu chi", "ket qua tu danh gia cua truong");
    /** Rows after the last criterion in which a stated result or conclusion is looked for. */
    private static final int TAIL_ROWS = 15;
    /** Consecutive rows of unrelated text that end a table. */
    private static final int STRAY_ROWS = 3;

    private final CriterionMatcher matcher;

    public SelfAssessmentScanner(CriteriaCatalogue catalogue) {
        this.matcher = new CriterionMatcher(catalogue);
    }

    /**
     * The result columns of a header row: level to column, and Không đạt's column (−1 when none); or, in a
     * table that writes the level as a value in one column ({@code Mức đạt}), that column ({@code single},
     * −1 when the levels have columns of their own).
     */
    record Columns(int headerRow, Map<Integer, Integer> levels, int notMet, int single) {

        int firstResult() {
            if (single >= 0) {
                return single;
            }
            int first = levels.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            return notMet >= 0 ? Math.min(first, notMet) : first;
        }

        int maxLevel() {
            return single >= 0 ? 3 : levels.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        /** The cell that names the table: Mức 1's header, or the Mức đạt column's. */
        int headerColumn() {
            return single >= 0 ? single : levels.get(1);
        }
    }

    /** The non-blank texts of the rows above a table's header, where its unit is named. */
    public static List<String> textAbove(SheetGrid grid, String headerCell) {
        int header = new org.apache.poi.ss.util.CellReference(headerCell).getRow();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < header && r < 40; r++) {
            texts.addAll(grid.rowTexts(r));
        }
        return texts;
    }

    /** Every grid in the sheet (normally one), top to bottom. */
    public List<SelfAssessmentTable> scan(SheetGrid grid) {
        List<SelfAssessmentTable> tables = new ArrayList<>();
        int r = 0;
        while (r < grid.rowCount()) {
            Columns columns = header(grid, r);
            if (columns == null) {
                r++;
                continue;
            }
            int[] end = new int[1];
            SelfAssessmentTable table = read(grid, columns, end);
            if (!table.rows().isEmpty()) {
                tables.add(table);
            }
            r = Math.max(end[0], r + 1);
        }
        return tables;
    }

    /** True when the sheet holds a self-assessment header anywhere. */
    public static boolean hasGrid(SheetGrid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (header(grid, r) != null) {
                return true;
            }
        }
        return false;
    }

    static Columns header(SheetGrid grid, int r) {
        // every label a header is found by has "muc" in its words (Mức 1…4, the single column's Mức đạt…), and a
        // cell's words have it only when its folded text has it: a row without it is no header (most rows of every
        // workbook, whose folded texts the other kinds' searches have made already)
        boolean muc = false;
        for (int c = 0; c < grid.columnCount(r) && !muc; c++) {
            muc = grid.folded(r, c).contains("muc");
        }
        if (!muc) {
            return null;
        }
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        for (int c = 0; c < grid.columnCount(r); c++) {
            Matcher m = LEVEL_LABEL.matcher(grid.foldedWords(r, c));
            if (m.matches()) {
                levels.putIfAbsent(level(m.group(1)), c);
            }
        }
        if (!levels.containsKey(1) || !levels.containsKey(2)) {
            return single(grid, r);
        }
        // a phasing table may hold "Mức 1" and "Mức 2" as values: a grid's levels stand side by side
        // under a label of its own (Không đạt, Đạt, Kết quả, Tiêu chí…)
        if (Math.abs(levels.get(2) - levels.get(1)) != 1 || !labelled(grid, r)) {
            return null;
        }
        int notMet = -1;
        for (int h = Math.max(0, r - 3); h <= r && notMet < 0; h++) {
            for (int c = 0; c < grid.columnCount(h); c++) {
                String t = grid.foldedWords(h, c);
                if ((t.equals("khong dat") || t.equals("chua dat")) && !levels.containsValue(c)) {
                    notMet = c;
                    break;
                }
            }
        }
        return new Columns(r, levels, notMet, -1);
    }

    /**
     * A header with one {@code Mức đạt} column and a criterion column left of it ({@code Tiêu chí}, {@code
     * Tiêu chuẩn, tiêu chí}, {@code Nội dung}): the level is written as a value in each row.
     */
    private static Columns single(SheetGrid grid, int r) {
        boolean criterionColumn = false;
        for (int c = 0; c < grid.columnCount(r); c++) {
            String t = grid.foldedWords(r, c);
            if (t.startsWith("tieu chi") || t.startsWith("tieu chuan") || t.equals("noi dung")) {
                criterionColumn = true;
            } else if (criterionColumn && SINGLE_LABELS.contains(t)) {
                return new Columns(r, Map.of(), -1, c);
            }
        }
        return null;
    }

    private static boolean labelled(SheetGrid grid, int r) {
        for (int h = Math.max(0, r - 3); h <= r; h++) {
            for (String t : grid.rowTexts(h)) {
                String f = VietnameseText.foldWords(t);
                if (f.equals("dat") || f.equals("khong dat") || f.equals("chua dat") || f.startsWith("ket qua")
                        || f.startsWith("tieu chi") || f.startsWith("tieu chuan") || f.startsWith("muc dat")) {
                    return true;
                }
            }
        }
        return false;
    }

    private SelfAssessmentTable read(SheetGrid grid, Columns first, int[] end) {
        Columns columns = first;
        List<CriterionRow> rows = new ArrayList<>();
        List<StatedLevel> stated = new ArrayList<>();
        int maxLevel = first.maxLevel();
        int lastCriterion = first.headerRow();
        int stray = 0;
        int limit = Integer.MAX_VALUE; // a few rows after the first stated line: the other one follows closely
        String previousCode = null;
        int r = first.headerRow() + 1;
        for (; r < grid.rowCount(); r++) {
            if (r - lastCriterion > TAIL_ROWS || stray >= STRAY_ROWS || r > limit) {
                break;
            }
            Columns again = header(grid, r);
            if (again != null) {
                columns = again; // the header repeated after a page break: its columns, read again
                maxLevel = Math.max(maxLevel, again.maxLevel());
                continue;
            }
            List<GridCell> labels = labels(grid, r, columns.firstResult());
            String rowText = String.join(" ", grid.rowTexts(r));
            String folded = VietnameseText.foldWords(rowText);
            if (folded.isEmpty()) {
                continue;
            }
            List<MarkCell> marks = marks(grid, r, columns);
            // «Kết quả giáo dục» (18/2018's 5.6, 19/2018's 5.4) typed as a title with its marks is a criterion
            if ((folded.startsWith("ket qua") || folded.startsWith("ket luan"))
                    && marks.stream().noneMatch(MarkCell::marked)) {
                StatedLevel s = stated(grid, r, rowText, folded);
                if (s != null) {
                    stated.add(s);
                    limit = Math.min(limit, r + 4);
                    continue;
                }
            }
            if (headerLike(grid, r)) {
                continue;
            }
            CriterionRow row = criterion(grid, labels, marks, previousCode);
            if (row != null) {
                if (!stated.isEmpty()) {
                    break; // a criterion after the conclusion: another table's, not this one's
                }
                rows.add(row);
                previousCode = row.code() != null ? row.code() : previousCode;
                lastCriterion = r;
                stray = 0;
            } else if (!rows.isEmpty()) {
                stray++;
            }
        }
        end[0] = r;
        return new SelfAssessmentTable(grid.name(), grid.cell(first.headerRow(), first.headerColumn()).ref(), rows,
                maxLevel, first.notMet() >= 0, MarkConvention.of(rows), stated);
    }

    /** A criterion row, or null for a standard's row, a blank label without marks, or unrelated text. */
    private CriterionRow criterion(SheetGrid grid, List<GridCell> labels, List<MarkCell> marks, String previousCode) {
        String label = labels.stream().map(c -> VietnameseText.clean(c.content().text()))
                .reduce((a, b) -> a + " " + b).orElse("");
        GridCell labelCell = labels.isEmpty() ? null : labels.get(0);
        for (GridCell c : labels) {
            String code = CriterionMatcher.codeIn(c.content().text());
            if (code != null) {
                code = tenthFixed(code, c, previousCode);
                return new CriterionRow(c.row(), label, c.ref(), code, CriterionRow.MatchedBy.CODE, marks);
            }
        }
        for (GridCell c : labels) {
            if (CriterionMatcher.standardIn(c.content().text()) != null || matcher.isStandardTitle(c.content().text())) {
                return null;
            }
        }
        for (GridCell c : labels) {
            String code = matcher.byTitle(c.content().text());
            if (code != null) {
                return new CriterionRow(c.row(), label, c.ref(), code, CriterionRow.MatchedBy.TITLE, marks);
            }
        }
        if (marks.isEmpty() || labelCell == null && marks.stream().noneMatch(MarkCell::marked)) {
            return null;
        }
        int row = labelCell != null ? labelCell.row() : marks.get(0).cell().row();
        String ref = labelCell != null ? labelCell.ref() : marks.get(0).ref();
        return new CriterionRow(row, label, ref, null, CriterionRow.MatchedBy.NONE, marks);
    }

    /**
     * {@code 1.10} typed into a number cell shows as {@code 1.1}: after {@code 1.9}, a number cell
     * reading {@code 1.1} is 1.10.
     */
    private static String tenthFixed(String code, GridCell cell, String previousCode) {
        if (cell.content().number() != null && previousCode != null && code.endsWith(".1")
                && previousCode.equals(code.substring(0, code.length() - 2) + ".9")) {
            return code + "0";
        }
        return code;
    }

    private static List<GridCell> labels(SheetGrid grid, int r, int firstResult) {
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(firstResult, grid.columnCount(r)); c++) {
            GridCell cell = grid.cell(r, c);
            if (cell != null && !cell.mergedCopy() && !VietnameseText.clean(cell.content().text()).isEmpty()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static List<MarkCell> marks(SheetGrid grid, int r, Columns columns) {
        List<MarkCell> marks = new ArrayList<>();
        if (columns.single() >= 0) {
            MarkCell m = Marks.value(grid.cell(r, columns.single()));
            if (m != null) {
                marks.add(m);
            }
            return marks;
        }
        if (columns.notMet() >= 0) {
            MarkCell m = Marks.read(0, grid.cell(r, columns.notMet()));
            if (m != null) {
                marks.add(m);
            }
        }
        columns.levels().forEach((level, col) -> {
            MarkCell m = Marks.read(level, grid.cell(r, col));
            if (m != null) {
                marks.add(m);
            }
        });
        return marks;
    }

    private static boolean headerLike(SheetGrid grid, int r) {
        List<String> texts = grid.rowTexts(r);
        return !texts.isEmpty() && texts.stream().map(VietnameseText::foldWords)
                .allMatch(t -> HEADER_WORDS.contains(t) || LEVEL_LABEL.matcher(t).matches());
    }

    private static StatedLevel stated(SheetGrid grid, int r, String rowText, String folded) {
        if (folded.equals("ket qua") || folded.equals("ket luan")) {
            return null; // a header's "Kết quả" over the result columns
        }
        StatedLevel.Kind kind = folded.startsWith("ket luan") ? StatedLevel.Kind.CONCLUSION : StatedLevel.Kind.RESULT;
        Integer positive = null;
        boolean negative = false;
        Matcher m = STATED_LEVEL.matcher(folded);
        while (m.find()) {
            int level = level(m.group(2));
            if (m.group(1) == null) {
                positive = positive == null ? level : Math.max(positive, level);
            } else {
                negative = true;
            }
        }
        Integer level = positive != null ? positive
                : negative || folded.matches(".*\\b(khong|chua) dat\\b.*") ? Integer.valueOf(0) : null;
        String cell = "";
        for (int c = 0; c < grid.columnCount(r); c++) {
            GridCell g = grid.cell(r, c);
            if (g != null && !g.mergedCopy() && !g.isBlank()) {
                cell = g.ref();
                break;
            }
        }
        return new StatedLevel(kind, cell, rowText, level);
    }

    private static int level(String s) {
        return switch (s) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(s);
        };
    }
}
