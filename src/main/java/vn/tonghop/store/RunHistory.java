package vn.tonghop.store;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.reading.FileOutcome;

/**
 * Reads back what runs did: the one place a run's figures are counted, for {@code status}, the summary
 * printed at the end of a run and the office's e-mail (their e-mails: {@code DeliveryStore.status}).
 */
@Repository
public class RunHistory {

    private final JdbcTemplate jdbc;
    private final RunOutputStore outputs;

    public RunHistory(JdbcTemplate jdbc, RunOutputStore outputs) {
        this.jdbc = jdbc;
        this.outputs = outputs;
    }

    public RunRecord of(long runId) {
        Map<FileOutcome, Integer> outcomes = new EnumMap<>(FileOutcome.class);
        jdbc.query("SELECT outcome, COUNT(*) FROM submission WHERE run_id = ? GROUP BY outcome",
                rs -> {
                    outcomes.put(FileOutcome.valueOf(rs.getString(1)), rs.getInt(2));
                }, runId);
        int newFiles = count("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND duplicate_of IS NULL", runId);
        int repeats = count("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND duplicate_of IS NOT NULL", runId);
        int versions = count("SELECT COUNT(*) FROM submission WHERE run_id = ? AND outcome = 'READ' "
                + "AND unit_code IS NOT NULL", runId);
        int reported = count("SELECT COUNT(DISTINCT unit_code) FROM submission WHERE is_current");
        long errors = count(FindingStore.COUNT_REPORTED + " AND x.severity = 'ERROR'", runId, runId, runId);
        long warnings = count(FindingStore.COUNT_REPORTED + " AND x.severity = 'WARNING'", runId, runId, runId);
        Path folder = outputs.folder(runId);
        List<RunRecord.UnusableFile> unusable = jdbc.query("SELECT file_name, outcome, reason FROM submission "
                + "WHERE run_id = ? AND outcome NOT IN ('READ', 'HELD') ORDER BY file_name, id",
                (rs, i) -> new RunRecord.UnusableFile(rs.getString(1), FileOutcome.valueOf(rs.getString(2)),
                        rs.getString(3)), runId);
        return new RunRecord(runId, newFiles, repeats, outcomes, versions, reported, errors, warnings,
                folder == null ? null : folder.toString(), unusable);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
