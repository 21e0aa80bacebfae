package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.MemoryBudget;
import vn.tonghop.reading.UnreadableFileException;
import vn.tonghop.reading.WorkbookOpener;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The feedback workbook for one school: a copy of the file it sent (without anything that reaches
 * outside it: see {@link ExternalReferences}), each cell with a finding filled
 * in the finding's colour and carrying a Vietnamese comment, and a sheet {@value #SHEET} listing every
 * finding with a link to its cell, the sheet the workbook opens on. Same format as the original
 * (.xlsx stays .xlsx, .xls stays .xls); the original is read once into memory and never opened for
 * writing, so its bytes and modification time stay as archived.
 *
 * <p>In an .xlsx {@value #SHEET} is the first sheet. In an .xls it is the last (still active and
 * selected): POI cannot move sheets of an .xls without breaking references to them.
 *
 * <p>A finding's place is taken as leniently as findings come: {@code D11} or {@code $D$11}, with or
 * without its sheet ({@code 'Phụ lục II'!D11}), a range ({@code D11:F12}, at most
 * {@value #MAX_RANGE_CELLS} cells highlighted), a row ({@code 11} or {@code 11:12}: the row's name
 * cell, the longest text in it). A place that does not exist in the workbook (no such sheet, a
 * reference beyond the format's grid, text that is no reference) is only listed, without a link.
 */
public final class FeedbackWorkbookWriter {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbookWriter.class);

    static final String SHEET = "Góp ý";
    static final String AUTHOR = "tonghop";
    static final String[] COLUMNS = {"STT", "Mức độ", "Trang tính", "Ô", "Nội dung", "Giá trị đã nhập",
        "Mã quy tắc"};
    private static final int[] WIDTHS = {6, 11, 16, 10, 70, 24, 30};
    /** Row of the table header on the {@value #SHEET} sheet (0-based). */
    static final int HEADER_ROW = 4;

    /** Cells highlighted at most for one range finding: a typo like A1:Z9999 must not paint a sheet. */
    static final int MAX_RANGE_CELLS = 200;
    /** Excel's limits on cell styles; below them by a margin so Excel never has to repair the file. */
    static final int MAX_XLSX_STYLES = 64_000;
    static final int MAX_XLS_STYLES = 4_000;
    /** Excel keeps at most this many characters of a comment. */
    private static final int MAX_COMMENT = 32_767;

    /** Highlight colours: Excel's own "light red" and "yellow" fills, and a light blue. */
    static final Map<Severity, byte[]> COLOURS = new EnumMap<>(Map.of(
            Severity.ERROR, rgb(0xFF, 0xC7, 0xCE),
            Severity.WARNING, rgb(0xFF, 0xEB, 0x9C),
            Severity.INFO, rgb(0xDD, 0xEB, 0xF7)));
    private static final byte[] HEADER_COLOUR = rgb(0xD0, 0xD0, 0xD0); // an .xls palette's grey too

    private static final Pattern CELL = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");
    private static final Pattern RANGE = Pattern.compile(CELL.pattern() + ":" + CELL.pattern());
    private static final Pattern ROWS = Pattern.compile("\\$?(\\d{1,7})(?::\\$?(\\d{1,7}))?");

    /** Why no copy is made of a workbook that would need more memory than the program has. */
    public static final String TOO_LARGE_TO_COPY = "Tệp lớn bất thường, cần nhiều bộ nhớ hơn mức chương trình được "
            + "cấp để sao chép.";

    private final WorkbookOpener opener;
    private final OutputFiles files;
    private final MemoryBudget memory;

    /** With the reader's default file-size limit (20 MB) and the default output permissions. */
    public FeedbackWorkbookWriter() {
        this(OutputFiles.DEFAULT);
    }

    /** With the reader's default file-size limit (20 MB). */
    public FeedbackWorkbookWriter(OutputFiles files) {
        this(20L << 20, files);
    }

    /** @param maxFileBytes larger originals are refused, as the reader refuses them */
    public FeedbackWorkbookWriter(long maxFileBytes) {
        this(maxFileBytes, OutputFiles.DEFAULT);
    }

    public FeedbackWorkbookWriter(long maxFileBytes, OutputFiles files) {
        this(maxFileBytes, files, MemoryBudget.heap());
    }

    /** @param memory what the copy's workbook takes its heap from, as the reading threads do */
    public FeedbackWorkbookWriter(long maxFileBytes, OutputFiles files, MemoryBudget memory) {
        this.opener = new WorkbookOpener(maxFileBytes);
        this.files = files;
        this.memory = memory;
    }

    /**
     * Writes the feedback workbook; its title names the file as the findings do (the name the school
     * sent), or else as {@code target} is named.
     *
     * @param original the school's file as archived; only read
     * @param findings this file's findings, in any order; may be empty
     * @param target   where to write; the caller gives it the original's extension
     * @throws IOException when the original cannot be read or opened (the message says why, in
     *                     Vietnamese when the opener refused it) or the target cannot be written
     */
    public void write(Path original, List<Finding> findings, Path target) throws IOException {
        write(original, findings, target, null);
    }

    /** As {@link #write(Path, List, Path)}, with the file name shown in the title. */
    public void write(Path original, List<Finding> findings, Path target, String displayName) throws IOException {
        if (original.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())
                || (Files.exists(target) && Files.isSameFile(original, target))) {
            throw new IOException("Feedback workbook would overwrite the original: " + original);
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(DiscrepancyReportWriter.ORDER);
        String name = displayName != null && !displayName.isBlank() ? displayName : nameOf(sorted, target);

        WorkbookOpener.Checked checked = check(original);
        if (!memory.canHold(checked.copyingCost())) {
            throw new IOException("Feedback copy would need about " + (checked.copyingCost() >> 20) + " MB",
                    new UnreadableFileException(FileOutcome.OVERSIZED, TOO_LARGE_TO_COPY, null));
        }
        // a heavy copy waits until it can have the heap to itself (two at once would not fit)
        try (MemoryBudget.Lease lease = memory.acquire(checked.copyingCost()); Workbook wb = openCopy(checked)) {
            warnOnExtension(wb, target);
            // the copy goes back from tonghop: nothing in it may lead where the sender chose
            ExternalReferences.Removed removed = ExternalReferences.remove(wb);
            if (removed.any()) {
                log.info("{}: removed from the feedback copy {}", original.getFileName(), removed);
            }
            Styles styles = new Styles(wb); // the list's few styles first: they must never run out
            Map<Finding, String> links = new Marker(wb).mark(sorted);
            addFeedbackSheet(wb, styles, sorted, links, name);
            files.write(target, wb::write);
        } catch (IOException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI on an odd workbook may throw anything; the caller needs a plain failure for this file
            throw new IOException("Cannot write the feedback workbook for " + original.getFileName() + ": " + e, e);
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    /**
     * The original opened as an in-memory copy after the reader's own checks (size, format, unpacked
     * size and zip ratio): one parse, and the archived file is never written.
     */
    private Workbook openCopy(WorkbookOpener.Checked original) throws IOException {
        try {
            return opener.openCopy(original);
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private WorkbookOpener.Checked check(Path original) throws IOException {
        try {
            return opener.check(original.toFile());
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void warnOnExtension(Workbook wb, Path target) {
        String n = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xls = wb instanceof HSSFWorkbook;
        if (xls != n.endsWith(".xls")) {
            log.warn("{}: the workbook is {} but the name says otherwise; Excel will warn when opening it",
                    target.getFileName(), xls ? ".xls" : ".xlsx");
        }
    }

    /** The one file name the findings carry, or the target's name. */
    private static String nameOf(List<Finding> findings, Path target) {
        Set<String> names = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (!f.file().isBlank()) {
                names.add(f.file());
            }
        }
        return names.size() == 1 ? names.iterator().next() : target.getFileName().toString();
    }

    // ---- marking the school's sheets -----------------------------------------------------------

    /** Where one finding points: the cells to fill, the one to comment, the link's address. */
    private record Place(Sheet sheet, List<int[]> cells, int[] commentAt, String link) {
    }

    /** Fills and comments the findings' cells of one workbook. */
    private static final class Marker {
        private final Workbook wb;
        private final SpreadsheetVersion version;
        private final int maxStyles;
        /** (original style index, severity) -> its highlighted clone. */
        private final Map<Long, CellStyle> clones = new HashMap<>();
        private final Map<Sheet, List<CellRangeAddress>> merged = new HashMap<>();
        private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        private boolean budgetWarned;

        Marker(Workbook wb) {
            this.wb = wb;
            this.version = wb.getSpreadsheetVersion();
            this.maxStyles = wb instanceof HSSFWorkbook ? MAX_XLS_STYLES : MAX_XLSX_STYLES;
        }

        /** Marks every finding that has a place; returns each such finding's link address. */
        Map<Finding, String> mark(List<Finding> findings) {
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
            fills.forEach(this::fill);
            comments.forEach(this::comment);
            return links;
        }

        private Place place(Finding f) {
            String ref = f.cell().strip();
            String sheetName = f.sheet();
            int bang = ref.lastIndexOf('!');
            if (bang >= 0) { // the cell names its own sheet
                sheetName = unquote(ref.substring(0, bang));
                ref = ref.substring(bang + 1).strip();
            }
            if (ref.isEmpty() || sheetName.isBlank()) {
                return null;
            }
            Sheet sheet = sheet(sheetName);
            if (sheet == null) {
                return null;
            }
            Matcher m;
            if ((m = CELL.matcher(ref)).matches()) {
                int[] rc = cell(m.group(1), m.group(2));
                if (rc == null) {
                    return null;
                }
                int[] at = topLeft(sheet, rc);
                return new Place(sheet, List.<int[]>of(at), at, address(sheet, at));
            }
            if ((m = RANGE.matcher(ref)).matches()) {
                int[] a = cell(m.group(1), m.group(2));
                int[] b = cell(m.group(3), m.group(4));
                if (a == null || b == null) {
                    return null;
                }
                int r1 = Math.min(a[0], b[0]), r2 = Math.max(a[0], b[0]);
                int c1 = Math.min(a[1], b[1]), c2 = Math.max(a[1], b[1]);
                Set<List<Integer>> seen = new LinkedHashSet<>(); // merged cells fold into one
                int visited = 0;
                for (int r = r1; r <= r2 && visited < MAX_RANGE_CELLS; r++) {
                    for (int c = c1; c <= c2 && visited < MAX_RANGE_CELLS; c++, visited++) {
                        int[] t = topLeft(sheet, new int[] {r, c});
                        seen.add(List.of(t[0], t[1]));
                    }
                }
                List<int[]> cells = seen.stream().map(l -> new int[] {l.get(0), l.get(1)}).toList();
                String link = quoted(sheet) + new CellReference(r1, c1).formatAsString(false) + ":"
                        + new CellReference(r2, c2).formatAsString(false);
                return new Place(sheet, cells, cells.get(0), link);
            }
            if ((m = ROWS.matcher(ref)).matches()) {
                int a = Integer.parseInt(m.group(1)) - 1;
                int b = m.group(2) == null ? a : Integer.parseInt(m.group(2)) - 1;
                if (Math.min(a, b) < 0 || Math.max(a, b) > version.getLastRowIndex()) {
                    return null;
                }
                List<int[]> cells = new ArrayList<>();
                for (int r = Math.min(a, b); r <= Math.max(a, b) && cells.size() < MAX_RANGE_CELLS; r++) {
                    int c = nameColumn(sheet.getRow(r));
                    if (c >= 0) {
                        cells.add(topLeft(sheet, new int[] {r, c}));
                    }
                }
                int[] first = cells.isEmpty() ? new int[] {Math.min(a, b), 0} : cells.get(0);
                return new Place(sheet, cells, cells.isEmpty() ? null : first, address(sheet, first));
            }
            return null; // a column, a name, free text: listed only
        }

        /** The sheet of that name: exactly, then as Excel compares names (case, Unicode composition). */
        private Sheet sheet(String name) {
            Sheet s = wb.getSheet(name);
            if (s != null) {
                return s;
            }
            String want = fold(name);
            for (Sheet candidate : wb) {
                if (fold(candidate.getSheetName()).equals(want)) {
                    return candidate;
                }
            }
            return null;
        }

        /** {row, col} 0-based, or null beyond the format's grid (an .xls has 65,536 rows, 256 columns). */
        private int[] cell(String col, String row) {
            if (col.length() > 3 || row.length() > 7) {
                return null;
            }
            int c = CellReference.convertColStringToIndex(col.toUpperCase(Locale.ROOT));
            int r = Integer.parseInt(row) - 1;
            if (r < 0 || r > version.getLastRowIndex() || c < 0 || c > version.getLastColumnIndex()) {
                return null;
            }
            return new int[] {r, c};
        }

        /** A cell inside a merged area shows nothing of its own: mark the area's top-left cell. */
        private int[] topLeft(Sheet sheet, int[] rc) {
            for (CellRangeAddress a : merged.computeIfAbsent(sheet, Sheet::getMergedRegions)) {
                if (a.isInRange(rc[0], rc[1])) {
                    return new int[] {a.getFirstRow(), a.getFirstColumn()};
                }
            }
            return rc;
        }

        /** The row's name cell: its longest text with a letter in it (STT and values are short). */
        private static int nameColumn(Row row) {
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
            CellStyle base = cell.getCellStyle();
            long key = ((long) Short.toUnsignedInt(base.getIndex()) << 8) | severity.ordinal();
            CellStyle style = clones.get(key);
            if (style == null) {
                if (wb.getNumCellStyles() >= maxStyles) {
                    if (!budgetWarned) {
                        log.warn("Workbook holds {} cell styles: further findings get a comment but no fill",
                                wb.getNumCellStyles());
                        budgetWarned = true;
                    }
                    return;
                }
                style = wb.createCellStyle();
                style.cloneStyleFrom(base); // font, number format, borders, alignment, protection
                setFill(wb, style, COLOURS.get(severity));
                clones.put(key, style);
            }
            cell.setCellStyle(style);
        }

        /** The cell, created when missing (an empty required value), with the look its place had. */
        private Cell cellAt(Key k) {
            Row row = k.sheet().getRow(k.row());
            if (row == null) {
                row = k.sheet().createRow(k.row());
            }
            Cell cell = row.getCell(k.col());
            if (cell == null) {
                CellStyle inherited = row.isFormatted() ? row.getRowStyle() : k.sheet().getColumnStyle(k.col());
                cell = row.createCell(k.col());
                if (inherited != null) {
                    cell.setCellStyle(inherited);
                }
            }
            return cell;
        }

        private void comment(Key k, List<Finding> findings) {
            Cell cell = cellAt(k);
            Set<String> entries = new LinkedHashSet<>();
            for (Finding f : findings) {
                entries.add(commentEntry(f));
            }
            String ours = AUTHOR + ":\n" + String.join("\n\n", entries);
            CreationHelper helper = wb.getCreationHelper();
            Comment existing = cell.getCellComment();
            if (existing != null) {
                // the school's own note stays; ours follows it
                String before = existing.getString() == null ? "" : existing.getString().getString();
                existing.setString(helper.createRichTextString(cut(before.strip() + "\n\n" + ours)));
                return;
            }
            Drawing<?> drawing = drawings.computeIfAbsent(k.sheet(), Sheet::createDrawingPatriarch);
            ClientAnchor anchor = helper.createClientAnchor();
            int lines = 1;
            for (String line : ours.split("\n")) {
                lines += 1 + line.length() / 45;
            }
            int lastCol = version.getLastColumnIndex();
            int lastRow = version.getLastRowIndex();
            int col1 = Math.min(k.col() + 1, lastCol - 5);
            int row1 = Math.min(k.row(), lastRow - 20);
            anchor.setCol1(col1);
            anchor.setCol2(col1 + 5);
            anchor.setRow1(row1);
            anchor.setRow2(row1 + Math.max(4, Math.min(20, lines)));
            Comment c = drawing.createCellComment(anchor);
            c.setAuthor(AUTHOR);
            c.setString(helper.createRichTextString(cut(ours)));
            cell.setCellComment(c);
        }
    }

    /** A cell of one sheet, as a map key. */
    private record Key(Sheet sheet, int row, int col) {
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

    private static String cut(String s) {
        return s.length() <= MAX_COMMENT ? s : s.substring(0, MAX_COMMENT - 1) + "…";
    }

    /** {@code 'Phụ lục II'!} with quotes doubled: safe for any sheet name Excel allows. */
    static String quoted(Sheet sheet) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!";
    }

    private static String address(Sheet sheet, int[] rc) {
        return quoted(sheet) + new CellReference(rc[0], rc[1]).formatAsString(false);
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') {
            t = t.substring(1, t.length() - 1).replace("''", "'");
        }
        return t;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    // ---- the "Góp ý" sheet ---------------------------------------------------------------------

    private static void addFeedbackSheet(Workbook wb, Styles st, List<Finding> findings, Map<Finding, String> links,
                                         String name) {
        Sheet sh = wb.createSheet(freeName(wb));
        boolean xls = wb instanceof HSSFWorkbook;
        if (!xls) {
            // HSSF's setSheetOrder garbles 3-D references, sheet-level names and print areas of the
            // school's sheets (POI 5.5.1), so an .xls keeps "Góp ý" last; it still opens on it
            wb.setSheetOrder(sh.getSheetName(), 0);
        }
        int index = wb.getSheetIndex(sh);
        wb.setActiveSheet(index);
        wb.setFirstVisibleTab(0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            // only ours selected: several selected tabs would put Excel in group-edit mode
            wb.getSheetAt(i).setSelected(i == index);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sh.setColumnWidth(c, WIDTHS[c] * 256);
        }
        PrintLayout.a4(sh, true, HEADER_ROW, HEADER_ROW);

        Cells.text(sh.createRow(0), 0, "Góp ý cho tệp «" + name + "»", st.title);
        if (findings.isEmpty()) {
            Cells.text(sh.createRow(1), 0, "Không phát hiện sai sót nào trong tệp; đơn vị không cần sửa gì.",
                    st.plain);
            return;
        }
        Cells.text(sh.createRow(1), 0, countLine(findings), st.bold);
        Cells.text(sh.createRow(2), 0, "Các ô có góp ý được tô màu (đỏ nhạt: lỗi, vàng nhạt: cảnh báo, xanh nhạt: "
                + "thông tin) và có ghi chú. Bấm vào địa chỉ ở cột «Ô» để đến ô đó. Đề nghị đơn vị sửa trong tệp "
                + "của mình rồi gửi lại.", st.plain);

        Row header = sh.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cells.text(header, c, COLUMNS[c], st.header);
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = HEADER_ROW + 1;
        for (Finding f : findings) {
            Row row = sh.createRow(r);
            Cells.number(row, 0, r - HEADER_ROW, st.center);
            Severity sev = f.severity();
            Cells.text(row, 1, sev == null ? "" : sev.vietnamese(), sev == null ? st.text : st.severity.get(sev));
            Cells.text(row, 2, f.sheet(), st.text);
            String link = links.get(f);
            Cell at = Cells.text(row, 3, f.cell(), link == null ? st.text : st.link);
            if (link != null) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(link);
                at.setHyperlink(h);
            }
            Cells.text(row, 4, f.message(), st.text);
            Cells.text(row, 5, f.raw(), st.text);
            Cells.text(row, 6, f.rule(), st.text);
            PrintLayout.fitHeight(row);
            r++;
        }
        sh.createFreezePane(0, HEADER_ROW + 1);
        if (!xls) {
            // HSSF may bind the filter's hidden name to another sheet's reference (POI 5.5.1)
            sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.length - 1));
        }
    }

    /** "Phát hiện 3 lỗi, 2 cảnh báo." with the information count when there is any. */
    static String countLine(List<Finding> findings) {
        Map<Severity, Integer> n = new EnumMap<>(Severity.class);
        for (Finding f : findings) {
            if (f.severity() != null) {
                n.merge(f.severity(), 1, Integer::sum);
            }
        }
        String line = "Phát hiện " + n.getOrDefault(Severity.ERROR, 0) + " lỗi, "
                + n.getOrDefault(Severity.WARNING, 0) + " cảnh báo";
        if (n.containsKey(Severity.INFO)) {
            line += ", " + n.get(Severity.INFO) + " thông tin";
        }
        return line + ".";
    }

    /** {@value #SHEET}, or "Góp ý (2)"… when the school sent back an earlier feedback workbook. */
    private static String freeName(Workbook wb) {
        String name = SHEET;
        for (int i = 2; wb.getSheetIndex(name) >= 0; i++) {
            name = SHEET + " (" + i + ")";
        }
        return name;
    }

    // ---- styles --------------------------------------------------------------------------------

    /** The {@value #SHEET} sheet's styles, for .xlsx and .xls alike (ReportStyles is .xlsx only). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle center;
        final CellStyle link;
        final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

        Styles(Workbook wb) {
            Font titleFont = font(wb, true, (short) 14);
            Font boldFont = font(wb, true, (short) 11);
            Font linkFont = font(wb, false, (short) 11);
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());

            title = wb.createCellStyle();
            title.setFont(titleFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            plain = wb.createCellStyle();
            plain.setFont(font(wb, false, (short) 11));
            header = bordered(wb);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            setFill(wb, header, HEADER_COLOUR);
            text = bordered(wb);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            link = bordered(wb);
            link.setFont(linkFont);
            for (Severity s : Severity.values()) {
                CellStyle cs = bordered(wb);
                setFill(wb, cs, COLOURS.get(s));
                severity.put(s, cs);
            }
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static Font font(Workbook wb, boolean bold, short points) {
            Font f = wb.createFont();
            f.setBold(bold);
            f.setFontHeightInPoints(points);
            return f;
        }
    }

    /**
     * A solid fill. An .xls has no true colours, only its palette: the nearest colour of the file's
     * own palette is used, leaving the palette (which the school's cells use) as it is.
     */
    static void setFill(Workbook wb, CellStyle style, byte[] rgb) {
        if (style instanceof XSSFCellStyle x) {
            x.setFillForegroundColor(new XSSFColor(rgb, null));
        } else if (wb instanceof HSSFWorkbook h) {
            HSSFColor c = h.getCustomPalette().findSimilarColor(rgb[0], rgb[1], rgb[2]);
            style.setFillForegroundColor(c == null ? IndexedColors.LIGHT_YELLOW.getIndex() : c.getIndex());
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
