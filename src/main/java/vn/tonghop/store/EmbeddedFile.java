package vn.tonghop.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * The embedded H2 database's file, compacted while it is open. A commit is on disk when it returns
 * ({@code WRITE_DELAY=0}), which also turns H2's background housekeeping off: each commit's chunk goes
 * where there is room, freed chunks are reused only once older than the retention time (45 s), and
 * nothing ever moves chunks together. After a night the file was five times its live data (1,200 files:
 * 252 MB, of which 19 % in use; 46 MB once compacted) and {@code BACKUP TO} zipped it all. H2 compacts
 * only when the database closes (for {@code MAX_COMPACT_TIME}, 200 ms), and no SQL statement asks for it
 * on an open one, hence H2's own classes.
 */
final class EmbeddedFile {

    /** The file's size before and after, in bytes. */
    record Compaction(long before, long after) {
    }

    private EmbeddedFile() {
    }

    /**
     * Moves the chunks of the database behind {@code connection} next to each other and truncates the
     * file; null when it is no H2 database open in this process. Call it when nothing else writes: a
     * completed run. These are the moves H2 makes when it closes a database (every chunk synced to disk
     * before the first one moves).
     */
    static Compaction compact(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (!(store.getFileStore() instanceof RandomAccessStore file)) {
            return null;
        }
        long before = file.size();
        int retention = store.getRetentionTime();
        // the chunks that died during the last 45 s are dropped too: all is on disk before anything moves
        store.setRetentionTime(0);
        try {
            file.compactMoveChunks(101, Long.MAX_VALUE, store);
        } finally {
            store.setRetentionTime(retention);
        }
        return new Compaction(before, file.size());
    }
}
