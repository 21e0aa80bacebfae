package vn.tonghop.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads back what runs did, for {@code status} and the summary printed at the end of a run (their
 * e-mails: {@code DeliveryStore.status}).
 */
@Repository
public class RunHistory {

    private final JdbcTemplate jdbc;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RunRecord of(long runId) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        jdbc.query("SELECT outcome, COUNT(*) FROM submission WHERE run_id = ? GROUP BY outcome ORDER BY outcome",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getInt(2));
                }, runId);
        int newFiles = count("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND duplicate_of IS NULL", runId);
        int repeats = count("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND duplicate_of IS NOT NULL", runId);
        int versions = count("SELECT COUNT(*) FROM submission WHERE run_id = ? AND outcome = 'READ' "
                + "AND unit_code IS NOT NULL", runId);
        int reported = count("SELECT COUNT(*) FROM submission WHERE is_current");
        long errors = count(FindingStore.COUNT_REPORTED + " AND x.severity = 'ERROR'", runId, runId, runId);
        long warnings = count(FindingStore.COUNT_REPORTED + " AND x.severity = 'WARNING'", runId, runId, runId);
        List<String> folder = jdbc.queryForList("SELECT folder FROM run_output WHERE run_id = ?", String.class, runId);
        List<RunRecord.UnusableFile> unusable = jdbc.query("SELECT file_name, outcome, reason FROM submission "
                + "WHERE run_id = ? AND outcome NOT IN ('READ', 'HELD') ORDER BY file_name, id",
                (rs, i) -> new RunRecord.UnusableFile(rs.getString(1), rs.getString(2), rs.getString(3)), runId);
        return new RunRecord(runId, newFiles, repeats, outcomes, versions, reported, errors, warnings,
                folder.isEmpty() ? null : folder.get(0), unusable);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
