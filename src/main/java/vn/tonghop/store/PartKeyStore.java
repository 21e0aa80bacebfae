package vn.tonghop.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each part of the office's tree (a child of the root) was made of when a run last checked it across
 * documents or wrote its district copy ({@code part_key}), and each unit's documents as the store holds them:
 * a run carries over a part whose inputs are unchanged instead of making it again.
 */
@Repository
public class PartKeyStore {

    /** The kinds' checks across documents of a part. */
    public static final String CHECKS = "checks";
    /** A part's copy under {@code theo-huyen/}. */
    public static final String COPY = "copy";

    /**
     * A part as a run recorded it.
     *
     * @param computedRun the run that made the part's findings or copy from the documents (the run itself, or
     *                    the run it carried them from)
     * @param madeAt      the time the run's outputs state (its start)
     */
    public record Kept(long runId, String key, long computedRun, LocalDateTime madeAt) {
    }

    private final JdbcTemplate jdbc;

    public PartKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each part's record by the last run before {@code runId} that recorded it for {@code purpose}. */
    public Map<String, Kept> latestBefore(long runId, String purpose) {
        Map<String, Kept> out = new LinkedHashMap<>();
        jdbc.query("""
                SELECT p.part_code, p.run_id, p.input_key, p.computed_run, p.made_at FROM part_key p
                WHERE p.purpose = ? AND p.run_id = (SELECT MAX(q.run_id) FROM part_key q
                                                   WHERE q.purpose = p.purpose AND q.run_id < ?)
                ORDER BY p.part_code""", rs -> {
            out.put(rs.getString(1), new Kept(rs.getLong(2), rs.getString(3), rs.getLong(4),
                    rs.getTimestamp(5).toLocalDateTime()));
        }, purpose, runId);
        return out;
    }

    /** Records (again, for a restarted run) the run's parts for {@code purpose}. */
    public void replace(long runId, String purpose, Map<String, Kept> parts) {
        jdbc.update("DELETE FROM part_key WHERE run_id = ? AND purpose = ?", runId, purpose);
        List<Object[]> rows = parts.entrySet().stream().map(e -> new Object[] {runId, purpose, e.getKey(),
            e.getValue().key(), e.getValue().computedRun(), Timestamp.valueOf(e.getValue().madeAt())}).toList();
        jdbc.batchUpdate("INSERT INTO part_key (run_id, purpose, part_code, input_key, computed_run, made_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Each unit's documents as the store holds them, one line per unit code: every submission (any outcome,
     * any kind) with its version and whether it is current. A unit whose line is unchanged sent nothing, had
     * no file accepted and no version moved since.
     */
    public Map<String, String> documentsByUnit() {
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        jdbc.query("""
                SELECT unit_code, id, run_id, kind, outcome, version, is_current FROM submission
                WHERE unit_code IS NOT NULL ORDER BY unit_code, id""", rs -> {
            lines.computeIfAbsent(rs.getString(1), k -> new StringBuilder()).append(rs.getLong(2)).append(':')
                    .append(rs.getLong(3)).append(':').append(rs.getString(4)).append(':').append(rs.getString(5))
                    .append(':').append(rs.getObject(6)).append(':').append(rs.getBoolean(7)).append(';');
        });
        Map<String, String> out = new LinkedHashMap<>();
        lines.forEach((unit, line) -> out.put(unit, line.toString()));
        return out;
    }
}
