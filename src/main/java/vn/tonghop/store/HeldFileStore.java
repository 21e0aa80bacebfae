package vn.tonghop.store;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files held because who sent them is not known for their unit (outcome HELD), and the officers'
 * acceptances of them.
 */
@Repository
public class HeldFileStore {

    /** One held file: its reading (submission) and its receipt. */
    public record HeldFile(long submissionId, long receivedFileId, long runId, String fileName, String sha256,
                           String sender, String unitCode, Instant sentAt, Path archived) {
    }

    /** A held file and the sender of a later copy of the very same bytes. */
    public record Resent(HeldFile file, String sender) {
    }

    private final JdbcTemplate jdbc;

    public HeldFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every file held now, oldest first. */
    public List<HeldFile> held() {
        return jdbc.query("""
                SELECT s.id, r.id, s.run_id, r.file_name, r.sha256, r.sender, s.unit_code, r.sent_at, r.archive_path
                FROM submission s JOIN received_file r ON r.id = s.received_file_id
                WHERE s.outcome = 'HELD' ORDER BY r.sent_at, r.file_name, r.id""", (rs, i) -> new HeldFile(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), Path.of(rs.getString(9))));
    }

    /** Held files whose same bytes came again, with who sent them again. */
    public List<Resent> resent() {
        return jdbc.query("""
                SELECT s.id, r.id, s.run_id, r.file_name, r.sha256, r.sender, s.unit_code, r.sent_at, r.archive_path,
                       d.sender
                FROM submission s JOIN received_file r ON r.id = s.received_file_id
                JOIN received_file d ON d.duplicate_of = r.id
                WHERE s.outcome = 'HELD' AND d.sender IS NOT NULL ORDER BY d.id""", (rs, i) -> new Resent(
                new HeldFile(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), Path.of(rs.getString(9))),
                rs.getString(10)));
    }

    /** Whether an officer accepted this received file. */
    public boolean accepted(long receivedFileId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM sender_acceptance WHERE received_file_id = ?",
                Integer.class, receivedFileId);
        return n != null && n > 0;
    }

    /** The receipts of every held file an officer accepted, in the order they were taken in. */
    public List<Long> acceptedReceipts() {
        return jdbc.queryForList("SELECT received_file_id FROM sender_acceptance ORDER BY 1", Long.class);
    }

    /**
     * Accepts a held file: records who accepted what and removes the held reading, so the next read
     * step reads the file again, without the sender check, as its unit's newest version. Accepting a
     * file no longer held does nothing.
     */
    @Transactional
    public void accept(HeldFile file, Instant at) {
        if (accepted(file.receivedFileId())) {
            return;
        }
        jdbc.update("INSERT INTO sender_acceptance (received_file_id, held_in_run, sender, accepted_at) "
                + "VALUES (?, ?, ?, ?)", file.receivedFileId(), file.runId(), file.sender(), Timestamp.from(at));
        // every held document of the file (a workbook may hold several units' tables)
        String held = "(SELECT id FROM submission WHERE received_file_id = ? AND outcome = 'HELD')";
        jdbc.update("DELETE FROM finding WHERE submission_id IN " + held, file.receivedFileId());
        jdbc.update("DELETE FROM reading_note WHERE submission_id IN " + held, file.receivedFileId());
        jdbc.update("DELETE FROM fact WHERE submission_id IN " + held, file.receivedFileId());
        jdbc.update("DELETE FROM submission_values WHERE submission_id IN " + held, file.receivedFileId());
        jdbc.update("DELETE FROM submission WHERE received_file_id = ? AND outcome = 'HELD'", file.receivedFileId());
    }
}
