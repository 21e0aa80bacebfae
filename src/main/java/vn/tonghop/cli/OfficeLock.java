package vn.tonghop.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The office's lock file ({@code data-dir/tonghop.lock}), two byte ranges of it locked by the OS:
 * <ul>
 *   <li>the <b>writer</b> range: held for its whole life by the one process that changes the office
 *       (run, schedule, rebuild, …), so a second one is told at once, before it opens the database;</li>
 *   <li>the <b>database</b> range: held by whichever process has the embedded database open, the writer
 *       or a {@code status}. H2 in file mode lets one process open the file; a {@code status} that finds
 *       this range taken does not try, and a writer starting while a {@code status} is reading waits the
 *       few seconds it takes rather than fail.</li>
 * </ul>
 * The OS drops both when the process dies, however it dies ({@code kill -9} included): no stale lock to
 * clean up. One channel per file per JVM: on Linux, closing any channel on a file releases every lock the
 * JVM holds on it, so the lock file is never opened twice here.
 */
public final class OfficeLock {

    /** What the second writer prints (and exits with code 3). */
    public static final String BUSY = "Đang có một lần tổng hợp khác chạy cho đơn vị này; không chạy thêm.";

    static final String FILE = "tonghop.lock";
    private static final long WRITER = 0;
    private static final long DATABASE = 1;
    private static final Map<Path, OfficeLock> OPEN = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private FileLock writer;
    private FileLock database;

    private OfficeLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The lock of the office whose database lives in {@code dataDir} (the folder is created). */
    public static synchronized OfficeLock of(Path dataDir) throws IOException {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        OfficeLock open = OPEN.get(file);
        if (open == null) {
            Files.createDirectories(file.getParent());
            open = new OfficeLock(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
            OPEN.put(file, open);
        }
        return open;
    }

    /** Whether this process holds the writer lock of the office in {@code dataDir}. */
    public static synchronized boolean heldHere(Path dataDir) {
        OfficeLock open = OPEN.get(dataDir.toAbsolutePath().normalize().resolve(FILE));
        return open != null && open.writer != null;
    }

    /**
     * Runs {@code work} holding the writer lock: the one this process took at startup, or else taken for
     * the call; empty when another process (or another start in this one) holds it.
     */
    static <T> Optional<T> tryWith(Path dataDir, Callable<T> work) throws Exception {
        if (heldHere(dataDir)) {
            return Optional.ofNullable(work.call());
        }
        OfficeLock lock = of(dataDir);
        if (!lock.tryWriter()) {
            if (!lock.holdsDatabase()) {
                lock.release();
            }
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.call());
        } finally {
            lock.release();
        }
    }

    /** Takes the writer lock; false when another process (or another start in this one) has it. */
    public synchronized boolean tryWriter() throws IOException {
        if (writer == null) {
            writer = tryRange(WRITER);
            return writer != null;
        }
        return false;
    }

    /** Takes the database range, waiting up to {@code patience} for a {@code status} to finish reading. */
    public synchronized boolean awaitDatabase(Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (database == null) {
            database = tryRange(DATABASE);
            if (database == null) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                wait(100);
            }
        }
        return true;
    }

    /** Takes the database range if free. */
    public synchronized boolean tryDatabase() throws IOException {
        if (database == null) {
            database = tryRange(DATABASE);
        }
        return database != null;
    }

    /** Whether some other process holds the writer lock now (this process does not hold it). */
    public synchronized boolean writerElsewhere() throws IOException {
        if (writer != null) {
            return false;
        }
        FileLock probe = tryRange(WRITER);
        if (probe == null) {
            return true;
        }
        probe.release();
        return false;
    }

    /** Whether this process holds the database range through this lock. */
    public synchronized boolean holdsDatabase() {
        return database != null;
    }

    /** Whether this process holds the writer range through this lock. */
    public synchronized boolean holdsWriter() {
        return writer != null;
    }

    /** Releases both ranges and closes the lock file. */
    public void release() {
        synchronized (OfficeLock.class) {
            synchronized (this) {
                try {
                    channel.close(); // releases the ranges held through it
                } catch (IOException e) {
                    // the OS releases them when the process ends anyway
                }
                writer = null;
                database = null;
                OPEN.remove(file);
            }
        }
    }

    private FileLock tryRange(long position) throws IOException {
        try {
            return channel.tryLock(position, 1, false);
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }
}
