package vn.tonghop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Indicator;
import vn.tonghop.reference.IndicatorCatalogue;

/**
 * Writes a run's facts and file outcomes as CSV, UTF-8 with a BOM so Excel shows Vietnamese right.
 * Streams from the database: a run of 10,000 workbooks never sits in memory.
 */
@Component
public class FactsCsvExporter {

    static final String[] FACT_COLUMNS = {"unit_code", "indicator_code", "indicator_name", "measure", "raw", "value",
        "comparator", "cell", "kind", "flags", "row_name", "file", "sha256"};
    static final String[] FILE_COLUMNS = {"file", "outcome", "unit_code", "reason", "sheets", "period", "facts",
        "sha256", "size_bytes"};

    private final JdbcTemplate jdbc;
    private final IndicatorCatalogue catalogue;

    public FactsCsvExporter(JdbcTemplate jdbc, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** {@code facts.csv}: one line per fact, sorted by unit, file, then sheet order. Returns the line count. */
    public long writeFacts(long jobExecutionId, Path target) {
        long[] count = {0};
        try (CSVPrinter csv = open(target, FACT_COLUMNS)) {
            jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        SELECT f.unit_code, f.indicator_code, f.row_name, f.measure, f.raw, f.value_text, f.comparator,
                               f.cell, f.kind, f.flags, s.file_name, s.sha256
                        FROM fact f JOIN submission s ON s.id = f.submission_id
                        WHERE s.job_execution_id = ?
                        ORDER BY f.unit_code, s.file_name, f.id""");
                ps.setLong(1, jobExecutionId);
                ps.setFetchSize(1000);
                return ps;
            }, rs -> {
                try {
                    String code = rs.getString(2);
                    Indicator indicator = code == null ? null : catalogue.find(code);
                    String rowName = CsvSafe.text(rs.getString(3));
                    csv.printRecord(rs.getString(1), nullToEmpty(code), indicator == null ? rowName : indicator.name(),
                            rs.getString(4), CsvSafe.text(rs.getString(5)), CsvSafe.text(rs.getString(6)),
                            nullToEmpty(rs.getString(7)), CsvSafe.text(rs.getString(8)), rs.getString(9),
                            rs.getString(10), rowName, CsvSafe.text(rs.getString(11)), rs.getString(12));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return count[0];
    }

    /** {@code files.csv}: every file the run looked at, with its outcome and reason. */
    public long writeFiles(long jobExecutionId, Path target) {
        long[] count = {0};
        try (CSVPrinter csv = open(target, FILE_COLUMNS)) {
            jdbc.query("""
                    SELECT s.file_name, s.outcome, s.unit_code, s.reason, s.sheets, s.period,
                           (SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id), s.sha256, s.size_bytes
                    FROM submission s WHERE s.job_execution_id = ? ORDER BY s.file_name""", rs -> {
                try {
                    csv.printRecord(CsvSafe.text(rs.getString(1)), rs.getString(2), nullToEmpty(rs.getString(3)),
                            nullToEmpty(rs.getString(4)), CsvSafe.text(nullToEmpty(rs.getString(5))),
                            nullToEmpty(rs.getString(6)), rs.getLong(7), nullToEmpty(rs.getString(8)), rs.getLong(9));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, jobExecutionId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return count[0];
    }

    private static CSVPrinter open(Path target, String[] header) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
