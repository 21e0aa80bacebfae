package vn.tonghop.store;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The PostgreSQL server CI provides ({@code TONGHOP_TEST_POSTGRES_URL}, user and password): a test on it is
 * skipped outside CI when there is none, and fails in CI; each data source works in a schema of its own.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    /** The server's URL; aborts the test outside CI when none is set, fails it in CI. */
    static String url() {
        String url = System.getenv("TONGHOP_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI must provide a PostgreSQL server (TONGHOP_TEST_POSTGRES_URL)");
            }
            Assumptions.abort("no PostgreSQL server (TONGHOP_TEST_POSTGRES_URL); skipped outside CI");
        }
        return url;
    }

    /** A data source on {@code url} in a new, empty schema. */
    static HikariDataSource inNewSchema(String url) {
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        ds.setUsername(System.getenv().getOrDefault("TONGHOP_TEST_POSTGRES_USER", "tonghop"));
        ds.setPassword(System.getenv().getOrDefault("TONGHOP_TEST_POSTGRES_PASSWORD", "tonghop"));
        ds.setSchema(schema);
        return ds;
    }
}
