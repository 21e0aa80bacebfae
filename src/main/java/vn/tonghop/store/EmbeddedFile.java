package vn.tonghop.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;

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

    /**
     * The file is compacted only when at most this share of it is in use. Moving every chunk to save a few
     * percent was most of the time after a night at 10,000 schools (527 MB to 489 MB in 6.6 s); a fifth of
     * room at most costs the backup a fifth more to zip, at its fastest level.
     */
    static final int COMPACT_BELOW_PERCENT_IN_USE = 80;

    /** The file's size before and after, in bytes, and the share of it in use before (percent). */
    record Compaction(long before, long after, int percentInUse) {

        /** Whether the chunks were moved: the file was at most {@link #COMPACT_BELOW_PERCENT_IN_USE} % in use. */
        boolean moved() {
            return percentInUse <= COMPACT_BELOW_PERCENT_IN_USE;
        }
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
        int inUse = file.getFillRate();
        int retention = store.getRetentionTime();
        // the chunks that died during the last 45 s are dropped too: all is on disk before anything moves
        store.setRetentionTime(0);
        try {
            file.compactMoveChunks(COMPACT_BELOW_PERCENT_IN_USE, Long.MAX_VALUE, store);
        } finally {
            store.setRetentionTime(retention);
        }
        return new Compaction(before, file.size(), inUse);
    }

    /**
     * What {@code BACKUP TO} does (H2's {@code BackupCommand}: the store flushed, then its file copied into a
     * zip while chunks are not reused), with zlib's fastest level instead of its default: the database file
     * is the biggest thing a night writes, and the default level took 2.4 times the CPU for a zip 12 %
     * smaller (zlib on a bench night's 113 MB file: 1.44 s and 15 MB against 0.59 s and 17 MB). Returns
     * false, having written nothing, when {@code connection} is no H2 database open in this process.
     */
    static boolean backup(Connection connection, Path zip) throws SQLException, IOException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return false;
        }
        Database db = session.getDatabase();
        Store store = db.getStore();
        if (store == null || !db.isPersistent()) {
            return false;
        }
        store.flush();
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.BEST_SPEED);
            db.flush();
            // as BACKUP TO: no temporary file of the database's is made or deleted meanwhile
            synchronized (db.getLobSyncObject()) {
                store.getMvStore().getFileStore().backup(out);
            }
        }
        return true;
    }
}
