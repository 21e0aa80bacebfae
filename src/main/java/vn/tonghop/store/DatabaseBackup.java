package vn.tonghop.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After each completed run, compacts the embedded H2 database's file when a fifth of it or more is no longer
 * in use ({@link EmbeddedFile}: five times its live data after a night otherwise, and the backup zipped it
 * all), then backs it up: as {@code BACKUP TO} does, at zlib's fastest level ({@link EmbeddedFile#backup}), a
 * consistent zip of the database file while it is open ({@code tonghop_<date>_<time>_lan-<run>.zip}, holding
 * {@code tonghop.mv.db}), through a temporary name, and only the newest {@code keep} are kept. Restoring is
 * unzipping it into {@code data-dir} in place of the lost file. A PostgreSQL server is backed up by its own
 * tools: nothing happens here.
 */
@Component
public class DatabaseBackup {

    static final String PREFIX = "tonghop_";
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private final JdbcTemplate jdbc;
    private final BackupSettings settings;
    private final Path dataDir;

    /**
     * {@code dataDir}: the office's {@code tonghop.data-dir}, where the embedded database is (null when not
     * set), read as a property so the store does not depend on the wiring's {@code TonghopProperties}.
     */
    public DatabaseBackup(JdbcTemplate jdbc, BackupSettings settings,
                          @Value("${tonghop.data-dir:#{null}}") Path dataDir) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.dataDir = dataDir;
    }

    /** Where backups go, or null when there are none (turned off, or a database server). */
    public Path folder() {
        if (!settings.enabled() || !embedded()) {
            return null;
        }
        if (settings.folder() != null) {
            return settings.folder();
        }
        return dataDir == null ? null : dataDir.resolve("backup");
    }

    /**
     * Compacts the embedded database's file and backs the database up after run {@code runId}; returns
     * the backup, or null when there is none. Never fails the caller: the run is complete whatever happens
     * to its file's compaction or its backup.
     */
    public Path afterRun(long runId) {
        compact();
        Path folder = folder();
        if (folder == null) {
            return null;
        }
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(PREFIX + NAME.format(LocalDateTime.now()) + "_lan-" + runId + ".zip");
            Path temp = folder.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(temp);
            persistSequences();
            Boolean fast = jdbc.execute((ConnectionCallback<Boolean>) c -> {
                try {
                    return EmbeddedFile.backup(c, temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!Boolean.TRUE.equals(fast)) {
                jdbc.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(folder);
            log.info("Database backed up to {}", target.toAbsolutePath());
            return target;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not back the database up into {}: {}", folder.toAbsolutePath(), e.toString());
            return null;
        }
    }

    /** Compacts the file of an embedded database (nothing for a database server). */
    private void compact() {
        try {
            long start = System.nanoTime();
            EmbeddedFile.Compaction done = jdbc.execute((ConnectionCallback<EmbeddedFile.Compaction>)
                    EmbeddedFile::compact);
            if (done != null && done.moved()) {
                log.info("Database file compacted from {} MB to {} MB in {} ms", megabytes(done.before()),
                        megabytes(done.after()), (System.nanoTime() - start) / 1_000_000);
            } else if (done != null) {
                log.info("Database file left as it is: {} MB, {} % in use", megabytes(done.before()),
                        done.percentInUse());
            }
        } catch (RuntimeException | LinkageError e) {
            log.warn("Could not compact the database file: {}", e.toString());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /**
     * H2 keeps a sequence's values ahead in a cache and writes the cache's end to the file: a backup of an
     * open database would make the restored one number its next run 32 further on (run ids are the job
     * repository's sequence). Restarting each sequence at its next value writes the exact value first.
     */
    private void persistSequences() {
        jdbc.query("SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES",
                (rs, i) -> "ALTER SEQUENCE \"" + rs.getString(1).replace("\"", "\"\"") + "\".\""
                        + rs.getString(2).replace("\"", "\"\"") + "\" RESTART WITH " + rs.getLong(3))
                .forEach(jdbc::execute);
    }

    /** Keeps the newest {@code keep} backups (by when they were written, then by name). */
    private void prune(Path folder) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".zip")).sorted(Comparator.comparing(DatabaseBackup::written)
                    .thenComparing(p -> p.getFileName().toString())).toList();
        }
        for (Path old : backups.subList(0, Math.max(0, backups.size() - settings.keep()))) {
            Files.deleteIfExists(old);
        }
    }

    private static long written(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean embedded() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }
}
