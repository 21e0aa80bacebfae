package vn.tonghop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.store.FactStore;
import vn.tonghop.text.VietnameseNumbers;

/**
 * {@code facts.xlsx}, the twin of {@code facts.csv} for people who double-click: a Vietnamese Excel
 * splits CSV on {@code ;} and turns a rank like {@code 11/20} into a date, so the same lines and columns
 * are written as typed cells. A plain value is a number cell; a rank, a word, a value with its
 * comparator ({@code <0,2}, text with the decimal comma) and every code are text, so nothing is
 * reinterpreted. Header row frozen, autofilter, columns sized to their content. Streamed (SXSSF,
 * inline strings): at 10,000 schools it holds 1.8 million lines, more than a sheet's 1,048,576 rows,
 * so it continues on further sheets, each with its header.
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
    private static final int MAX_WIDTH = 60;

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
        // inline strings: XSSF's shared-strings table dominates the time of big sheets
        long t0 = System.nanoTime();
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, false);
        try {
            Sheets sheets = new Sheets(wb);
            FactsCsvExporter.eachFact(facts, names, runId, sheets::add);
            sheets.finish();
            files.write(target, wb::write);
            log.info("Wrote {} facts on {} sheet(s) to {} in {} ms", sheets.total, wb.getNumberOfSheets(),
                    target.getFileName(), (System.nanoTime() - t0) / 1_000_000);
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

    /** The sheets being filled: a new one (with its header) whenever one is full. */
    private final class Sheets {
        private final SXSSFWorkbook wb;
        private final CellStyle header;
        private SXSSFSheet sheet;
        private int[] widths;
        private int rows;
        private long total;

        Sheets(SXSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            next();
        }

        void add(FactRow f) {
            if (rows == rowsPerSheet) {
                finish();
                next();
            }
            Row row = sheet.createRow(++rows);
            String[] v = {f.unitCode(), f.indicatorCode(), f.indicatorName(), f.measure(), f.raw(), f.value(),
                f.comparator(), f.cell(), f.kind(), f.flags(), f.rowName(), f.file(), f.sha256(), f.document()};
            for (int col = 0; col < v.length; col++) {
                String s = v[col] == null ? "" : v[col];
                if (col == VALUE_COL) {
                    BigDecimal n = number(f);
                    if (n != null) {
                        row.createCell(col).setCellValue(n.doubleValue());
                        note(col, s.length());
                        continue;
                    }
                    s = shown(f, s);
                }
                if (!s.isEmpty()) {
                    row.createCell(col).setCellValue(s); // always a text cell, never a formula or a date
                }
                note(col, s.length());
            }
            total++;
        }

        private void next() {
            int n = wb.getNumberOfSheets();
            sheet = wb.createSheet(n == 0 ? SHEET : SHEET + " (" + (n + 1) + ")");
            widths = new int[FactsCsvExporter.FACT_COLUMNS.length];
            rows = 0;
            Row row = sheet.createRow(0);
            for (int col = 0; col < widths.length; col++) {
                String name = FactsCsvExporter.FACT_COLUMNS[col];
                row.createCell(col).setCellValue(name);
                row.getCell(col).setCellStyle(header);
                note(col, name.length() + 2); // room for the filter's button
            }
            sheet.createFreezePane(0, 1);
        }

        /** Column widths and the filter, once the sheet's rows are known. */
        void finish() {
            for (int col = 0; col < widths.length; col++) {
                sheet.setColumnWidth(col, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[col] + 2)) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, widths.length - 1));
        }

        private void note(int col, int length) {
            widths[col] = Math.max(widths[col], length);
        }
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
