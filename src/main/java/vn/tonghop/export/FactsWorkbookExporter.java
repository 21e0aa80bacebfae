package vn.tonghop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.StreamedWorkbooks;
import vn.tonghop.store.FactStore;
import vn.tonghop.text.VietnameseNumbers;

/**
 * {@code facts.xlsx}, the twin of {@code facts.csv} for people who double-click: a Vietnamese Excel
 * splits CSV on {@code ;} and turns a rank like {@code 11/20} into a date, so the same lines and columns
 * are written as typed cells. A plain value is a number cell; a rank, a word, a value with its
 * comparator ({@code <0,2}, text with the decimal comma) and every code are text, so nothing is
 * reinterpreted. Header row frozen, autofilter, short columns sized to their content. Streamed
 * (SXSSF; the texts rows repeat shared, the others inline), its rows written as XML
 * ({@link StreamedWorkbooks#rows}: the XML SXSSF writes, without a row and cell object per cell, which were
 * most of its time): at 10,000 schools it
 * holds 1.8 million lines, more than a sheet's 1,048,576 rows, so it continues on further sheets, each
 * with its header.
 *
 * <p>Printed, it is a list a person reads: landscape A4, every column on the page's width, the header
 * on every page. Sized to their content the columns were some 480 characters wide (a plan's task typed
 * as a value, a 64-digit hash), printed at a quarter of their size on 400 portrait pages; so the long
 * text columns have fixed widths and wrap, each row as tall as its lines (computed as a row is written,
 * since a streamed row is gone before the sheet ends), and the hash shows its first digits, as the
 * run summary and {@code accept} name a file, the whole of it in the cell.
 */
@Component
public class FactsWorkbookExporter {

    private static final Logger log = LoggerFactory.getLogger(FactsWorkbookExporter.class);

    /** The sheet's name; the next ones are "Số liệu (2)", "Số liệu (3)"… */
    static final String SHEET = "Số liệu";
    /** Data rows per sheet: Excel's row limit less the header. */
    static final int MAX_ROWS_PER_SHEET = 1_048_575;
    private static final int VALUE_COL = 5;
    private static final Set<String> NUMERIC_KINDS = Set.of("NUMBER", "PERCENT", "COUNT", "MONEY", "LEVEL");
    private static final int MIN_WIDTH = 8;
    /** A short column sized to its content stays within this. */
    private static final int MAX_WIDTH = 22;
    /**
     * Fixed widths (in widths of '0') of the columns that may hold long text, in the order of
     * {@link FactsCsvExporter#FACT_COLUMNS}; 0: sized to content. Together about 250 characters, so the
     * sheet prints at about 55 % on landscape A4, like the summary's level sheets.
     */
    private static final int[] FIXED = {0, 0, 28, 0, 16, 14, 0, 18, 0, 16, 28, 24, 12, 0};
    /**
     * The columns whose texts rows repeat, written once in the workbook's shared strings
     * ({@link StreamedWorkbooks.RowXml#shared}): all but the raw text and the value. A unit's code, file and hash
     * repeat on each of its some 190 lines, an indicator's name and a cell on every unit's; shared, a row is 40 %
     * fewer bytes to write and compress.
     */
    private static final boolean[] SHARED = {true, true, true, true, false, false, true, true, true, true, true, true,
        true, true};
    /** The hash's column shows its start: it is not wrapped. */
    private static final int SHA_COL = 12;
    private static final float LINE_POINTS = 15f;

    private final FactStore facts;
    private final RowNames names;
    private final OutputFiles files;
    private final int rowsPerSheet;

    @Autowired
    public FactsWorkbookExporter(FactStore facts, RowNames names, OutputFiles files) {
        this(facts, names, files, MAX_ROWS_PER_SHEET);
    }

