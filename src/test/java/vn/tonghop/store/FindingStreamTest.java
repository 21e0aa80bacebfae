package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.report.DiscrepancyReportWriter;

/**
 * The store gives a run's reported findings unit by unit with the units in Java's order of their codes, so that
 * sorting each unit's findings alone gives the discrepancies' order of sorting the night's list
 * ({@link DiscrepancyReportWriter#ORDER}): on H2 and on PostgreSQL, whose default collations put {@code DT-01},
 * {@code DT01}, {@code dt02}, {@code Đ01} and {@code a b} in another order than Java does.
 */
class FindingStreamTest {

    private static final long RUN = 1;
    private static final List<String> CODES = List.of("DT01", "DT-01", "dt02", "DT02", "Đ01", "D01", "a b", "ab",
            "a-b", "Z9", "", "10", "9", "€1", "ÿ", "ǅ", "DT01 ");

    @Test
    void onH2UnitsComeInJavasOrder() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            assertUnitByUnit(ds);
        }
    }

    @Test
    void onPostgresUnitsComeInJavasOrder() {
        String url = TestPostgres.url();
        try (HikariDataSource ds = TestPostgres.inNewSchema(url)) {
            assertUnitByUnit(ds);
        }
    }

    /**
     * On H2 the reported findings come as the database reads them (lazily, in the order of an index): on one
     * connection, storing and reading other findings while they come leaves them whole and in order, and the
     * connection is not left lazy for the statements after them.
     */
    @Test
    void onH2FindingsComeAsReadWhileTheConnectionIsUsed() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            FindingStore store = migrated(ds);
            List<Finding> stored = new ArrayList<>();
            for (int i = 0; i < 3 * 2000 + 7; i++) { // past the fetch size: rows still to come while others run
                stored.add(new Finding("tệp " + i + ".xlsx", "U" + (i % 101), "Phụ lục II", "D" + (i % 40 + 9), "R",
                        Severity.WARNING, "Ô số " + i, "" + i));
            }
            store.save(RUN, null, stored);
            assertThat(new JdbcTemplate(ds).queryForList("EXPLAIN SELECT x.id FROM finding x LEFT JOIN submission s "
                    + "ON s.id = x.submission_id WHERE x.run_id = 1 OR s.is_current ORDER BY x.unit_code, x.id",
                    String.class).get(0)).as("read in the index's order, not sorted aside").contains("FINDING_UNIT");

            List<Finding> unitByUnit = new ArrayList<>();
            int[] units = {0};
            // every statement on one connection, as in a step's transaction
            new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(tx -> {
            store.forEachUnit(RUN, unit -> {
                unitByUnit.addAll(unit);
                int n = ++units[0];
                store.save(RUN + 1, null, List.of(new Finding("khác.xlsx", "V" + n, "", "", "R", Severity.INFO,
                        "khác " + n, "")));
                assertThat(store.findings(RUN + 1)).hasSize(n);
            });
            Connection con = DataSourceUtils.getConnection(ds);
            try {
                assertThat(((SessionLocal) con.unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution())
                        .as("the connection left as it was").isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            });
            assertThat(units[0]).isEqualTo(101);
            List<Finding> expected = new ArrayList<>(stored);
            expected.sort(java.util.Comparator.comparing(Finding::unitCode));
            assertThat(unitByUnit).extracting(Finding::unitCode).isEqualTo(expected.stream().map(Finding::unitCode)
                    .toList());
            assertThat(unitByUnit).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    /**
     * A run's findings across files are stored a batch at a time as they are made, some of them read from an
     * earlier run's while it is stored (a part of the tree carried over): all of them, in their order, on H2 and
     * on PostgreSQL, and storing them again replaces them.
     */
    @Test
    void runWideFindingsAreStoredAsTheyAreMadeOnH2() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            assertRunWideStreamed(ds);
        }
    }

    @Test
    void runWideFindingsAreStoredAsTheyAreMadeOnPostgres() {
        String url = TestPostgres.url();
        try (HikariDataSource ds = TestPostgres.inNewSchema(url)) {
            assertRunWideStreamed(ds);
        }
    }

    private static void assertRunWideStreamed(HikariDataSource ds) {
        FindingStore store = migrated(ds);
        List<Finding> earlier = new ArrayList<>();
        for (int i = 0; i < 2 * SubmissionStore.BATCH + 17; i++) {
            earlier.add(new Finding("tệp " + i + ".xlsx", "U" + (i % 97), "Phụ lục II", "D" + (i % 50 + 9),
                    "COPIED_FIGURE_DIFFERS", Severity.WARNING, "Ô số " + i, "" + i));
        }
        assertThat(store.replaceRunWide(RUN, each -> earlier.forEach(each))).isEqualTo(earlier.size());
        Finding own = new Finding("", "DT01", "", "", "UNIT_NOT_REPORTED", Severity.INFO, "Chưa nộp", "");

        for (int time = 0; time < 2; time++) {
            int stored = store.replaceRunWide(RUN + 1, each -> {
                each.accept(own);
                store.forEachRunWide(RUN, each);
            });
            assertThat(stored).isEqualTo(earlier.size() + 1);
            List<Finding> now = new ArrayList<>();
            store.forEachRunWide(RUN + 1, now::add);
            List<Finding> expected = new ArrayList<>(List.of(own));
            expected.addAll(earlier);
            assertThat(now).as("stored again: replaced, time " + time).isEqualTo(expected);
        }
        List<Finding> before = new ArrayList<>();
        store.forEachRunWide(RUN, before::add);
        assertThat(before).isEqualTo(earlier);
    }

    private static FindingStore migrated(HikariDataSource ds) {
        String vendor = ds.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(ds.getSchema() == null ? new String[0] : new String[] {ds.getSchema()}).load().migrate();
        return new FindingStore(new JdbcTemplate(ds));
    }

    private static void assertUnitByUnit(HikariDataSource ds) {
        FindingStore store = migrated(ds);
        // each unit's findings stored apart from each other, its cells out of order (B10 before B2, AA1 before B2)
        List<Finding> stored = new ArrayList<>();
        String[] cells = {"B10", "AA1", "", "B2", "x"};
        for (int round = 0; round < cells.length; round++) {
            for (String code : CODES) {
                stored.add(new Finding("tệp " + code + ".xlsx", code, "Phụ lục II", cells[round],
                        round % 2 == 0 ? "RULE_B" : "RULE_A", round == 3 ? Severity.ERROR : Severity.WARNING,
                        "Ô " + cells[round] + " của " + code, "" + round));
            }
        }
        store.save(RUN, null, stored);
        store.save(RUN + 1, null, List.of(new Finding("khác.xlsx", "DT01", "", "", "R", Severity.INFO, "khác", "")));

        List<Finding> sortedAll = new ArrayList<>(store.findings(RUN));
        assertThat(sortedAll).hasSize(stored.size());
        sortedAll.sort(DiscrepancyReportWriter.ORDER);

        List<String> units = new ArrayList<>();
        List<Finding> unitByUnit = new ArrayList<>();
        store.forEachUnit(RUN, unit -> {
            units.add(unit.get(0).unitCode());
            assertThat(unit).extracting(Finding::unitCode).containsOnly(unit.get(0).unitCode());
            List<Finding> sorted = new ArrayList<>(unit);
            sorted.sort(DiscrepancyReportWriter.ORDER);
            unitByUnit.addAll(sorted);
        });
        assertThat(units).as("each unit once, in Java's order").isEqualTo(CODES.stream().sorted().toList());
        assertThat(unitByUnit).isEqualTo(sortedAll);

        List<Finding> streamed = new ArrayList<>();
        store.forEachReported(RUN, streamed::add);
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(sortedAll);
    }
}
