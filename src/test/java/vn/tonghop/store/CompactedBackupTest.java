package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * After a run the embedded database's file is compacted while open, then backed up: the file shrinks to
 * about its live data, the database goes on taking commits, and the backup, unzipped into data-dir as
 * README says, opens with every row.
 */
class CompactedBackupTest {

    /** The run's own URL (application.yml): a commit on disk when it returns. */
    private static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    @TempDir
    Path tmp;

    @Test
    void theFileShrinksTheDatabaseGoesOnAndTheBackupRestores() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path file = data.resolve("tonghop.mv.db");
        long rows;
        long sizeAfterRun;
        Path backup;
        try (HikariDataSource ds = h2(data)) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            // receipts taken in one commit each, as the intake does, and half removed again: each commit
            // wrote a chunk of its own where the file had room
            for (int i = 0; i < 100; i++) {
                receive(jdbc, i);
            }
            jdbc.update("DELETE FROM received_file WHERE MOD(id, 2) = 0");
            rows = jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Long.class);
            sizeAfterRun = Files.size(file);

            backup = new DatabaseBackup(jdbc, new BackupSettings(true, null, 7), data).afterRun(1);

            assertThat(Files.size(file)).as("compacted from %,d bytes", sizeAfterRun).isLessThan(sizeAfterRun / 3);
            receive(jdbc, 100);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Long.class)).isEqualTo(rows + 1);
        }
        try (HikariDataSource reopened = h2(data)) {
            assertThat(new JdbcTemplate(reopened).queryForObject("SELECT COUNT(*) FROM received_file", Long.class))
                    .isEqualTo(rows + 1);
        }

        assertThat(backup).isNotNull().isRegularFile().hasParent(data.resolve("backup"));
        Path restored = Files.createDirectories(tmp.resolve("restored"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("tonghop.mv.db");
            Files.copy((InputStream) zip, restored.resolve(entry.getName()));
            assertThat(zip.getNextEntry()).isNull();
        }
        assertThat(Files.size(restored.resolve("tonghop.mv.db"))).isLessThan(sizeAfterRun / 3);
        try (HikariDataSource ds = h2(restored)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Long.class)).isEqualTo(rows);
            assertThat(jdbc.queryForList("SELECT file_name FROM received_file ORDER BY id", String.class))
                    .first().isEqualTo("truong-0.xlsx");
            receive(jdbc, 101);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Long.class)).isEqualTo(rows + 1);
        }
    }

    /** The backup is tonghop's own zip of the file (at zlib's fastest level), not H2's BACKUP TO. */
    @Test
    void theBackupIsWrittenByTonghopsOwnCopyOfTheFile() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("own"));
        try (HikariDataSource ds = h2(data); Connection c = ds.getConnection()) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .load().migrate();
            receive(new JdbcTemplate(ds), 1);
            Path zip = tmp.resolve("own.zip");

            assertThat(EmbeddedFile.backup(c, zip)).isTrue();

            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                assertThat(in.getNextEntry().getName()).isEqualTo("tonghop.mv.db");
                assertThat(in.readAllBytes().length).isEqualTo(Files.size(data.resolve("tonghop.mv.db")));
            }
        }
    }

    private static void receive(JdbcTemplate jdbc, int i) {
        jdbc.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, received_at, "
                + "archive_path) VALUES (1, ?, ?, 'inbox', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'x')",
                "%064d".formatted(i), "truong-" + i + ".xlsx");
    }

    private static HikariDataSource h2(Path data) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:file:" + data.resolve("tonghop").toAbsolutePath() + OPTIONS);
        ds.setUsername("sa");
        return ds;
    }
}
