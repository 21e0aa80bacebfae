package vn.tonghop.store;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The folder of outputs each run wrote, with the fingerprint of what they were made from: a run whose
 * fingerprint equals the last outputs' has nothing new to write.
 */
@Repository
public class RunOutputStore {

    private final JdbcTemplate jdbc;

    public RunOutputStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprint of the last outputs another run wrote, or null when none did. */
    public String lastFingerprintBefore(long runId) {
        List<String> last = jdbc.queryForList("SELECT fingerprint FROM run_output WHERE run_id <> ? "
                + "ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY", String.class, runId);
        return last.isEmpty() ? null : last.get(0);
    }

    /** Records (again, for a restarted run) where a run wrote its outputs and what they were made of. */
    public void record(long runId, Path folder, String fingerprint) {
        jdbc.update("DELETE FROM run_output WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO run_output (run_id, folder, fingerprint, written_at) VALUES (?, ?, ?, ?)", runId,
                folder.toAbsolutePath().toString(), fingerprint, Timestamp.from(Instant.now()));
    }

    /** Every folder a run of this office recorded writing its outputs into. */
    public List<Path> folders() {
        return jdbc.queryForList("SELECT folder FROM run_output", String.class).stream().map(Path::of).toList();
    }

    /** Where a run wrote its outputs, or null when it wrote none. */
    public Path folder(long runId) {
        List<String> folders = jdbc.queryForList("SELECT folder FROM run_output WHERE run_id = ?", String.class,
                runId);
        return folders.isEmpty() ? null : Path.of(folders.get(0));
    }
}
