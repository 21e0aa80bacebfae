package vn.tonghop.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code received_file} table: every file taken in, first receipts and repeats of the same bytes. */
@Repository
public class ReceiptStore {

    private static final String COLUMNS = "id, run_id, sha256, file_name, source, sender, size_bytes, sent_at, "
            + "received_at, archive_path, duplicate_of";

    private final JdbcTemplate jdbc;

    public ReceiptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this exact file (same place, size and modification time) was already taken in: {@link #takenFrom} for
     * one place, so that a file is known by one comparison only.
     */
    public boolean alreadyTaken(String source, long size, Instant sentAt) {
        return takenFrom(List.of(source)).contains(source, size, sentAt);
    }

    /**
     * What was taken in from these places (a batch of the inbox's files), in one query: a query per file was a
     * round trip to a PostgreSQL server for each file of the inbox every night (12,120 at 10,000 schools; 1.3–1.5 s
     * to a server on the same machine, more over a network).
     */
    public TakenFrom takenFrom(Collection<String> sources) {
        Set<String> taken = new HashSet<>();
        if (!sources.isEmpty()) {
            jdbc.query("SELECT source, size_bytes, sent_at FROM received_file WHERE source IN ("
                    + CurrentValues.marks(sources.size()) + ")", rs -> {
                        Timestamp sentAt = rs.getTimestamp(3);
                        if (sentAt != null) { // never equal to a file's time
                            taken.add(TakenFrom.key(rs.getString(1), rs.getLong(2), sentAt));
                        }
                    }, sources.toArray());
        }
        return new TakenFrom(taken);
    }

    /** The files taken in from some places: each by its place, size and modification time. */
    public static final class TakenFrom {
        private final Set<String> taken;

        private TakenFrom(Set<String> taken) {
            this.taken = taken;
        }

        /** Whether the file at {@code source}, of this size and modification time, was taken in. */
        public boolean contains(String source, long size, Instant sentAt) {
            return taken.contains(key(source, size, Timestamp.from(sentAt)));
        }

        /** The time as the column holds it: local, as a {@link Timestamp} parameter is bound. */
        private static String key(String source, long size, Timestamp sentAt) {
            return size + "|" + sentAt.toLocalDateTime() + "|" + source;
        }
    }

    /**
     * The first 64 bits of every first receipt's hash ({@link #hashPrefix}), sorted: a file whose prefix is
     * not among them was never received.
     */
    public long[] firstReceiptPrefixes() {
        long[] out = jdbc.query("SELECT sha256 FROM received_file WHERE duplicate_of IS NULL", rs -> {
            long[] all = new long[1024];
            int n = 0;
            while (rs.next()) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, n * 2);
                }
                all[n++] = hashPrefix(rs.getString(1));
            }
            return Arrays.copyOf(all, n);
        });
        Arrays.sort(out);
        return out;
    }

    /** The first 16 hexadecimal digits of a SHA-256 as a number. */
    public static long hashPrefix(String sha256) {
        return Long.parseUnsignedLong(sha256.substring(0, 16), 16);
    }

    /** The first receipt of these bytes, or null. */
    public Long firstReceiptOf(String sha256) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM received_file WHERE sha256 = ? AND duplicate_of IS NULL "
                + "ORDER BY id", Long.class, sha256);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public void insert(long runId, String sha256, String fileName, String source, String sender, long size,
                       Instant sentAt, Instant receivedAt, Path archivePath, Long duplicateOf) {
        jdbc.update("INSERT INTO received_file (run_id, sha256, file_name, source, sender, size_bytes, sent_at, "
                        + "received_at, archive_path, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId, sha256, cut(fileName, 500), cut(source, 2000), cut(sender, 500), size, Timestamp.from(sentAt),
                Timestamp.from(receivedAt), archivePath.toString(), duplicateOf);
    }

    /**
     * First receipts not read yet, in the order they were sent: what the next read step works on. A
     * run killed mid-way leaves exactly the files it had not stored; none is read twice.
     */
    public List<ReceivedFile> unread() {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_file r WHERE duplicate_of IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM submission s WHERE s.received_file_id = r.id) ORDER BY sent_at, file_name, id",
                ReceiptStore::map);
    }

    /** Repeats of bytes already received, taken in by a run. */
    public List<ReceivedFile> duplicatesIn(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_file WHERE run_id = ? AND duplicate_of IS NOT NULL "
                + "ORDER BY file_name, id", ReceiptStore::map, runId);
    }

    public ReceivedFile find(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM received_file WHERE id = ?", ReceiptStore::map, id);
    }

    /** Every distinct content received so far, sorted: what a run's outputs are made from. */
    public List<String> allContent() {
        return jdbc.queryForList("SELECT DISTINCT sha256 FROM received_file ORDER BY sha256", String.class);
    }

    private static ReceivedFile map(ResultSet rs, int row) throws SQLException {
        return new ReceivedFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                Path.of(rs.getString(10)), rs.getObject(11, Long.class));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
