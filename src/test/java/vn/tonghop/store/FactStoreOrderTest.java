package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.reading.Submission;

/**
 * {@link FactStore#forEachInRunScope} reads submission by submission and gives the facts in the order of
 * sorting them all, {@code ORDER BY f.unit_code, s.file_name, f.id}, as the export's query did: on H2 and on
 * PostgreSQL (whose NULLs sort last), with two submissions of one unit under one file name read together,
 * a file of this run that could not be read, and versions no longer current left out; from submissions'
 * blobs and, stored before schema 12, their fact rows, mixed. A damaged blob loses only its own facts.
 */
class FactStoreOrderTest {

    private static final List<String> SAMPLES = List.of("TH_TanPhuA_phan_ky_chi_tieu.xlsx",
            "TH_PhuLoc_phan_ky_chi_tieu.xlsx", "BinhMinh_ban_hong.xlsx", "TH_LongKhanh_phan_ky_chi_tieu.xls",
            "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx");
    private static final long RUN = 1;
    private static final String SORTED = """
            SELECT f.unit_code, f.indicator_code, f.row_name, f.measure, f.raw, f.value_text, f.comparator,
                   f.cell, f.kind, f.flags, s.file_name, s.sha256, s.kind
            FROM fact f JOIN submission s ON s.id = f.submission_id
            WHERE """ + VersionStore.IN_RUN_SCOPE + " ORDER BY f.unit_code, s.file_name, f.id";

    private static List<Submission> read;

    @BeforeAll
    static void readSamples() {
        read = new ArrayList<>(StoreTestData.phasingSamples(SAMPLES));
    }

    @Test
    void onH2TheFactsComeInTheOrderOfSortingThemAll() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            assertSameOrder(ds);
        }
    }

    @Test
    void onPostgresTheFactsComeInTheOrderOfSortingThemAll() {
        String url = TestPostgres.url();
        try (HikariDataSource ds = TestPostgres.inNewSchema(url)) {
            assertSameOrder(ds);
        }
    }

    private static void assertSameOrder(HikariDataSource ds) {
        JdbcTemplate db = StoreTestData.migrated(ds);
        FactStore facts = new FactStore(db);
        SubmissionStore store = new SubmissionStore(db);
        // the samples, then the first one again (a second submission of its unit under the same file name),
        // then the second one again, whose first version is then no longer current
        List<Submission> stored = new ArrayList<>(read);
        stored.add(read.get(0));
        stored.add(read.get(1));
        List<Long> ids = new ArrayList<>();
        for (Submission s : stored) {
            ids.add(store.save(RUN, StoreTestData.received(db, RUN, s), s));
        }
        for (int i = 0; i < ids.size(); i++) {
            if (i % 2 == 0) {
                // stored as before schema 12, half of these with a blob of values: their facts are rows
                OldFactRows.storeAsRows(db, ids.get(i), stored.get(i).facts(), i % 4 == 0);
            } else {
                // rows until the order expected is known, by sorting every row; then the blob alone
                OldFactRows.insert(db, ids.get(i), stored.get(i).facts());
            }
        }
        db.update("UPDATE submission SET is_current = (outcome = 'READ')");
        db.update("UPDATE submission SET is_current = FALSE WHERE id = ?", ids.get(1));

        List<StoredFact> expected = db.query(SORTED, (rs, i) -> new StoredFact(rs.getString(1), text(rs.getString(2)),
                text(rs.getString(3)), rs.getString(4), text(rs.getString(5)), text(rs.getString(6)),
                text(rs.getString(7)), text(rs.getString(8)), rs.getString(9), text(rs.getString(10)),
                text(rs.getString(11)), rs.getString(12), rs.getString(13)), RUN);
        for (int i = 1; i < ids.size(); i += 2) {
            db.update("DELETE FROM fact WHERE submission_id = ?", ids.get(i));
        }
        List<StoredFact> streamed = new ArrayList<>();
        facts.forEachInRunScope(RUN, streamed::add);

        int perFile = read.get(0).facts().size();
        assertThat(expected).as("the samples' current facts, the first file's twice")
                .hasSize(read.stream().mapToInt(s -> s.facts().size()).sum() + perFile);
        assertThat(streamed).isEqualTo(expected);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM submission WHERE outcome <> 'READ'", Integer.class))
                .as("a file of this run that could not be read is in scope").isPositive();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM fact WHERE submission_id = ?", Integer.class,
                ids.get(ids.size() - 2))).as("the first file's second copy: its blob alone").isZero();

        // a blob that cannot be read loses its own facts, not the others'
        byte[] blob = db.queryForObject("SELECT data FROM submission_values WHERE submission_id = ?", byte[].class,
                ids.get(ids.size() - 2));
        db.update("UPDATE submission_values SET data = ? WHERE submission_id = ?",
                Arrays.copyOf(blob, blob.length - 3), ids.get(ids.size() - 2));
        List<StoredFact> withoutIt = new ArrayList<>();
        facts.forEachInRunScope(RUN, withoutIt::add);
        assertThat(withoutIt).hasSize(expected.size() - perFile).isSubsetOf(expected);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
