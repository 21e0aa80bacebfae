package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
