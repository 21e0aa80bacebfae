package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;

/**
 * A chunk of files is stored in a few JDBC batches (every fact of the chunk in one, every finding in
 * another) and gives the very rows, ids included, that storing the files one by one gives: on H2, and
 * on PostgreSQL with its driver rewriting batches into multi-row inserts ({@link PostgresBatchedInserts}).
 */
class ChunkStoreTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final List<String> SAMPLES = List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx",
            "TH_TanPhuA_phan_ky_chi_tieu.xlsx", "TH_LongKhanh_phan_ky_chi_tieu.xls", "BinhMinh_ban_hong.xlsx",
            "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx");
    private static final long RUN = 1;

    private static List<Submission> read;

    @BeforeAll
    static void readSamples() {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L * 1024 * 1024);
        read = new ArrayList<>();
        for (String sample : SAMPLES) {
            read.addAll(reader.readDocuments(Path.of("sample-workbooks", sample)));
        }
        // the samples read without notes: two of them get one, so notes of several files share a batch
        for (int i : new int[] {0, 2}) {
            read.set(i, read.get(i).withNote(new ReadingNote("Phụ lục II", "B" + (12 + i),
                    ReadingNote.Code.APPROXIMATE_NAME, "Tên «Tỷ lệ HS» được hiểu là chỉ tiêu «Tỷ lệ học sinh».")));
        }
    }

    @Test
    void aChunkOnH2GivesTheRowsOfFileByFile() {
        try (HikariDataSource one = h2(); HikariDataSource chunk = h2()) {
            assertThat(chunk.getDataSourceProperties()).as("H2 refuses the PostgreSQL driver's setting")
                    .doesNotContainKey(PostgresBatchedInserts.PROPERTY);
            assertSameRows(one, chunk);
        }
    }

    @Test
    void aChunkOnPostgresGivesTheRowsOfFileByFile() {
        String url = TestPostgres.url();
        try (HikariDataSource one = postgres(url); HikariDataSource chunk = postgres(url)) {
            assertThat(chunk.getDataSourceProperties()).containsEntry(PostgresBatchedInserts.PROPERTY, "true");
            assertSameRows(one, chunk);
        }
    }

    private void assertSameRows(HikariDataSource fileByFile, HikariDataSource inChunks) {
        JdbcTemplate a = migrated(fileByFile);
        JdbcTemplate b = migrated(inChunks);
        List<Long> receipts = receipts(a);
        assertThat(receipts(b)).isEqualTo(receipts);

        SubmissionStore storeA = new SubmissionStore(a);
        FindingStore findingsA = new FindingStore(a);
        for (int i = 0; i < read.size(); i++) {
            long id = storeA.save(RUN, receipts.get(i), read.get(i));
            findingsA.save(RUN, id, findingsOf(read.get(i)));
        }

        SubmissionStore storeB = new SubmissionStore(b);
        List<SubmissionStore.Reading> readings = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            readings.add(new SubmissionStore.Reading(receipts.get(i), read.get(i)));
        }
        List<Long> ids = storeB.saveAll(RUN, readings);
        List<OfSubmission<Finding>> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Finding f : findingsOf(read.get(i))) {
                found.add(new OfSubmission<>(ids.get(i), f));
            }
        }
        new FindingStore(b).saveAll(RUN, found);

        int facts = read.stream().mapToInt(s -> s.facts().size()).sum();
        assertThat(facts).as("the samples hold facts").isGreaterThan(300);
        assertThat(read.stream().mapToInt(s -> s.notes().size()).sum()).as("and reading notes").isPositive();
        for (String table : List.of("submission", "reading_note", "finding")) {
            List<Map<String, Object>> rowsA = rows(a, table);
            assertThat(rows(b, table)).as(table).isEqualTo(rowsA);
        }
        List<List<Fact>> factsA = ids.stream().map(id -> StoredFactRows.of(a, id)).toList();
        assertThat(ids.stream().map(id -> StoredFactRows.of(b, id)).toList()).isEqualTo(factsA);
        assertThat(factsA.stream().mapToInt(List::size).sum()).isEqualTo(facts);
        assertThat(factsA.get(0)).filteredOn(f -> f.cell().equals("'Phụ lục II'!D11")).singleElement()
                .as("a value of the first file, at its cell").matches(f -> !f.value().raw().isBlank());
        assertThat(b.queryForObject("SELECT COUNT(*) FROM finding WHERE submission_id = ?", Integer.class,
                ids.get(ids.size() - 1))).isEqualTo(findingsOf(read.get(read.size() - 1)).size());
    }

    /** A finding per fact of a few cells, and one on the file: enough rows to batch, tied to their file. */
    private static List<Finding> findingsOf(Submission s) {
        List<Finding> found = new ArrayList<>();
        found.add(new Finding(s.fileName(), s.unitCode() == null ? "" : s.unitCode(), "", "", "TEST_FILE",
                Severity.INFO, "Tệp " + s.fileName(), ""));
        for (Fact f : s.facts().subList(0, Math.min(7, s.facts().size()))) {
            found.add(new Finding(s.fileName(), f.unitCode(), "Phụ lục II", f.cell(), "TEST_CELL", Severity.WARNING,
                    "Ô " + f.cell() + " ghi «" + f.value().raw() + "»", f.value().raw()));
        }
        return found;
    }

    /** One receipt per document read (the samples' documents are one per file). */
    private static List<Long> receipts(JdbcTemplate db) {
        List<Long> ids = new ArrayList<>();
        for (Submission s : read) {
            db.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, received_at, "
                    + "archive_path) VALUES (?, ?, ?, 'inbox', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", RUN,
                    s.sha256() == null ? "0".repeat(64) : s.sha256(), s.fileName(), s.sizeBytes(), s.path());
            ids.add(db.queryForObject("SELECT MAX(id) FROM received_file", Long.class));
        }
        return ids;
    }

    /** Every column but the time a submission was read, in id order. */
    private static List<Map<String, Object>> rows(JdbcTemplate db, String table) {
        List<Map<String, Object>> rows = db.queryForList("SELECT * FROM " + table + " ORDER BY id");
        rows.forEach(r -> {
            r.remove("read_at");
            r.remove("READ_AT");
        });
        return rows;
    }

    private static JdbcTemplate migrated(HikariDataSource ds) {
        String vendor = ds.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(ds.getSchema() == null ? new String[0] : new String[] {ds.getSchema()}).load().migrate();
        return new JdbcTemplate(ds);
    }

    private static HikariDataSource h2() {
        return (HikariDataSource) new PostgresBatchedInserts().postProcessBeforeInitialization(TestH2.inMemory(),
                "dataSource");
    }

    private static HikariDataSource postgres(String url) {
        HikariDataSource ds = TestPostgres.inNewSchema(url);
        return (HikariDataSource) new PostgresBatchedInserts().postProcessBeforeInitialization(ds, "dataSource");
    }
}
