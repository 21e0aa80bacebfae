package vn.tonghop.store;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.reading.FileOutcome;

/** Every file a run took in, as {@code files.csv} lists them: its readings, and repeats of bytes already received. */
@Repository
public class FileLedger {

    /**
     * A reading of a file taken in.
     *
     * @param facts   how many facts it gave
     * @param version its version of the unit's submission, or null when it is none
     * @param current whether it is its unit's current version (the one consolidated)
     * @param sender  who mailed it, or null when it came from the inbox folder
     */
    public record Reading(String fileName, FileOutcome outcome, String unitCode, String reason, String sheets,
                          String period, long facts, String sha256, long sizeBytes, Integer version, boolean current,
                          String sender) {
    }

    /** Bytes received again: the repeat, and the name and time of their first receipt. */
    public record Repeat(String fileName, String sha256, long sizeBytes, String sender, String firstName,
                         Instant firstReceivedAt) {
    }

    private final JdbcTemplate jdbc;

    public FileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The readings of a run's files. */
    public List<Reading> readings(long runId) {
        return jdbc.query("""
                SELECT s.file_name, s.outcome, s.unit_code, s.reason, s.sheets, s.period,
                       COALESCE((SELECT v.fact_count FROM submission_values v WHERE v.submission_id = s.id),
                                (SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id)), s.sha256, s.size_bytes,
                       s.version, s.is_current, r.sender
                FROM submission s LEFT JOIN received_file r ON r.id = s.received_file_id
                WHERE s.run_id = ?""", (rs, i) -> new Reading(rs.getString(1), FileOutcome.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                rs.getLong(9), rs.getObject(10, Integer.class), rs.getBoolean(11), rs.getString(12)), runId);
    }

    /** The repeats a run took in. */
    public List<Repeat> repeats(long runId) {
        return jdbc.query("""
                SELECT d.file_name, d.sha256, d.size_bytes, d.sender, f.file_name, f.received_at
                FROM received_file d JOIN received_file f ON f.id = d.duplicate_of
                WHERE d.run_id = ?""", (rs, i) -> new Repeat(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), runId);
    }
}
