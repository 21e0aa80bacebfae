package vn.tonghop.kind.implementation.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriterionMatcher;
import vn.tonghop.text.VietnameseText;

/**
 * Finds the implementation report grid in a sheet as clerks lay it out (seed {@code 003_…}): a header of
 * one to three rows whose columns are told by their words, merged cells included («đã triển khai xong»,
 * «đang triển khai … chậm», «chưa triển khai», «được XD đầu năm», «đã được điều chỉnh», «Ghi chú», «Tiêu
 * chuẩn, tiêu chí», «TT»); then level rows ({@code MỨC 1, 2, 3}), standard rows ({@code 1 | Tiêu chuẩn 1: …})
 * and criterion rows ({@code <i>Tiêu chí 1.4</i>}, by code, or by title against the school's catalogue).
 * A row cut by a page break goes on in the next lines with a blank label (blank lines between): its parts
 * are joined to the row. A row whose label is a merged copy of the one above is another task row of the
 * same criterion. The table ends at the signature ({@code Hiệu trưởng}, {@code (đã ký)}) or after a run of
 * unrelated lines. Around it, the title gives the school year and the «Kèm theo Báo cáo số …, ngày …» line
 * the report's number and date. Never by position.
 */
public final class ReportScanner {

    private static final Pattern YEAR = Pattern.compile("nam hoc\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})");
    /** {@code số 45/BC-THCS}, {@code Số: ....../BC-THCS}, {@code số /BC-T...}: group 1 is the number as typed. */
    private static final Pattern NUMBER = Pattern.compile("\\bso\\s*:?\\s*([^\\s/]*)\\s*/\\s*(bc[^,;)\\s]*)");
    /** {@code ngày 15 tháng 6 năm 2023}, {@code ngày tháng ... năm}, {@code ngày 15/6/2023}. */
    private static final Pattern DATE = Pattern.compile(
            "\\bngay\\b[\\s.…_]*(\\d{1,2})?[\\s.…_]*(?:thang\\b|/)[\\s.…_]*(\\d{1,2})?[\\s.…_]*(?:nam\\b|/)[\\s.…_]*(\\d{4})?");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:\\(?\\s*da ky\\b|ky ten\\b|hieu truong\\b|pho hieu truong\\b|nguoi lap\\b|noi nhan\\b|thu truong\\b"
                    + "|t/m\\b|tm\\.? ban giam hieu|xac nhan\\b)");
    /** {@code MỨC 1, 2, 3}, {@code Mức 4}: the level a group of criteria is planned for. */
    private static final Pattern LEVEL_ROW = Pattern.compile("^muc\\s*(?:[1-4]|i{1,3}|iv)\\b");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    /** Rows above the header in which the title, the unit and the report's number and date are looked for. */
    static final int ABOVE = 40;
    /** Rows after the table in which a missing number or date is still looked for (a date under the table). */
    static final int BELOW = 15;
    /** Consecutive lines of unrelated text (blank lines not counted) that end a table. */
    private static final int STRAY_ROWS = 3;
    /** Consecutive blank lines that end a table (a page break leaves a few). */
    private static final int BLANK_ROWS = 8;

    private final CriterionMatcher matcher;

    public ReportScanner(CriteriaCatalogue catalogue) {
        this.matcher = new CriterionMatcher(catalogue);
    }

    /** The columns of a header: which column is which, and the header's first and last rows. */
    record Header(int top, int bottom, Map<ReportColumn, Integer> columns) {

        int firstContent() {
            return columns.entrySet().stream().filter(e -> e.getKey().content()).mapToInt(Map.Entry::getValue).min()
                    .orElse(0);
        }
    }

    /** Every report grid in the sheet (normally one), top to bottom. */
    public List<ReportTable> scan(SheetGrid grid) {
        List<ReportTable> tables = new ArrayList<>();
        int r = 0;
        int previousEnd = 0;
        while (r < grid.rowCount()) {
            Header header = header(grid, r);
            if (header == null) {
                r++;
                continue;
            }
            int[] end = new int[1];
            ReportTable table = read(grid, header, previousEnd, end);
            if (!table.rows().isEmpty()) {
                tables.add(table);
                previousEnd = end[0];
            }
            r = Math.max(end[0], header.bottom() + 1);
        }
        return tables;
    }

    /** The non-blank texts of the rows above a table's header, where its unit is named. */
    public static List<String> textAbove(SheetGrid grid, String headerCell) {
        int header = new CellReference(headerCell).getRow();
        List<String> texts = new ArrayList<>();
        for (int r = Math.max(0, header - ABOVE); r < header; r++) {
            texts.addAll(grid.rowTexts(r));
        }
        return texts;
    }

