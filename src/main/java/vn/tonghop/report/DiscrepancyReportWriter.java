package vn.tonghop.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.CsvFields;
import vn.tonghop.output.CsvSafe;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.output.Utf8Writer;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * Writes the run's findings as {@code discrepancies.xlsx} (Vietnamese headers, for clerks and office
 * staff) and {@code discrepancies.csv} (English header, UTF-8 with BOM, CRLF, for tools), both sorted
 * so a clerk finds their school: by unit code, file, sheet, cell (column by column, rows in number
 * order: B2, B10, AA1), rule. The workbook is streamed ({@link SXSSFWorkbook}: a window of rows in
 * memory, inline strings): a night's list runs to tens of thousands of lines, and the user model's
 * shared-strings table made it the slowest sheet of the run; a short list comes out the same.
 */
public final class DiscrepancyReportWriter {

    /** Rows the streamed sheet keeps in memory. */
    private static final int WINDOW = 200;

    static final String SHEET = "Sai lệch";
    static final String[] CSV_COLUMNS = {"file", "unit_code", "unit_name", "district", "sheet", "cell", "rule",
        "severity", "message", "raw"};
    static final String[] XLSX_COLUMNS = {"Tệp", "Mã đơn vị", "Tên đơn vị", "Quận/huyện", "Trang tính", "Ô",
        "Quy tắc", "Mức độ", "Nội dung", "Giá trị đã nhập"};
    private static final int MESSAGE_COL = 8;
    private static final int MESSAGE_WIDTH = 60;
    /**
     * Widest each column may grow (characters), the longer ones wrapping: file, code, name, district,
     * sheet, cell, rule, severity, message, value typed. Sized to what they hold, the file's, the
     * district's and the value's columns made the sheet about 290 characters wide, printed at 40 % on
     * landscape A4; bounded, about 215, at 55 % (PrintedOutputsTest).
     */
    private static final int[] MAX_WIDTHS = {24, 12, 22, 22, 14, 9, 24, 10, MESSAGE_WIDTH, 22};

    /** Unit code, file, sheet, cell by column then row number, rule; then the rest, for a stable order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::unitCode)
            .thenComparing(Finding::file)
            .thenComparing(Finding::sheet)
            .thenComparing(Finding::cell, DiscrepancyReportWriter::compareCells)
            .thenComparing(Finding::rule, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::severity, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::raw);

    /**
     * Findings one sheet holds: Excel's 1,048,576 rows less the header and the line saying the rest are in the
     * CSV (a national night has about 11 per school: past 95,000 schools the list would not fit, and the
     * streamed sheet refuses a row beyond them).
     */
    static final int MAX_LINES = SpreadsheetVersion.EXCEL2007.getMaxRows() - 2;

    private final OutputFiles files;
    private final int maxLines;

    /** Written with the default output permissions. */
    public DiscrepancyReportWriter() {
        this(OutputFiles.DEFAULT);
    }

    public DiscrepancyReportWriter(OutputFiles files) {
        this(files, MAX_LINES);
    }

    /** At most {@code maxLines} findings in a workbook (a test's few). */
    DiscrepancyReportWriter(OutputFiles files, int maxLines) {
        this.files = files;
        this.maxLines = maxLines;
    }

    /** Without the registry: the unit's name and district columns stay empty. */
    public void write(List<Finding> findings, Path xlsx, Path csv) throws IOException {
        write(findings, code -> null, xlsx, csv);
    }

    /**
     * @param units the registry's unit of a code, or null: gives each line the school's name and its
     *              district (the parent node's name), so a district office can filter its own schools
     */
    public void write(List<Finding> findings, Function<String, Unit> units, Path xlsx, Path csv) throws IOException {
        writeInOrder(Findings.of(sorted(findings)), units, xlsx, csv);
    }

    /**
     * {@link #write(List, Function, Path, Path)} from findings given already in {@link #ORDER} (the store's, unit
     * by unit), asked for once: the CSV and the workbook's widths and count are made from them as they come,
     * the workbook's rows from a {@link FindingSpool} of them.
     */
    public void writeInOrder(Findings sorted, Function<String, Unit> units, Path xlsx, Path csv) throws IOException {
        Places places = new Places(units);
        try (FindingSpool again = new FindingSpool()) {
            Measured sheet = writeCsv(each -> sorted.forEach(f -> {
                again.add(f);
                each.accept(f);
            }), places, csv);
            writeXlsx(again, sheet, places, xlsx);
        }
    }

