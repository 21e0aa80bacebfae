package vn.tonghop.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code delivery} table: one row per message of a run, updated as it is retried. A message is
 * identified by (run, recipient, unit, subject) for a school, whose subject names the file and version;
 * and by (run, recipient) for the office, whose subject carries a date that must not make a restarted
 * run mail the office twice.
 *
 * <p>Each outcome is committed on its own as soon as it is known, whatever transaction the caller runs
 * in (a run's deliver step runs in one until it ends): a run killed in the middle of its mail keeps the
 * record of what already went out, and its restart does not send that again.
 */
@Repository
public class DeliveryStore {

    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    /** A message of a run rebuilt from the archive: recorded, never sent (see {@code rebuild}). */
    public static final String NOT_SENT = "NOT_SENT";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryStore(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether this message already went out in this run (before a restart, or an earlier call). */
    public boolean alreadySent(long runId, String recipient, String unitCode, String subject) {
        Key k = new Key(runId, cut(recipient, 500), unitCode, cut(subject, 500));
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE status = ? AND " + k.where(),
                Integer.class, k.args(SENT));
        return n != null && n > 0;
    }

    /**
     * Records and commits the outcome of {@code attempts} more tries of a message: a new row the first
     * time, the same row updated after (attempts add up over calls).
     */
    public void record(long runId, String recipient, String unitCode, String subject, List<String> attachments,
                       String status, int attempts, String lastError) {
        ownTransaction.executeWithoutResult(tx -> insertOrUpdate(runId, recipient, unitCode, subject, attachments,
                status, attempts, lastError));
    }

    private void insertOrUpdate(long runId, String recipient, String unitCode, String subject,
                                List<String> attachments, String status, int attempts, String lastError) {
        Timestamp now = Timestamp.from(Instant.now());
        String files = cut(String.join(", ", attachments), 2000);
        String error = lastError == null ? null : cut(lastError, 2000);
        Key k = new Key(runId, cut(recipient, 500), unitCode, cut(subject, 500));
        int updated = jdbc.update("UPDATE delivery SET subject = ?, attachments = ?, status = ?, "
                + "attempts = attempts + ?, last_error = ?, updated_at = ? WHERE " + k.where(),
                k.args(k.subject(), files, status, attempts, error, now));
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO delivery (run_id, recipient, unit_code, subject, attachments, status, attempts,
                                          last_error, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", runId, k.recipient(), unitCode, k.subject(), files, status,
                    attempts, error, now);
        }
    }

    /** What a run's e-mails came to, failures first-recorded first. */
    public DeliveryStatus status(long runId) {
        int sent = count(runId, SENT);
        int failed = count(runId, FAILED);
        List<DeliveryStatus.Failure> failures = jdbc.query("""
                SELECT recipient, unit_code, subject, attempts, last_error, updated_at FROM delivery
                WHERE run_id = ? AND status = ? ORDER BY id""", (rs, i) -> new DeliveryStatus.Failure(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getTimestamp(6).toInstant()), runId, FAILED);
        return new DeliveryStatus(runId, sent, failed, failures);
    }

    private int count(long runId, String status) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE run_id = ? AND status = ?",
                Integer.class, runId, status);
        return n == null ? 0 : n;
    }

    /**
     * Which row a message is. Office mail (no unit) leaves the subject out of the key (see the class
     * comment); two SQL forms rather than "? IS NULL", whose parameter type PostgreSQL cannot infer.
     */
    private record Key(long runId, String recipient, String unitCode, String subject) {

        String where() {
            return unitCode == null ? "run_id = ? AND recipient = ? AND unit_code IS NULL"
                    : "run_id = ? AND recipient = ? AND unit_code = ? AND subject = ?";
        }

        /** {@code leading} values, then this key's values in the order of {@link #where()}. */
        Object[] args(Object... leading) {
            List<Object> args = new ArrayList<>(Arrays.asList(leading));
            args.add(runId);
            args.add(recipient);
            if (unitCode != null) {
                args.add(unitCode);
                args.add(subject);
            }
            return args.toArray();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
