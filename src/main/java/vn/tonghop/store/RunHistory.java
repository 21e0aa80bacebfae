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

    /**
     * What run {@code runId} did. Its units reported and findings come from {@link #settle} once the run
     * settled them; before that (the run is still going, or stopped before its deliver step) they are
     * counted now.
     */
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
        List<Reported> settled = jdbc.query("SELECT units_reported, errors, warnings FROM run_figures WHERE run_id = ?",
                (rs, i) -> new Reported(rs.getInt(1), rs.getLong(2), rs.getLong(3)), runId);
        Reported reported = settled.isEmpty() ? reported(runId) : settled.get(0);
        Path folder = outputs.folder(runId);
        List<RunRecord.UnusableFile> unusable = jdbc.query("SELECT file_name, outcome, reason FROM submission "
                + "WHERE run_id = ? AND outcome NOT IN ('READ', 'HELD') ORDER BY file_name, id",
                (rs, i) -> new RunRecord.UnusableFile(rs.getString(1), FileOutcome.valueOf(rs.getString(2)),
                        rs.getString(3)), runId);
        return new RunRecord(runId, newFiles, repeats, outcomes, versions, reported.units(), reported.errors(),
                reported.warnings(), folder == null ? null : folder.toString(), unusable);
    }

    /**
     * Counts what run {@code runId} reports (units with a current version, its findings) and keeps it, once
     * its findings are final: the figures say what the run reported, not what a later night's versions
     * would make of it, and {@code status} lists them without counting a join of every finding again for
     * each run it shows (about 1.5 s a run at 10,000 schools). Counted again when the run is.
     */
    public void settle(long runId) {
        Reported r = reported(runId);
        jdbc.update("DELETE FROM run_figures WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO run_figures (run_id, units_reported, errors, warnings) VALUES (?, ?, ?, ?)", runId,
                r.units(), r.errors(), r.warnings());
    }

    /** Errors and warnings counted in one pass over the run's findings: each pass a join of every finding. */
    private Reported reported(long runId) {
        long[] bySeverity = jdbc.queryForObject(FindingStore.COUNT_REPORTED_BY_SEVERITY,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId, runId, runId);
        return new Reported(count("SELECT COUNT(DISTINCT unit_code) FROM submission WHERE is_current"),
                bySeverity[0], bySeverity[1]);
    }

    /** The figures of a run that depend on the current versions. */
    private record Reported(int units, long errors, long warnings) {
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