    /** Only the workbook: a district's own list, to forward (the run's CSV lists every line already). */
    public void writeXlsx(List<Finding> findings, Function<String, Unit> units, Path xlsx) throws IOException {
        Findings inOrder = Findings.of(sorted(findings));
        Places places = new Places(units);
        Measured sheet = new Measured(maxLines);
        inOrder.forEach(f -> sheet.add(values(f, places)));
        writeXlsx(inOrder, sheet, places, xlsx);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return sorted;
    }

    /** What the workbook needs before its rows: the findings' count and its columns' widths over the lines it holds. */
    private static final class Measured {
        final int maxLines;
        final Cells.Widths widths = new Cells.Widths(XLSX_COLUMNS.length, 8, 40);
        int count;

        Measured(int maxLines) {
            this.maxLines = maxLines;
            for (int col = 0; col < XLSX_COLUMNS.length; col++) {
                widths.header(col, XLSX_COLUMNS[col]);
            }
        }

        void add(String[] v) {
            if (count++ >= maxLines) {
                return; // beyond the sheet: in the CSV only
            }
            for (int col = 0; col < v.length; col++) {
                if (col != MESSAGE_COL) {
                    widths.text(col, v[col]);
                }
            }
        }
    }

    /** A unit's name and its parent's, looked up once per unit code. */
    private static final class Places {
        private final Function<String, Unit> units;
        private final Map<String, String[]> byCode = new HashMap<>();

        Places(Function<String, Unit> units) {
            this.units = units;
        }

        /** {name, district}; both empty for an unknown unit, the district empty at the root. */
        String[] of(String unitCode) {
            return byCode.computeIfAbsent(unitCode, code -> {
                Unit unit = code.isEmpty() ? null : units.apply(code);
                if (unit == null) {
                    return new String[] {"", ""};
                }
                Unit parent = unit.isRoot() || unit.parentCode() == null ? null : units.apply(unit.parentCode());
                return new String[] {unit.name(), parent == null ? "" : parent.name()};
            });
        }
    }

    // ---- CSV -------------------------------------------------------------------------------------