    /** With a smaller sheet, to show the continuation without a million lines. */
    public FactsWorkbookExporter(FactStore facts, RowNames names, OutputFiles files, int rowsPerSheet) {
        this.facts = facts;
        this.names = names;
        this.files = files;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** Writes the workbook (temporary name, then moved into place); returns the line count. */
    public long write(long runId, Path target) {
        return write(sink -> FactsCsvExporter.eachFact(facts, names, runId, sink), target);
    }

    /** Writes the lines {@code source} gives, in its order. */
    long write(Consumer<Consumer<FactRow>> source, Path target) {
        // inline strings: XSSF's shared-strings table dominates the time of big sheets
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        SXSSFWorkbook wb = StreamedWorkbooks.of(null, 500, false);
        try {
            Sheets sheets = new Sheets(wb);
            source.accept(sheets::add);
            sheets.finish();
            files.write(target, wb::write);
            // the thread's CPU time beside the wall time: on a shared machine only the first says what it cost
            long cpu = cpuNanos() - cpu0;
            log.info("Wrote {} facts on {} sheet(s) to {} in {} ms, {} ms of CPU ({} µs a fact)",
                    sheets.total, wb.getNumberOfSheets(), target.getFileName(), (System.nanoTime() - t0) / 1_000_000,
                    cpu / 1_000_000, sheets.total == 0 ? 0 : String.format(java.util.Locale.ROOT, "%.1f",
                            cpu / 1000.0 / sheets.total));
            return sheets.total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            wb.dispose(); // the streamed sheets' temporary files
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** This thread's CPU time so far, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }

    /** The sheets being filled: a new one (with its header) whenever one is full. */
    private final class Sheets {
        private final SXSSFWorkbook wb;
        private final int header;
        private final int wrapped;
        private final int top;
        private SXSSFSheet sheet;
        private StreamedWorkbooks.RowXml xml;
        private int[] widths;
        private int rows;
        private long total;
        /** By column: a text's lines depend on its column's width. */
        private final LineCounts[] lineCounts = new LineCounts[FIXED.length];

        Sheets(SXSSFWorkbook wb) throws IOException {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle h = wb.createCellStyle();
            h.setFont(bold);
            h.setVerticalAlignment(VerticalAlignment.TOP);
            header = h.getIndex();
            CellStyle w = wb.createCellStyle();
            w.setWrapText(true);
            w.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = w.getIndex();
            CellStyle t = wb.createCellStyle();
            t.setVerticalAlignment(VerticalAlignment.TOP);
            top = t.getIndex();
            for (int col = 0; col < FIXED.length; col++) {
                lineCounts[col] = new LineCounts(FIXED[col]);
            }
            next();
        }

        void add(FactRow f) {
            try {
                if (rows == rowsPerSheet) {
                    finish();
                    next();
                }
                String[] v = {f.unitCode(), f.indicatorCode(), f.indicatorName(), f.measure(), f.raw(), f.value(),
                    f.comparator(), f.cell(), f.kind(), f.flags(), f.rowName(), f.file(), f.sha256(), f.document()};
                // the row's height first: the cells follow its start tag
                BigDecimal n = number(f);
                if (n == null) {
                    v[VALUE_COL] = shown(f, v[VALUE_COL] == null ? "" : v[VALUE_COL]);
                }
                int lines = 1;
                for (int col = 0; col < v.length; col++) {
                    String s = v[col] == null ? "" : v[col];
                    v[col] = s;
                    if (!s.isEmpty() && FIXED[col] > 0 && col != SHA_COL && !(col == VALUE_COL && n != null)) {
                        lines = Math.max(lines, lineCounts[col].lines(s));
                    }
                }
                xml.row(++rows, lines > 1 ? Math.min(409, lines * LINE_POINTS) : 0);
                for (int col = 0; col < v.length; col++) {
                    String s = v[col];
                    if (col == VALUE_COL && n != null) {
                        xml.number(col, top, n.doubleValue());
                    } else if (!s.isEmpty()) {
                        // always a text cell, never a formula or a date
                        int style = FIXED[col] > 0 && col != SHA_COL ? wrapped : top;
                        if (SHARED[col]) {
                            xml.shared(col, style, s);
                        } else {
                            xml.text(col, style, s);
                        }
                    }
                    note(col, s.length());
                }
                xml.end();
                total++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void next() throws IOException {
            int n = wb.getNumberOfSheets();
            sheet = wb.createSheet(n == 0 ? SHEET : SHEET + " (" + (n + 1) + ")");
            xml = StreamedWorkbooks.rows(sheet);
            widths = new int[FactsCsvExporter.FACT_COLUMNS.length];
            rows = 0;
            xml.row(0, 0);
            for (int col = 0; col < widths.length; col++) {
                String name = FactsCsvExporter.FACT_COLUMNS[col];
                xml.text(col, header, name);
                note(col, name.length() + 2); // room for the filter's button
            }
            xml.end();
            sheet.createFreezePane(0, 1);
            for (int col = 0; col < widths.length; col++) {
                if (FIXED[col] > 0) {
                    sheet.setColumnWidth(col, FIXED[col] * 256);
                }
            }
            PrintLayout.a4(sheet, true, 0, 0);
        }

        /** Column widths and the filter, once the sheet's rows are known. */
        void finish() {
            for (int col = 0; col < widths.length; col++) {
                if (FIXED[col] == 0) {
                    sheet.setColumnWidth(col, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[col] + 2)) * 256);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, widths.length - 1));
        }

        private void note(int col, int length) {
            widths[col] = Math.max(widths[col], length);
        }
    }

    /**
     * The lines of the texts in a wrapped column of {@code widthChars}, a long one measured once: the texts rows
     * repeat (an indicator's name, a row's name, a file's name, a rank's or a level's words), measured at every row,
     * were a fifth of the workbook's time. Bounded, as {@code SharedTexts} is: past {@link #MAX} long texts, the
     * others are measured each time.
     */
    static final class LineCounts {
        static final int MAX = 20_000;
        private final int widthChars;
        private final Map<String, Integer> known = new HashMap<>();

        LineCounts(int widthChars) {
            this.widthChars = widthChars;
        }

        int lines(String text) {
            if (oneLine(text, widthChars)) {
                return 1; // no need to look it up
            }
            Integer n = known.get(text);
            if (n == null) {
                n = PrintLayout.lines(text, widthChars); // as LibreOffice lays it
                if (known.size() < MAX) {
                    known.put(text, n);
                }
            }
            return n;
        }
    }

    /** Whether even the text's widest letters fit on one line of the column (most cells, counted without measuring). */
    private static boolean oneLine(String text, int widthChars) {
        return text.length() * 1.6 <= widthChars - 0.5 && text.indexOf('\n') < 0;
    }

    /** The number of a plain numeric value (no comparator), or null: then the value is text. */
    static BigDecimal number(FactRow f) {
        if (f.kind() == null || !NUMERIC_KINDS.contains(f.kind()) || !f.comparator().isEmpty() || f.value().isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(f.value());
        } catch (NumberFormatException wordOrRank) {
            return null;
        }
    }

    /** A value written as text: a number after its comparator with the decimal comma, else as stored. */
    static String shown(FactRow f, String value) {
        if (f.kind() == null || !NUMERIC_KINDS.contains(f.kind()) || f.comparator().isEmpty()
                || !value.startsWith(f.comparator())) {
            return value;
        }
        try {
            return VietnameseNumbers.of(f.comparator(), new BigDecimal(value.substring(f.comparator().length())));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
