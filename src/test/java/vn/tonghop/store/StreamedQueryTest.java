package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A streamed query hands its rows on as the database reads them, outside any transaction (on a thread of its own,
 * in a command) and inside one (a step's), on H2 and on PostgreSQL: a night's findings (1.1 million at
 * N = 100,000) never sit in the driver's memory at once. Seen from outside by a query that fails at its 3,000th
 * row: streamed, the rows before it have been handed on when it fails; read whole first, none has.
 */
class StreamedQueryTest {

    private static final int FAILS_AT = 3000;

    @Test
    void onH2RowsComeAsRead() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            assertStreamed(ds, "SELECT 1 / (X - " + FAILS_AT + ") FROM SYSTEM_RANGE(1, 5000)",
                    "SELECT X FROM SYSTEM_RANGE(1, 5000)");
        }
    }

    @Test
    void onPostgresRowsComeAsRead() {
        try (HikariDataSource ds = TestPostgres.inNewSchema(TestPostgres.url())) {
            assertStreamed(ds, "SELECT 1 / (n - " + FAILS_AT + ") FROM generate_series(1, 5000) n",
                    "SELECT n FROM generate_series(1, 5000) n");
        }
    }

    private static void assertStreamed(HikariDataSource pool, String failingLate, String whole) {
        try (Connection con = pool.getConnection()) {
            // one connection for every statement, not reset between them as the pool resets a connection given back:
            // what the query leaves on it is seen
            assertStreamed(new SingleConnectionDataSource(con, true), failingLate, whole);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStreamed(DataSource ds, String failingLate, String whole) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        StreamedQuery query = new StreamedQuery(jdbc);

        int[] outside = {0};
        assertThatThrownBy(() -> query.forEachRow(failingLate, ps -> { }, rs -> outside[0]++))
                .isInstanceOf(DataAccessException.class);
        assertThat(outside[0]).as("rows handed on before the failure, outside a transaction")
                .isGreaterThanOrEqualTo(2000).isLessThan(FAILS_AT);
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) con -> con.getAutoCommit()))
                .as("the connection left as it was taken, in autocommit").isTrue();

        int[] inside = {0};
        assertThatThrownBy(() -> new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(
                tx -> query.forEachRow(failingLate, ps -> { }, rs -> inside[0]++)))
                .isInstanceOf(DataAccessException.class);
        assertThat(inside[0]).as("rows handed on before the failure, in a transaction")
                .isGreaterThanOrEqualTo(2000).isLessThan(FAILS_AT);

        // and a whole query still gives every row, the connection usable after the failures
        int[] all = {0};
        query.forEachRow(whole, ps -> { }, rs -> all[0]++);
        assertThat(all[0]).isEqualTo(5000);
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) con -> con.getAutoCommit()))
                .as("the connection left in autocommit after a whole query too").isTrue();
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    }
}
