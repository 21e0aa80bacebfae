package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The server option: an office that shares one PostgreSQL database runs the same nights. Needs a
 * real server ({@code TONGHOP_TEST_POSTGRES_URL}, user and password; {@code .ci/run} starts Debian's
 * PostgreSQL and sets them). Skipped without one on a developer's machine, failed without one in CI.
 * Each test works in a schema of its own.
 */
class PostgresOfficeTest {

    @TempDir
    Path tmp;

    private String url;
    private String user;
    private String password;
    private String schema;

    @BeforeEach
    void server() {
        url = System.getenv("TONGHOP_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI must provide a PostgreSQL server (TONGHOP_TEST_POSTGRES_URL)");
            }
            Assumptions.abort("no PostgreSQL server (TONGHOP_TEST_POSTGRES_URL); skipped outside CI");
        }
        user = System.getenv().getOrDefault("TONGHOP_TEST_POSTGRES_USER", "tonghop");
        password = System.getenv().getOrDefault("TONGHOP_TEST_POSTGRES_PASSWORD", "tonghop");
        schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    @Test
    void nightsOnASharedPostgresDatabase() throws Exception {
        Office office = new Office(tmp);
        for (String sample : List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "TH_LongKhanh_phan_ky_chi_tieu.xls", "BinhMinh_ban_hong.xlsx", "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx")) {
            office.deliver(sample);
        }
        office.deliver(Office.SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), "TH_PhuLoc_gui_lai.xlsx");

        assertThat(office.run(postgres())).isZero();

        JdbcTemplate db = jdbc();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(6);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(5);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM submission WHERE is_current", Integer.class)).isEqualTo(4);
        Path folder = office.lastRunFolder();
        List<CSVRecord> facts = Office.csv(folder.resolve("facts.csv"));
        assertThat(facts).hasSize(db.queryForObject(
                "SELECT SUM(v.fact_count) FROM submission_values v JOIN submission s ON s.id = v.submission_id "
                        + "WHERE s.is_current",
                Integer.class));
        assertThat(Office.csv(folder.resolve("discrepancies.csv"))).isNotEmpty()
                .anySatisfy(r -> assertThat(r.get("cell")).isEqualTo("L13")); // Tân Phú A's planted mistake
        assertThat(Office.csv(folder.resolve("files.csv"))).extracting(r -> r.get("outcome"))
                .contains("READ", "UNREADABLE", "DUPLICATE");

        // the next night: nothing new, nothing written; then a restart-free second run number
        assertThat(office.run(postgres())).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class))
                .as("every file of the inbox known by its receipt: none taken in again").isEqualTo(6);
        assertThat(office.runFolders()).hasSize(1);
        assertThat(db.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                .containsExactly("COMPLETED", "COMPLETED");
    }

    private String[] postgres() {
        return new String[] {"--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + schema, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
            "--spring.flyway.schemas=" + schema};
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + schema, user, password));
    }
}
