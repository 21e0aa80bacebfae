package vn.tonghop.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.validation.Finding;
import vn.tonghop.validation.Severity;

/** Findings of a run, stored as they are made so a long run keeps none in memory. */
@Repository
public class FindingStore {

    private static final String COLUMNS = "x.file_name, x.unit_code, x.sheet, x.cell, x.rule, x.severity, x.message, "
            + "x.raw";
    /** The findings a run reports (two {@code ?}: the run, twice). */
    private static final String REPORTED = " FROM finding x LEFT JOIN submission s ON s.id = x.submission_id "
            + "WHERE ((x.submission_id IS NULL AND x.run_id = ?) OR " + VersionStore.IN_RUN_SCOPE + ")";
    /** Counts what {@link #findings} lists (two {@code ?}: the run, twice). */
    public static final String COUNT_REPORTED = "SELECT COUNT(*)" + REPORTED;

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores findings of one submission, or of the run as a whole when {@code submissionId} is null. */
    public void save(long runId, Long submissionId, List<Finding> findings) {
        jdbc.batchUpdate("""
                INSERT INTO finding (run_id, file_name, unit_code, sheet, cell, rule, severity, message, raw,
                                     submission_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, 500, (ps, f) -> {
            ps.setLong(1, runId);
            ps.setString(2, cut(f.file(), 500));
            ps.setString(3, cut(f.unitCode(), 100));
            ps.setString(4, cut(f.sheet(), 300));
            ps.setString(5, cut(f.cell(), 300));
            ps.setString(6, f.rule());
            ps.setString(7, f.severity().name());
            ps.setString(8, cut(f.message(), 4000));
            ps.setString(9, cut(f.raw(), 4000));
            ps.setObject(10, submissionId, Types.BIGINT);
        });
    }

    /** Removes one rule's findings on one submission (a finding made again when a run is restarted). */
    public void deleteOfSubmission(long submissionId, String rule) {
        jdbc.update("DELETE FROM finding WHERE submission_id = ? AND rule = ?", submissionId, rule);
    }

    /** Replaces the run-wide findings (those of no one submission): checking across files again is harmless. */
    public void replaceRunWide(long runId, List<Finding> findings) {
        jdbc.update("DELETE FROM finding WHERE run_id = ? AND submission_id IS NULL", runId);
        save(runId, null, findings);
    }

    /**
     * What a run reports: the findings on every unit's current version (whenever it arrived), on the
     * files this run could not use, and across files for this run.
     */
    public List<Finding> findings(long runId) {
        return jdbc.query("SELECT " + COLUMNS + REPORTED + " ORDER BY x.id", FindingStore::map, runId, runId);
    }

    /** The findings on one submission. */
    public List<Finding> ofSubmission(long submissionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM finding x WHERE x.submission_id = ? ORDER BY x.id",
                FindingStore::map, submissionId);
    }

    private static Finding map(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Severity.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