    /**
     * Writes the CSV and measures the workbook's sheet on the way; its lines as commons-csv's default format
     * writes them ({@link CsvFields}), through a buffer that encodes them ({@link Utf8Writer}).
     */
    private Measured writeCsv(Findings sorted, Places places, Path target) throws IOException {
        Measured sheet = new Measured(maxLines);
        files.write(target, stream -> {
            try (Writer out = new Utf8Writer(stream)) {
                out.write('\uFEFF');
                CsvFields.line(out, CSV_COLUMNS);
                sorted.forEach(f -> {
                    String[] place = places.of(f.unitCode());
                    try {
                        CsvFields.line(out, CsvSafe.text(f.file()), CsvSafe.text(f.unitCode()), CsvSafe.text(place[0]),
                                CsvSafe.text(place[1]), CsvSafe.text(f.sheet()),
                                CsvSafe.text(f.cell()), CsvSafe.text(f.rule()),
                                f.severity() == null ? "" : f.severity().name(), CsvSafe.text(f.message()),
                                CsvSafe.text(f.raw()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    sheet.add(values(f, places));
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return sheet;
    }

    // ---- xlsx ------------------------------------------------------------------------------------

    private void writeXlsx(Findings sorted, Measured measured, Places places, Path target) throws IOException {
        SXSSFWorkbook wb = StreamedWorkbooks.of(null, WINDOW, false);
        try {
            fill(wb, sorted, measured, places);
            files.write(target, wb::write);
        } finally {
            wb.dispose(); // the temporary sheet files
            wb.close();
        }
    }

    /**
     * The findings past {@code measured.maxLines}, when there are, are counted on a last line. The rows are written
     * as XML ({@link StreamedWorkbooks#rows}), each as high as its longest wrapped text: a night's list and each
     * district's run to tens of thousands of rows, and POI's row and cell objects were most of their time.
     */
    private static void fill(SXSSFWorkbook wb, Findings sorted, Measured measured, Places places) throws IOException {
        ReportStyles st = new ReportStyles(wb);
        SXSSFSheet sh = wb.createSheet(SHEET);
        // widths first (measured beforehand): a streamed sheet cannot look back at its rows
        int[] widths = measured.widths.apply(sh);
        for (int col = 0; col < widths.length; col++) {
            sh.setColumnWidth(col, Math.min(widths[col], MAX_WIDTHS[col]) * 256);
        }
        sh.setColumnWidth(MESSAGE_COL, MESSAGE_WIDTH * 256);
        sh.createFreezePane(0, 1);
        PrintLayout.a4(sh, true, 0, 0);
        int lines = Math.min(measured.count, measured.maxLines);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(1, lines), 0, XLSX_COLUMNS.length - 1));

        StreamedWorkbooks.RowXml xml = StreamedWorkbooks.rows(sh);
        xml.row(0, 0);
        for (int col = 0; col < XLSX_COLUMNS.length; col++) {
            xml.text(col, st.get(Kind.HEADER).getIndex(), XLSX_COLUMNS[col]);
        }
        xml.end();
        int[] r = {1};
        float normal = sh.getDefaultRowHeightInPoints();
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh); // the widths are set
        CellStyle[] styles = new CellStyle[XLSX_COLUMNS.length];
        String[] shown = new String[XLSX_COLUMNS.length];
        try {
            sorted.forEach(f -> {
                if (r[0] > lines) {
                    return; // beyond the sheet: in the CSV only
                }
                Fill fill = f.severity() == Severity.ERROR ? Fill.ERROR
                        : f.severity() == Severity.WARNING ? Fill.WARNING : Fill.NONE;
                CellStyle text = st.get(Kind.TEXT, fill);
                CellStyle wrap = st.get(Kind.WRAP, fill);
                String[] v = values(f, places);
                // the row's height first, its cells after its start tag: LibreOffice would print long messages
                // over the next ones
                float height = 0;
                for (int col = 0; col < v.length; col++) {
                    // the code, the cell and the severity are short; everything else may wrap in its bounded column
                    styles[col] = col == 1 || col == 5 || col == 7 ? text : wrap;
                    shown[col] = Cells.capped(v[col]);
                    height = Math.max(height, fitter.height(col, styles[col], shown[col]));
                }
                try {
                    xml.row(r[0]++, height > normal ? Math.min(409, height) : 0); // Excel's highest row
                    for (int col = 0; col < v.length; col++) {
                        xml.text(col, styles[col].getIndex(), shown[col]);
                    }
                    xml.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int left = measured.count - lines;
        if (left > 0) {
            xml.row(r[0], 0);
            xml.text(0, st.get(Kind.TEXT, Fill.NONE).getIndex(), "Còn " + left + " dòng nữa không vừa một trang tính "
                    + "Excel: xem đủ trong tệp discrepancies.csv của lượt chạy.");
            xml.end();
        }
    }

    /** A finding's cells in the workbook's column order; everything as text. */
    private static String[] values(Finding f, Places places) {
        String[] place = places.of(f.unitCode());
        return new String[] {f.file(), f.unitCode(), place[0], place[1], f.sheet(), f.cell(), f.rule(),
            f.severity() == null ? "" : f.severity().vietnamese(), f.message() == null ? "" : f.message(), f.raw()};
    }

    // ---- cell order ------------------------------------------------------------------------------

    /**
     * Cells in column then row order, rows compared as numbers: B2 &lt; B10 &lt; AA1. A reference may
     * carry its sheet ({@code 'Phụ lục II'!D9}); it is dropped here, the sheet is compared before.
     * No cell (a finding about the whole file) comes first; what is no cell reference comes last.
     */
    static int compareCells(String a, String b) {
        int[] pa = position(a);
        int[] pb = position(b);
        int ka = a == null || a.isBlank() ? 0 : pa == null ? 2 : 1;
        int kb = b == null || b.isBlank() ? 0 : pb == null ? 2 : 1;
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (ka == 1) {
            int c = Integer.compare(pa[0], pb[0]);
            return c != 0 ? c : Integer.compare(pa[1], pb[1]);
        }
        return ka == 0 ? 0 : a.compareTo(b);
    }

    /** {column, row}, both 0-based, or null. */
    static int[] position(String ref) {
        if (ref == null) {
            return null;
        }
        String s = ref.strip();
        int colon = s.indexOf(':', s.lastIndexOf('!') + 1);
        if (colon > 0) {
            s = s.substring(0, colon); // a range: its first cell
        }
        return CellLocation.parse(s).map(c -> new int[] {c.column(), c.row()}).orElse(null);
    }
}
