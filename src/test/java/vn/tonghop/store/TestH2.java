package vn.tonghop.store;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

/** An empty H2 database in memory, one of its own for each data source: the embedded default, as a test needs it. */
final class TestH2 {

    private TestH2() {
    }

    static HikariDataSource inMemory() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUsername("sa");
        return ds;
    }
}
