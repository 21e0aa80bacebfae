package vn.tonghop.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What timeliness is computed from: every readable document of a unit, of each kind, with when its file was
 * sent (the message's date for a mailed file, the file's time in the inbox folder) and the year it is dated
 * (as its kind stored it: see {@code RecognisedDocument#currentYear}); and the reminders sent, one per unit
 * and collection round.
 */
@Repository
public class TimelinessStore {

    /**
     * A unit's readable document: its kind's code, the year it is dated (null when it names none), when its
     * file was sent.
     */
    public record Receipt(String unitCode, String kind, Integer year, Instant sentAt, String fileName,
                          long receivedRunId) {
    }

    /** A reminder sent: to whom, in which run, when. */
    public record Reminder(String unitCode, int roundYear, long runId, String recipient, Instant sentAt) {
    }

    private final JdbcTemplate jdbc;

    public TimelinessStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every readable document of a known unit, of every kind, oldest sent first. Held files are not the
     * unit's until accepted.
     */
    public List<Receipt> receipts() {
        return jdbc.query("""
                SELECT s.unit_code, s.kind, s.current_year, r.sent_at, r.file_name, r.run_id
                FROM submission s JOIN received_file r ON r.id = s.received_file_id
                WHERE s.outcome = 'READ' AND s.unit_code IS NOT NULL
                ORDER BY r.sent_at, r.run_id, r.file_name, r.id, s.kind""", (rs, i) -> new Receipt(rs.getString(1),
                rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getLong(6)));
    }

    /** The reminders sent so far. */
    public List<Reminder> reminders() {
        return jdbc.query("SELECT unit_code, round_year, run_id, recipient, sent_at FROM reminder "
                + "ORDER BY round_year, unit_code", (rs, i) -> new Reminder(rs.getString(1), rs.getInt(2),
                rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
    }

    /** Whether the unit was reminded for this round already. */
    public boolean reminded(String unitCode, int roundYear) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE unit_code = ? AND round_year = ?",
                Integer.class, unitCode, roundYear);
        return n != null && n > 0;
    }

    /** Records a reminder the mail server took (once per unit and round: a second record is ignored). */
    public void recordReminder(String unitCode, int roundYear, long runId, String recipient, Instant at) {
        if (!reminded(unitCode, roundYear)) {
            jdbc.update("INSERT INTO reminder (unit_code, round_year, run_id, recipient, sent_at) VALUES (?, ?, ?, ?, ?)",
                    unitCode, roundYear, runId, recipient, Timestamp.from(at));
        }
    }

    /** Why the unit's latest file that could not be used was refused; null when it sent none. */
    public String lastUnusableReason(String unitCode) {
        List<String> reasons = jdbc.queryForList("""
                SELECT s.reason FROM submission s JOIN received_file r ON r.id = s.received_file_id
                WHERE s.unit_code = ? AND s.outcome NOT IN ('READ', 'HELD')
                ORDER BY r.sent_at DESC, r.id DESC""", String.class, unitCode);
        return reasons.isEmpty() ? null : reasons.get(0);
    }
}
