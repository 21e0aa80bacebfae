package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.store.StoreTestData.as;
import static vn.tonghop.store.StoreTestData.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/**
 * Every unit's current values, read a chunk of submissions at a time, are each unit's current table as read
 * submission by submission: across chunks, with earlier versions and another kind's documents between them.
 */
class CurrentValuesTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final int UNITS = 3 * CurrentValues.CHUNK + 7;

    @TempDir
    Path tmp;

    @Test
    void chunkedValuesAreEachUnitsCurrentTable() {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L * 1024 * 1024);
        List<Submission> samples = new ArrayList<>();
        for (String sample : List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "TH_LongKhanh_phan_ky_chi_tieu.xls")) {
            samples.addAll(reader.readDocuments(Path.of("sample-workbooks", sample)));
        }
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl("jdbc:h2:file:" + tmp.resolve("tonghop").toAbsolutePath() + ";WRITE_DELAY=0");
            ds.setUsername("sa");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Map<String, Long> currentOf = new HashMap<>();
            for (int i = 0; i < UNITS; i++) {
                String unit = String.format(Locale.ROOT, "U%04d", i);
                long id = store(jdbc, 1, as(samples.get(i % 3), unit, "phasing"), "a" + i);
                if (i % 5 == 0) {
                    store(jdbc, 1, as(samples.get((i + 1) % 3), unit, "other"), "o" + i); // between two chunks' ids
                }
                if (i % 7 == 0) {
                    id = store(jdbc, 2, as(samples.get((i + 2) % 3), unit, "phasing"), "b" + i); // a later version
                }
                currentOf.put(unit, id);
            }
            VersionStore versions = new VersionStore(jdbc);
            versions.refresh();

            List<CurrentValues.OfUnit> read = new CurrentValues(jdbc, versions).of("phasing",
                    EnumSet.allOf(MeasureKind.class));

            assertThat(read).hasSize(UNITS);
            for (CurrentValues.OfUnit u : read) {
                long id = currentOf.get(u.version().unitCode());
                assertThat(u.version().submissionId()).isEqualTo(id);
                assertThat(u.values()).as(u.version().unitCode()).isEqualTo(byIndicator(StoredFactRows.of(jdbc, id)))
                        .isNotEmpty();
            }

            // where each unit's current table holds every value, looked up across chunks of units
            Map<ValuePlace, String> expected = new HashMap<>();
            currentOf.forEach((unit, id) -> StoredFactRows.of(jdbc, id).stream().filter(f -> f.indicatorCode() != null)
                    .forEach(f -> expected.putIfAbsent(new ValuePlace(unit, f.indicatorCode(), f.measure().code()),
                            f.cell() == null ? "" : f.cell())));
            List<ValuePlace> asked = new ArrayList<>(expected.keySet());
            asked.add(new ValuePlace("U0001", "KHONG.CO", "current"));
            asked.add(new ValuePlace("KHONG-CO", asked.get(0).indicatorCode(), asked.get(0).measure()));
            assertThat(new CurrentValues(jdbc, versions).cells("phasing", asked)).isEqualTo(expected)
                    .hasSizeGreaterThan(UNITS * 100);
        }
    }

    /**
     * The current versions are read once between refreshes: a later version counts once the versions are
     * refreshed, and what another process changed once they are forgotten (as each run starts).
     */
    @Test
    void currentVersionsAreReadAgainAfterARefreshOrWhenForgotten() {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L * 1024 * 1024);
        Submission sample = reader.readDocuments(Path.of("sample-workbooks", "TH_PhuLoc_phan_ky_chi_tieu.xlsx")).get(0);
        try (HikariDataSource ds = TestH2.inMemory()) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            VersionStore versions = new VersionStore(jdbc);
            long first = store(jdbc, 1, as(sample, "U1", "phasing"), "a");
            versions.refresh();
            assertThat(versions.current("phasing")).extracting(Version::submissionId).containsExactly(first);

            long second = store(jdbc, 2, as(sample, "U1", "phasing"), "b");
            versions.refresh();
            assertThat(versions.current("phasing")).extracting(Version::submissionId).containsExactly(second);
            assertThat(versions.current()).extracting(Version::submissionId).containsExactly(second);

            jdbc.update("UPDATE submission SET is_current = FALSE"); // as another process's run might
            assertThat(versions.current("phasing")).extracting(Version::submissionId).containsExactly(second);
            versions.forget();
            assertThat(versions.current("phasing")).isEmpty();
            assertThat(versions.current()).isEmpty();
        }
    }

    /** The first value of each indicator and measure (the plan's number and date under no indicator), as read. */
    private static Map<String, Map<String, ParsedValue>> byIndicator(List<Fact> facts) {
        Map<String, Map<String, ParsedValue>> out = new HashMap<>();
        for (Fact f : facts) {
            String key = f.indicatorCode() != null ? f.indicatorCode()
                    : CurrentValues.DOCUMENT.contains(f.measure().kind()) ? CurrentValues.DOCUMENT_KEY : null;
            if (key != null) {
                out.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(f.measure().code(), f.value());
            }
        }
        return out;
    }
}
