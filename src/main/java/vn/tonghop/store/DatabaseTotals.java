package vn.tonghop.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the whole database holds, over every run: whether there is any history at all (a lost database
 * has none), and what {@code rebuild} says it rebuilt.
 */
@Repository
public class DatabaseTotals {

    /** Totals after a rebuild: runs, receipts, readings, versions, findings and mail never sent again. */
    public record Totals(int runs, int receipts, int repeats, int submissions, int versions, int unitsWithVersions,
                         int errors, int warnings, int notSent) {
    }

    private final JdbcTemplate jdbc;

    public DatabaseTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many runs (job instances) the database remembers. */
    public int runs() {
        return count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE");
    }

    public Totals totals() {
        return new Totals(runs(), count("SELECT COUNT(*) FROM received_file"),
                count("SELECT COUNT(*) FROM received_file WHERE duplicate_of IS NOT NULL"),
                count("SELECT COUNT(*) FROM submission"), count("SELECT COUNT(*) FROM submission_version"),
                count("SELECT COUNT(DISTINCT unit_code) FROM submission_version"),
                count("SELECT COUNT(*) FROM finding WHERE severity = 'ERROR'"),
                count("SELECT COUNT(*) FROM finding WHERE severity = 'WARNING'"),
                count("SELECT COUNT(*) FROM delivery WHERE status = '" + DeliveryStore.NOT_SENT + "'"));
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
