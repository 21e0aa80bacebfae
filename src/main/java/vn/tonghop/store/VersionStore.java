package vn.tonghop.store;

import java.lang.ref.SoftReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Units' versions (the {@code submission_version} view): which file each unit's consolidation uses. */
@Repository
public class VersionStore {

    /** SQL condition on {@code s} (a submission): it is a unit's current version (see {@link #refresh}). */
    public static final String IS_CURRENT = "s.is_current";

    /**
     * SQL condition on {@code s} for one run's outputs (one {@code ?}: the run): the current versions,
     * whenever they arrived, and the files this run could not use.
     */
    public static final String IN_RUN_SCOPE = "(s.is_current OR (s.run_id = ? AND s.outcome <> 'READ'))";

    private static final String SELECT = "SELECT submission_id, unit_code, file_name, sha256, received_run_id, "
            + "sent_at, sender, version, version_count FROM submission_version ";

    private final JdbcTemplate jdbc;
    /**
     * The current versions of each kind as {@link #refresh} last left them: only a refresh
     * changes them, and a night asks for them again and again (each kind's outputs, each district's copy checks
     * whether its tables changed): a fifth of a steady night's district copies went to reading them. Forgotten
     * at each refresh and at each run's start ({@link #forget}), so another process's changes between runs
     * are seen.
     */
    private final Map<String, SoftReference<List<Version>>> current = new HashMap<>();

    public VersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies the versions (the {@code submission_version} view) into {@code submission.version} and
     * {@code submission.is_current}, changing only the rows that differ. Run once the files are read.
     */
    public void refresh() {
        List<Object[]> changes = jdbc.query("""
                SELECT v.submission_id, v.version, v.version = v.version_count, s.version, s.is_current
                FROM submission_version v JOIN submission s ON s.id = v.submission_id""", (rs, i) -> {
            int version = rs.getInt(2);
            boolean current = rs.getBoolean(3);
            boolean same = rs.getObject(4) != null && rs.getInt(4) == version && rs.getBoolean(5) == current;
            return same ? null : new Object[] {version, current, rs.getLong(1)};
        }).stream().filter(java.util.Objects::nonNull).toList();
        jdbc.batchUpdate("UPDATE submission SET version = ?, is_current = ? WHERE id = ?", changes);
        forget();
    }

    /** Reads the current versions from the database again at their next use. */
    public synchronized void forget() {
        current.clear();
    }

    /** Every unit's current version of every kind, by unit code. */
    public List<Version> current() {
        return jdbc.query("""
                SELECT s.id, s.unit_code, s.file_name, s.sha256, r.run_id, r.sent_at, r.sender, s.version, s.version
                FROM submission s JOIN received_file r ON r.id = s.received_file_id
                WHERE s.is_current ORDER BY s.unit_code, s.kind""", VersionStore::map);
    }

    /**
     * Every unit's current version of one document kind, by unit code; kept softly until the next refresh:
     * 100,000 units' versions are tens of megabytes, which a national night's heap may need more.
     */
    public synchronized List<Version> current(String kind) {
        SoftReference<List<Version>> ref = current.get(kind);
        List<Version> versions = ref == null ? null : ref.get();
        if (versions == null) {
            versions = List.copyOf(jdbc.query("""
                    SELECT s.id, s.unit_code, s.file_name, s.sha256, r.run_id, r.sent_at, r.sender, s.version, s.version
                    FROM submission s JOIN received_file r ON r.id = s.received_file_id
                    WHERE s.is_current AND s.kind = ? ORDER BY s.unit_code""", VersionStore::map, kind));
            current.put(kind, new SoftReference<>(versions));
        }
        return versions;
    }

    /** Every version of one unit's documents of one kind, newest first. */
    public List<Version> history(String unitCode, String kind) {
        return jdbc.query(SELECT + "WHERE unit_code = ? AND kind = ? ORDER BY version DESC", VersionStore::map,
                unitCode, kind);
    }

    /** All versions of one unit, oldest first (each kind's in turn). */
    public List<Version> history(String unitCode) {
        return jdbc.query(SELECT + "WHERE unit_code = ? ORDER BY kind, version", VersionStore::map, unitCode);
    }

    private static Version map(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8), rs.getInt(9));
    }
}
