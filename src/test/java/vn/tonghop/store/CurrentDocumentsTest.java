package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.store.StoreTestData.as;
import static vn.tonghop.store.StoreTestData.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.reading.Submission;

/**
 * A kind's current documents are read from the store once while its current versions stay the same (each
 * output scope of a night asks for them), and again as soon as a version changes.
 */
class CurrentDocumentsTest {

    @Test
    void documentsAreReadOncePerSetOfCurrentVersions() {
        List<Submission> samples = StoreTestData.phasingSamples(List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx",
                "TH_TanPhuA_phan_ky_chi_tieu.xlsx"));
        try (HikariDataSource ds = TestH2.inMemory()) {
            JdbcTemplate jdbc = StoreTestData.migrated(ds);
            VersionStore versions = new VersionStore(jdbc);
            CurrentDocuments documents = new CurrentDocuments(jdbc, versions);
            long u1 = store(jdbc, 1, as(samples.get(0), "U1", "other"), "a");
            long u2 = store(jdbc, 1, as(samples.get(1), "U2", "other"), "b");
            store(jdbc, 1, as(samples.get(1), "U3", "phasing"), "c"); // another kind's: not among them
            versions.refresh();

            List<CurrentDocuments.Document> first = documents.of("other");
            assertThat(first).extracting(d -> d.version().submissionId()).containsExactly(u1, u2);
            assertThat(first.get(0).facts()).isEqualTo(StoredFactRows.of(jdbc, u1)).hasSizeGreaterThan(50);
            assertThat(first.get(1).facts()).isEqualTo(StoredFactRows.of(jdbc, u2)).hasSizeGreaterThan(50);

            // the same versions: what was read, not the rows again (removed behind its back here)
            jdbc.update("DELETE FROM submission_values WHERE submission_id = ?", u1);
            assertThat(documents.of("other")).isEqualTo(first);

            // a later version of U2: read again, U1's rows as they now are
            long u2Later = store(jdbc, 2, as(samples.get(0), "U2", "other"), "d");
            versions.refresh();
            List<CurrentDocuments.Document> again = documents.of("other");
            assertThat(again).extracting(d -> d.version().submissionId()).containsExactly(u1, u2Later);
            assertThat(again.get(0).facts()).isEmpty();
            assertThat(again.get(1).facts()).isEqualTo(StoredFactRows.of(jdbc, u2Later))
                    .isNotEqualTo(first.get(1).facts());
        }
    }

    /**
     * Held in bulk, the documents' repeated texts and values are one object each: the same sheet stored for
     * two units gives equal facts whose row names, cells and values are the same instances, and rows stored
     * before schema 12 the same as blobs.
     */
    @Test
    void theTextsAndValuesDocumentsRepeatAreOneObjectEach() {
        List<Submission> samples = StoreTestData.phasingSamples(List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx"));
        try (HikariDataSource ds = TestH2.inMemory()) {
            JdbcTemplate jdbc = StoreTestData.migrated(ds);
            VersionStore versions = new VersionStore(jdbc);
            long u1 = store(jdbc, 1, as(samples.get(0), "U1", "other"), "a");
            long u2 = store(jdbc, 1, as(samples.get(0), "U2", "other"), "b");
            long u3 = store(jdbc, 1, as(samples.get(0), "U3", "other"), "c");
            OldFactRows.storeAsRows(jdbc, u3, StoredFactRows.of(jdbc, u3), false);
            versions.refresh();

            List<CurrentDocuments.Document> read = new CurrentDocuments(jdbc, versions).of("other");
            assertThat(read).extracting(d -> d.version().submissionId()).containsExactly(u1, u2, u3);
            List<vn.tonghop.domain.Fact> a = read.get(0).facts();
            assertThat(a).isEqualTo(StoredFactRows.of(jdbc, u1)).hasSizeGreaterThan(50);
            for (CurrentDocuments.Document other : read.subList(1, 3)) {
                List<vn.tonghop.domain.Fact> b = other.facts();
                assertThat(b).hasSameSizeAs(a);
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.get(i).rowName()).isSameAs(a.get(i).rowName());
                    assertThat(b.get(i).cell()).isSameAs(a.get(i).cell());
                    assertThat(b.get(i).indicatorCode()).isSameAs(a.get(i).indicatorCode());
                    assertThat(b.get(i).value()).isEqualTo(a.get(i).value()).isSameAs(a.get(i).value());
                }
            }
        }
    }
}