    /**
     * The header whose last row is {@code r}: the row names the done and the not-started columns (the
     * results), and with the rows above (up to two) the label and plan columns. Null when {@code r} is
     * no such row.
     */
    static Header header(SheetGrid grid, int r) {
        Map<Integer, ReportColumn> byRow = classify(grid, r);
        if (!byRow.containsValue(ReportColumn.DONE) || !byRow.containsValue(ReportColumn.NOT_STARTED)
                || grid.rowTexts(r).stream().anyMatch(t -> CriterionMatcher.codeIn(t) != null)) {
            return null; // a criterion's row whose cells say "triển khai xong" and "chưa triển khai" is no header
        }
        Map<ReportColumn, Integer> columns = new EnumMap<>(ReportColumn.class);
        byRow.forEach((c, col) -> columns.putIfAbsent(col, c));
        int top = r;
        for (int h = r - 1; h >= Math.max(0, r - 2); h--) {
            Map<Integer, ReportColumn> above = classify(grid, h);
            if (above.isEmpty()) {
                break;
            }
            top = h;
            for (Map.Entry<Integer, ReportColumn> e : above.entrySet()) {
                // a column the lower row leaves unnamed takes the name above it (TT, Tiêu chí, Ghi chú
                // typed once over two rows); a label over several columns («Kết quả thực hiện») names none
                if (!byRow.containsKey(e.getKey()) && !columns.containsKey(e.getValue())) {
                    columns.put(e.getValue(), e.getKey());
                }
            }
        }
        if (!columns.containsKey(ReportColumn.CRITERION) && !columns.containsKey(ReportColumn.ORDER)
                && columns.values().stream().mapToInt(Integer::intValue).min().orElse(0) == 0) {
            return null; // no room for a row's label left of the content
        }
        return new Header(top, r, columns);
    }

    /** Each non-blank cell of a row that names a column, by column index. */
    private static Map<Integer, ReportColumn> classify(SheetGrid grid, int r) {
        Map<Integer, ReportColumn> out = new LinkedHashMap<>();
        for (int c = 0; c < grid.columnCount(r); c++) {
            ReportColumn col = column(grid.foldedWords(r, c));
            if (col != null) {
                out.put(c, col);
            }
        }
        return out;
    }

    /** The column a header label names, or null. The order matters: «đang triển khai … đã triển khai». */
    static ReportColumn column(String f) {
        if (f.isEmpty() || f.length() > 300) {
            return null;
        }
        if (f.startsWith("ghi chu")) {
            return ReportColumn.NOTE;
        }
        if (f.contains("dieu chinh")) {
            return ReportColumn.PLAN_ADJUSTED;
        }
        if (f.contains("chua trien khai") || f.contains("chua thuc hien")) {
            return ReportColumn.NOT_STARTED;
        }
        if (f.contains("dang trien khai") || f.contains("dang thuc hien") || f.contains("cham so voi")
                || f.contains("cham tien do")) {
            return ReportColumn.UNDER_WAY;
        }
        if (f.contains("trien khai xong") || f.contains("thuc hien xong") || f.contains("da hoan thanh")) {
            return ReportColumn.DONE;
        }
        if (f.contains("ke hoach") && (f.contains("dau nam") || f.contains(" xd ") || f.contains("xay dung"))) {
            return ReportColumn.PLAN_MADE;
        }
        if (f.startsWith("tieu chuan") || f.startsWith("tieu chi") || f.startsWith("noi dung tieu chi")) {
            return ReportColumn.CRITERION;
        }
        if (f.equals("tt") || f.equals("stt") || f.equals("so tt")) {
            return ReportColumn.ORDER;
        }
        return null;
    }

