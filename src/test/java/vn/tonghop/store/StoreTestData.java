package vn.tonghop.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.domain.Fact;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;

/**
 * What the store's tests on both databases share: the sample office's phasing tables read, an empty
 * database migrated as the application migrates it, a received file to store a reading under.
 */
final class StoreTestData {

    static final Path JOB = Path.of("jobs/so-dong-thap");

    private StoreTestData() {
    }

    /** These sample workbooks read as phasing tables, each one's documents in order. */
    static List<Submission> phasingSamples(List<String> samples) {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L * 1024 * 1024);
        List<Submission> read = new ArrayList<>();
        for (String sample : samples) {
            read.addAll(reader.readDocuments(Path.of("sample-workbooks", sample)));
        }
        return read;
    }

    /** The data source's database migrated (in its own schema on PostgreSQL). */
    static JdbcTemplate migrated(HikariDataSource ds) {
        String vendor = ds.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(ds.getSchema() == null ? new String[0] : new String[] {ds.getSchema()}).load().migrate();
        return new JdbcTemplate(ds);
    }

    /** A received file of the run for this reading, as the intake records one; its id. */
    static long received(JdbcTemplate db, long run, Submission s) {
        db.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, received_at, "
                + "archive_path) VALUES (?, ?, ?, 'inbox', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", run,
                s.sha256() == null ? "0".repeat(64) : s.sha256(), s.fileName(), s.sizeBytes(), s.path());
        return db.queryForObject("SELECT MAX(id) FROM received_file", Long.class);
    }

    /** A sample's table as a unit's document of a kind. */
    static Submission as(Submission s, String unit, String kind) {
        List<Fact> facts = s.facts().stream().map(f -> new Fact(unit, f.indicatorCode(), f.rowName(), f.measure(),
                f.value(), f.cell())).toList();
        return new Submission(s.fileName(), s.path(), s.sha256(), s.sizeBytes(), s.outcome(), s.reason(), unit,
                s.sheets(), s.period(), s.currentYear(), facts, s.notes(), s.templateVersion(), kind);
    }

    /** {@code s} stored as read in run {@code run}, from a received file named after {@code sha}; its submission's id. */
    static long store(JdbcTemplate jdbc, long run, Submission s, String sha) {
        jdbc.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, received_at, "
                + "archive_path) VALUES (?, ?, ?, 'inbox', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)",
                run, sha, sha + "_" + s.fileName(), s.sizeBytes(), s.path());
        long file = jdbc.queryForObject("SELECT MAX(id) FROM received_file", Long.class);
        return new SubmissionStore(jdbc).saveAll(run, List.of(new SubmissionStore.Reading(file,
                s))).get(0);
    }
}
