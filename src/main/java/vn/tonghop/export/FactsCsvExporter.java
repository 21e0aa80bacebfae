package vn.tonghop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Indicator;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.store.VersionStore;

/**
 * Writes a run's facts and file outcomes as CSV, UTF-8 with a BOM so Excel shows Vietnamese right.
 * Streams from the database: a run of 10,000 workbooks never sits in memory.
 */
@Component
public class FactsCsvExporter {

    static final String[] FACT_COLUMNS = {"unit_code", "indicator_code", "indicator_name", "measure", "raw", "value",
        "comparator", "cell", "kind", "flags", "row_name", "file", "sha256"};
    static final String[] FILE_COLUMNS = {"file", "outcome", "unit_code", "reason", "sheets", "period", "facts",
        "sha256", "size_bytes", "version", "used", "sender"};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final IndicatorCatalogue catalogue;
    private final OutputFiles files;

    public FactsCsvExporter(JdbcTemplate jdbc, IndicatorCatalogue catalogue, OutputFiles files) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.files = files;
    }

    /**
     * {@code facts.csv}: the facts a run's outputs are made of (every unit's current version, and files
     * of this run that were read without a known unit), sorted by unit, file, then sheet order. Returns
     * the line count.
     */
    public long writeFacts(long runId, Path target) {
        long[] count = {0};
        try {
            files.write(target, out -> writeFacts(runId, out, count));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return count[0];
    }

    private void writeFacts(long runId, OutputStream out, long[] count) throws IOException {
        try (CSVPrinter csv = printer(out, FACT_COLUMNS)) {
            eachFact(jdbc, catalogue, runId, f -> {
                try {
                    csv.printRecord(f.unitCode(), f.indicatorCode(), CsvSafe.text(f.indicatorName()), f.measure(),
                            CsvSafe.text(f.raw()), CsvSafe.text(f.value()), f.comparator(), CsvSafe.text(f.cell()),
                            f.kind(), f.flags(), CsvSafe.text(f.rowName()), CsvSafe.text(f.file()), f.sha256());
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * The facts a run's outputs are made of, streamed from the database in the order of
     * {@code facts.csv} (unit, file, sheet order): the same query for the CSV and its workbook twin.
     */
    static void eachFact(JdbcTemplate jdbc, IndicatorCatalogue catalogue, long runId, Consumer<FactRow> sink) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT f.unit_code, f.indicator_code, f.row_name, f.measure, f.raw, f.value_text, f.comparator,
                           f.cell, f.kind, f.flags, s.file_name, s.sha256
                    FROM fact f JOIN submission s ON s.id = f.submission_id
                    WHERE """ + VersionStore.IN_RUN_SCOPE + """

                    ORDER BY f.unit_code, s.file_name, f.id""");
            ps.setLong(1, runId);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            String code = rs.getString(2);
            Indicator indicator = code == null ? null : catalogue.find(code);
            String rowName = rs.getString(3);
            sink.accept(new FactRow(rs.getString(1), nullToEmpty(code),
                    indicator == null ? nullToEmpty(rowName) : indicator.name(), rs.getString(4),
                    nullToEmpty(rs.getString(5)), nullToEmpty(rs.getString(6)), nullToEmpty(rs.getString(7)),
                    nullToEmpty(rs.getString(8)), rs.getString(9), nullToEmpty(rs.getString(10)), nullToEmpty(rowName),
                    nullToEmpty(rs.getString(11)), rs.getString(12)));
        });
    }

    /**
     * {@code files.csv}: every file this run took in, with its outcome and reason; a read file with its
     * version and whether the consolidation uses it, a repeat of bytes already received as
     * {@code DUPLICATE}.
     */
    public long writeFiles(long runId, Path target) {
        List<Object[]> rows = new ArrayList<>(jdbc.query("""
                SELECT s.file_name, s.outcome, s.unit_code, s.reason, s.sheets, s.period,
                       (SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id), s.sha256, s.size_bytes,
                       s.version, s.is_current, r.sender
                FROM submission s LEFT JOIN received_file r ON r.id = s.received_file_id
                WHERE s.run_id = ?""", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2),
                nullToEmpty(rs.getString(3)), nullToEmpty(rs.getString(4)), nullToEmpty(rs.getString(5)),
                nullToEmpty(rs.getString(6)), rs.getLong(7), nullToEmpty(rs.getString(8)), rs.getLong(9),
                rs.getObject(10) == null ? "" : rs.getInt(10),
                rs.getObject(10) == null ? "" : rs.getBoolean(11) ? "yes" : "no",
                nullToEmpty(rs.getString(12))}, runId));
        rows.addAll(jdbc.query("""
                SELECT d.file_name, d.sha256, d.size_bytes, d.sender, f.file_name, f.received_at
                FROM received_file d JOIN received_file f ON f.id = d.duplicate_of
                WHERE d.run_id = ?""", (rs, i) -> new Object[] {rs.getString(1), "DUPLICATE", "",
                "Trùng nội dung với tệp «" + rs.getString(5) + "» đã nhận ngày "
                        + DAY.format(rs.getTimestamp(6).toLocalDateTime()) + "; không đọc lại, không tính hai lần.",
                "", "", 0L, rs.getString(2), rs.getLong(3), "", "", nullToEmpty(rs.getString(4))}, runId));
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[7])
                .thenComparing(r -> (String) r[1]));
        try {
            files.write(target, out -> {
                try (CSVPrinter csv = printer(out, FILE_COLUMNS)) {
                    for (Object[] r : rows) {
                        r[0] = CsvSafe.text((String) r[0]);
                        r[4] = CsvSafe.text((String) r[4]);
                        r[11] = CsvSafe.text((String) r[11]);
                        csv.printRecord(r);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return rows.size();
    }

    private static CSVPrinter printer(OutputStream out, String[] header) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
