package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;

/**
 * An office's database made before the lean fact indexes (schema version 7) upgrades in place: every
 * fact, finding and current value reads back the same, the index no query used is gone, H2 keeps one
 * index on each submission_id (its foreign key's) and looks facts up through it, and facts stored after
 * the upgrade follow the ones before.
 */
class SchemaUpgradeTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final long RUN = 1;
    private static List<Submission> read;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSamples() {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L * 1024 * 1024);
        read = new ArrayList<>();
        for (String sample : List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "TH_LongKhanh_phan_ky_chi_tieu.xls")) {
            read.addAll(reader.readDocuments(Path.of("sample-workbooks", sample)));
        }
    }

    @Test
    void anH2FileOfVersion7KeepsItsFacts() {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl("jdbc:h2:file:" + tmp.resolve("tonghop").toAbsolutePath() + ";WRITE_DELAY=0");
            ds.setUsername("sa");
            JdbcTemplate jdbc = upgradeKeepsEverything(ds, "h2");

            assertThat(indexes(jdbc, "FACT")).as("the foreign key's index alone").singleElement().asString()
                    .startsWith("CONSTRAINT_INDEX");
            assertThat(indexes(jdbc, "FINDING")).hasSize(3).anyMatch(i -> i.startsWith("CONSTRAINT_INDEX"))
                    .contains("FINDING_RUN", "FINDING_UNIT");
            assertThat(indexes(jdbc, "READING_NOTE")).singleElement().asString().startsWith("CONSTRAINT_INDEX");
            assertThat(String.join("\n", jdbc.queryForList(
                    "EXPLAIN SELECT f.cell FROM fact f WHERE f.submission_id = 1 ORDER BY f.id", String.class)))
                    .as("a submission's facts are looked up, not scanned").contains("CONSTRAINT_INDEX")
                    .doesNotContain("tableScan");
            assertThat(jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME = 'ID' "
                    + "AND IDENTITY_CACHE = 100000 ORDER BY TABLE_NAME", String.class)).as("every identity's values ahead")
                    .containsExactly("DELIVERY", "FACT", "FINDING", "READING_NOTE", "RECEIVED_FILE", "SUBMISSION");
        }
    }

    @Test
    void aPostgresDatabaseOfVersion7KeepsItsFacts() {
        String url = TestPostgres.url();
        try (HikariDataSource ds = TestPostgres.inNewSchema(url)) {
            JdbcTemplate jdbc = upgradeKeepsEverything(ds, "postgresql");

            // PostgreSQL gives a foreign key no index: the named one stays
            assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = 'fact'",
                    String.class, ds.getSchema())).containsExactlyInAnyOrder("fact_pkey", "fact_submission");
        }
    }

    /** Stores the samples at version 7, upgrades, and checks that each reads back as it did. */
    private JdbcTemplate upgradeKeepsEverything(HikariDataSource ds, String vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        flyway(ds, vendor).target(MigrationVersion.fromVersion("7")).load().migrate();
        assertThat(indexes(jdbc, "FACT")).as("version 7 had the index by unit and indicator")
                .anyMatch(i -> i.equalsIgnoreCase("FACT_UNIT_INDICATOR"));
        // today's store writes each submission's facts in a blob, which version 7 did not have: a table for
        // them while the samples are stored, then their facts as rows instead, as version 7 stored them, and
        // the table dropped before the upgrade, so the submissions upgraded have none, as in an office
        jdbc.execute("CREATE TABLE submission_values (submission_id BIGINT PRIMARY KEY, data BYTEA NOT NULL, "
                + "fact_count INTEGER)");
        List<Long> ids = store(jdbc, read);
        for (int i = 0; i < ids.size(); i++) {
            OldFactRows.storeAsRows(jdbc, ids.get(i), read.get(i).facts(), false);
        }
        List<List<Fact>> facts = ids.stream().map(id -> StoredFactRows.of(jdbc, id)).toList();
        FindingStore findings = new FindingStore(jdbc);
        List<List<Finding>> found = ids.stream().map(findings::ofSubmission).toList();
        VersionStore versions = new VersionStore(jdbc);
        versions.refresh();
        CurrentValues current = new CurrentValues(jdbc, versions);
        var values = current.of("phasing", EnumSet.allOf(MeasureKind.class));
        assertThat(facts.stream().mapToInt(List::size).sum()).as("the samples hold facts").isGreaterThan(300);
        jdbc.execute("DROP TABLE submission_values");

        flyway(ds, vendor).load().migrate();

        assertThat(ids.stream().map(id -> StoredFactRows.of(jdbc, id)).toList()).isEqualTo(facts);
        assertThat(ids.stream().map(findings::ofSubmission).toList()).isEqualTo(found);
        assertThat(current.of("phasing", EnumSet.allOf(MeasureKind.class))).isEqualTo(values);
        assertThat(indexes(jdbc, "FACT")).noneMatch(i -> i.equalsIgnoreCase("FACT_UNIT_INDICATOR"));

        // a file stored after the upgrade: its facts in its blob alone, given back as the rows gave them
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM fact", Long.class);
        long next = store(jdbc, read.subList(0, 1)).get(0);
        assertThat(StoredFactRows.of(jdbc, next)).isEqualTo(facts.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT fact_count FROM submission_values WHERE submission_id = ?",
                Integer.class, next)).isEqualTo(facts.get(0).size());
        // the same file again, now Phú Lộc's current version: its values from its blob, the others' from their
        // rows, each unit's as before
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_values", Integer.class)).isOne();
        versions.refresh();
        assertThat(current.of("phasing", EnumSet.allOf(MeasureKind.class))).extracting(CurrentValues.OfUnit::values)
                .isEqualTo(values.stream().map(CurrentValues.OfUnit::values).toList());
        return jdbc;
    }

    private static List<Long> store(JdbcTemplate jdbc, List<Submission> submissions) {
        List<SubmissionStore.Reading> readings = new ArrayList<>();
        for (Submission s : submissions) {
            jdbc.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, "
                    + "received_at, archive_path) VALUES (?, ?, ?, 'inbox', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)",
                    RUN, s.sha256(), s.fileName(), s.sizeBytes(), s.path());
            readings.add(new SubmissionStore.Reading(jdbc.queryForObject("SELECT MAX(id) FROM received_file",
                    Long.class), s));
        }
        List<Long> ids = new SubmissionStore(jdbc).saveAll(RUN, readings);
        List<OfSubmission<Finding>> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Fact f : submissions.get(i).facts().subList(0, 5)) {
                found.add(new OfSubmission<>(ids.get(i), new Finding(submissions.get(i).fileName(), f.unitCode(),
                        "Phụ lục II", f.cell(), "TEST_CELL", Severity.WARNING, "Ô " + f.cell(), f.value().raw())));
            }
        }
        new FindingStore(jdbc).saveAll(RUN, found);
        return ids;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(HikariDataSource ds, String vendor) {
        return Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(ds.getSchema() == null ? new String[0] : new String[] {ds.getSchema()});
    }

    /** The indexes of a table, upper-cased (H2's names), primary keys aside. */
    private static List<String> indexes(JdbcTemplate jdbc, String table) {
        if (jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c ->
                c.getMetaData().getDatabaseProductName()).equals("H2")) {
            return jdbc.queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = ? "
                    + "AND INDEX_TYPE_NAME <> 'PRIMARY KEY'", String.class, table);
        }
        return jdbc.queryForList("SELECT UPPER(indexname) FROM pg_indexes WHERE tablename = ? AND schemaname = "
                + "current_schema() AND indexname NOT LIKE '%pkey'", String.class, table.toLowerCase(Locale.ROOT));
    }
}