    private ReportTable read(SheetGrid grid, Header header, int previousEnd, int[] end) {
        int firstContent = header.firstContent();
        Map<ReportColumn, Integer> content = new EnumMap<>(ReportColumn.class);
        header.columns().forEach((col, c) -> {
            if (col.content()) {
                content.put(col, c);
            }
        });
        List<Builder> rows = new ArrayList<>();
        Builder current = null;
        String previousCode = null;
        int stray = 0;
        int blank = 0;
        int r = header.bottom() + 1;
        for (; r < grid.rowCount(); r++) {
            if (stray >= STRAY_ROWS || blank >= BLANK_ROWS) {
                break;
            }
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty()) {
                blank++;
                continue;
            }
            blank = 0;
            String folded = VietnameseText.foldWords(String.join(" ", texts));
            if (texts.size() <= 2 && texts.get(0).length() <= 40
                    && CLOSING.matcher(VietnameseText.fold(texts.get(0))).find()) {
                break; // the signature
            }
            if (texts.equals(grid.rowTexts(header.bottom())) || texts.equals(grid.rowTexts(header.top()))) {
                continue; // the header repeated after a page break
            }
            if (texts.stream().allMatch(t -> COLUMN_NUMBER.matcher(t.strip()).matches())) {
                continue; // the columns' numbers under the header: (1) (2) (3) …
            }
            List<GridCell> labels = labels(grid, r, firstContent);
            String label = labels.stream().filter(c -> !c.mergedCopy())
                    .map(c -> VietnameseText.clean(c.content().text())).reduce((a, b) -> a + " " + b).orElse("");
            boolean labelCopied = labels.stream().anyMatch(GridCell::mergedCopy)
                    && labels.stream().noneMatch(c -> !c.mergedCopy());
            Map<ReportColumn, GridCell> cells = cells(grid, r, content);
            if (label.isEmpty() && !labelCopied) {
                if (current != null && !cells.isEmpty()) {
                    current.add(cells); // the row goes on after a page break
                    stray = 0;
                } else if (!rows.isEmpty()) {
                    stray++;
                }
                continue;
            }
            if (labelCopied && current != null) {
                // the criterion's label merged over several task rows: another row of the same criterion
                current = new Builder(r, current.label, refOf(labels), current.code, current.matchedBy, content);
                current.add(cells);
                rows.add(current);
                continue;
            }
            String code = null;
            ReportRow.MatchedBy by = ReportRow.MatchedBy.NONE;
            String labelRef = criterionCell(grid, r, header, labels);
            for (GridCell c : labels) {
                String found = c.mergedCopy() ? null : CriterionMatcher.codeIn(c.content().text());
                if (found != null) {
                    code = tenthFixed(found, c, previousCode);
                    by = ReportRow.MatchedBy.CODE;
                    labelRef = c.ref();
                    break;
                }
            }
            if (code == null && (isStandard(labels) || LEVEL_ROW.matcher(VietnameseText.foldWords(label)).find())) {
                current = null; // a standard's or a level's row: what follows is not the row above's
                continue;
            }
            if (code == null) {
                for (GridCell c : labels) {
                    String found = c.mergedCopy() ? null : matcher.byTitle(c.content().text());
                    if (found != null) {
                        code = found;
                        by = ReportRow.MatchedBy.TITLE;
                        labelRef = c.ref();
                        break;
                    }
                }
            }
            if (code == null && cells.isEmpty()) {
                if (current != null && orderOf(grid, r, header).isEmpty()) {
                    current.label = current.label + " " + label; // the label wraps onto the next line
                } else if (!rows.isEmpty()) {
                    stray++;
                }
                continue;
            }
            if (code == null && current != null && orderOf(grid, r, header).isEmpty()
                    && !folded.isEmpty() && Character.isLowerCase(label.charAt(0))) {
                current.label = current.label + " " + label; // label and content both go on after a break
                current.add(cells);
                continue;
            }
            current = new Builder(r, label, labelRef, code, by, content);
            current.add(cells);
            rows.add(current);
            previousCode = code != null ? code : previousCode;
            stray = 0;
        }
        end[0] = r;
        String headerCell = new CellReference(header.top(), header.columns().values().stream()
                .mapToInt(Integer::intValue).min().orElse(0)).formatAsString(false);
        List<ReportRow> out = rows.stream().map(Builder::build).toList();
        int from = Math.max(previousEnd, header.top() - ABOVE);
        int to = Math.min(grid.rowCount(), r + BELOW);
        String[] period = period(grid, from, header);
        return new ReportTable(grid.name(), headerCell, period[0], period[1], number(grid, from, header.top(), r, to),
                date(grid, from, header.top(), r, to), content.keySet(), out);
    }

    private boolean isStandard(List<GridCell> labels) {
        for (GridCell c : labels) {
            if (!c.mergedCopy() && (CriterionMatcher.standardIn(c.content().text()) != null
                    || matcher.isStandardTitle(c.content().text()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 1.10} typed into a number cell shows as {@code 1.1}: after {@code 1.9} it is 1.10. */
    private static String tenthFixed(String code, GridCell cell, String previousCode) {
        if (cell.content().number() != null && previousCode != null && code.endsWith(".1")
                && previousCode.equals(code.substring(0, code.length() - 2) + ".9")) {
            return code + "0";
        }
        return code;
    }

    private static String orderOf(SheetGrid grid, int r, Header header) {
        Integer c = header.columns().get(ReportColumn.ORDER);
        if (c == null) {
            return "";
        }
        GridCell cell = grid.cell(r, c);
        return cell == null || cell.mergedCopy() ? "" : VietnameseText.clean(cell.content().text());
    }

    /** The label's cell: the «Tiêu chuẩn, tiêu chí» column's when it holds text, else the first label's. */
    private static String criterionCell(SheetGrid grid, int r, Header header, List<GridCell> labels) {
        Integer c = header.columns().get(ReportColumn.CRITERION);
        GridCell cell = c == null ? null : grid.cell(r, c);
        if (cell != null && !cell.mergedCopy() && !VietnameseText.clean(cell.content().text()).isEmpty()) {
            return cell.ref();
        }
        return refOf(labels);
    }

    private static String refOf(List<GridCell> labels) {
        for (GridCell c : labels) {
            if (!c.mergedCopy() && !VietnameseText.clean(c.content().text()).isEmpty()) {
                return c.ref();
            }
        }
        return labels.isEmpty() ? "" : labels.get(0).ref();
    }

    private static List<GridCell> labels(SheetGrid grid, int r, int firstContent) {
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(firstContent, grid.columnCount(r)); c++) {
            GridCell cell = grid.cell(r, c);
            if (cell != null && !VietnameseText.clean(cell.content().text()).isEmpty()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The row's own non-blank content cells (merged copies are the cell above's, already read). */
    private static Map<ReportColumn, GridCell> cells(SheetGrid grid, int r, Map<ReportColumn, Integer> content) {
        Map<ReportColumn, GridCell> out = new EnumMap<>(ReportColumn.class);
        content.forEach((col, c) -> {
            GridCell cell = grid.cell(r, c);
            if (cell != null && !cell.mergedCopy() && !VietnameseText.clean(cell.content().text()).isEmpty()) {
                out.put(col, cell);
            }
        });
        return out;
    }

    /** A row being read: its first line and the parts of each content cell, page breaks included. */
    private static final class Builder {
        private final int row;
        private String label;
        private final String labelCell;
        private final String code;
        private final ReportRow.MatchedBy matchedBy;
        private final Map<ReportColumn, Integer> columns;
        private final Map<ReportColumn, List<GridCell>> parts = new EnumMap<>(ReportColumn.class);

        Builder(int row, String label, String labelCell, String code, ReportRow.MatchedBy matchedBy,
                Map<ReportColumn, Integer> columns) {
            this.row = row;
            this.label = label;
            this.labelCell = labelCell;
            this.code = code;
            this.matchedBy = matchedBy;
            this.columns = columns;
        }

        void add(Map<ReportColumn, GridCell> cells) {
            cells.forEach((col, cell) -> parts.computeIfAbsent(col, k -> new ArrayList<>()).add(cell));
        }

        ReportRow build() {
            Map<ReportColumn, ReportCell> cells = new EnumMap<>(ReportColumn.class);
            columns.forEach((col, c) -> {
                List<GridCell> p = parts.getOrDefault(col, List.of());
                String ref = p.isEmpty() ? new CellReference(row, c).formatAsString(false) : p.get(0).ref();
                String text = String.join(" ", p.stream().map(g -> g.content().text().strip()).toList());
                cells.put(col, new ReportCell(ref, text));
            });
            return new ReportRow(row, label, labelCell, code, matchedBy, cells);
        }
    }

    /** The school year the title (or the header) names, {@code 2022-2023}, and its cell; nulls when none. */
    private static String[] period(SheetGrid grid, int from, Header header) {
        for (int r = from; r <= header.bottom(); r++) {
            for (int c = 0; c < grid.columnCount(r); c++) {
                GridCell cell = grid.cell(r, c);
                if (cell == null || cell.mergedCopy()) {
                    continue;
                }
                Matcher m = YEAR.matcher(VietnameseText.fold(cell.content().text()));
                if (m.find()) {
                    return new String[] {m.group(1) + "-" + m.group(2), cell.ref()};
                }
            }
        }
        return new String[] {null, null};
    }

    /** The line that names the report's number, above the header or else below the table. */
    private static ReportReference number(SheetGrid grid, int from, int top, int end, int to) {
        ReportReference found = find(grid, from, top, NUMBER, true);
        if (found == null) {
            found = find(grid, end, to, NUMBER, true);
        }
        return found != null ? found : ReportReference.absent(titleCell(grid, from, top));
    }

    private static ReportReference date(SheetGrid grid, int from, int top, int end, int to) {
        ReportReference found = find(grid, from, top, DATE, false);
        if (found == null) {
            found = find(grid, end, to, DATE, false);
        }
        return found != null ? found : ReportReference.absent(titleCell(grid, from, top));
    }

    private static ReportReference find(SheetGrid grid, int from, int to, Pattern pattern, boolean number) {
        for (int r = from; r < to; r++) {
            ReportReference inCell = inCell(grid, r, pattern, number);
            if (inCell != null) {
                return inCell;
            }
            ReportReference beside = beside(grid, r, number);
            if (beside != null) {
                return beside;
            }
        }
        return null;
    }

    /** {@code Kèm theo Báo cáo số}, {@code Báo cáo số:} alone in a cell: its number is in the cell beside it. */
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:kem theo )?bao cao so\s*:?$");
    private static final Pattern DATE_LABEL = Pattern.compile("^ngay\s*:?$");

    /**
     * A template's line, «Kèm theo Báo cáo số [45/BC-THCS] ngày [15/05/2027]»: the words in cells of their own,
     * the number and the date in the input cells beside them. The reference is the input cell's, filled or not.
     */
    private static ReportReference beside(SheetGrid grid, int r, boolean number) {
        List<String> texts = grid.rowTexts(r);
        if (texts.size() < 2 || texts.stream().noneMatch(t -> NUMBER_LABEL.matcher(VietnameseText.fold(t).strip()).matches())) {
            return null;
        }
        Pattern label = number ? NUMBER_LABEL : DATE_LABEL;
        for (int c = 0; c < grid.columnCount(r); c++) {
            GridCell cell = grid.cell(r, c);
            if (cell == null || cell.mergedCopy() || !label.matcher(VietnameseText.fold(grid.text(r, c)).strip()).matches()) {
                continue;
            }
            GridCell value = grid.cell(r, c + 1);
            String typed = value == null || value.mergedCopy() ? "" : VietnameseText.clean(value.content().text()).strip();
            if (DATE_LABEL.matcher(VietnameseText.fold(typed)).matches()) {
                typed = ""; // the number left blank, «ngày» beside its label
            }
            String line = VietnameseText.clean(String.join(" ", texts));
            boolean filled;
            if (number) {
                filled = typed.chars().anyMatch(Character::isDigit);
            } else {
                Matcher m = DATE.matcher("ngay " + VietnameseText.fold(typed));
                filled = m.find() && m.group(1) != null && m.group(2) != null && m.group(3) != null;
            }
            return new ReportReference(new CellReference(r, c + 1).formatAsString(false), line, typed, filled);
        }
        return null;
    }

    private static ReportReference inCell(SheetGrid grid, int r, Pattern pattern, boolean number) {
        for (int c = 0; c < grid.columnCount(r); c++) {
                GridCell cell = grid.cell(r, c);
                if (cell == null || cell.mergedCopy()) {
                    continue;
                }
                String line = VietnameseText.clean(cell.content().text());
                String folded = VietnameseText.fold(line);
                if (folded.length() != line.length()) {
                    continue; // a letter that folds to two: offsets would not match (never in Vietnamese)
                }
                Matcher m = pattern.matcher(folded);
                if (!m.find()) {
                    continue;
                }
                String typed = line.substring(number ? m.start(1) : m.start(), m.end()).strip();
                boolean filled = number ? m.group(1).chars().anyMatch(Character::isDigit)
                        : m.group(1) != null && m.group(2) != null && m.group(3) != null;
                return new ReportReference(cell.ref(), line, typed, filled);
            }
        return null;
    }

    /** The cell of the first text above the header (the title), where a missing number is reported. */
    private static String titleCell(SheetGrid grid, int from, int top) {
        for (int r = from; r < top; r++) {
            for (int c = 0; c < grid.columnCount(r); c++) {
                GridCell cell = grid.cell(r, c);
                if (cell != null && !cell.mergedCopy() && !cell.isBlank()) {
                    return cell.ref();
                }
            }
        }
        return new CellReference(top, 0).formatAsString(false);
    }

    /** Columns a report may leave out: the adjusted plan, the notes. */
    static final Set<ReportColumn> OPTIONAL = EnumSet.of(ReportColumn.PLAN_ADJUSTED, ReportColumn.NOTE);
}
