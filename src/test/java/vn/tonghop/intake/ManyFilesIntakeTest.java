package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import vn.tonghop.store.ReceiptStore;

/**
 * A night taking in more files than the intake asks the database about one by one: past
 * {@link Intake#ASKED_ONE_BY_ONE} it reads the known hashes once, and still tells every repeat of bytes
 * received before, on an earlier night or earlier the same night, from a new file.
 */
class ManyFilesIntakeTest {

    static final Instant NOW = Instant.parse("2026-11-27T19:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void repeatsAreToldApartBeforeAndAfterTheKnownHashesAreRead() throws IOException {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        ReceiptStore receipts = new ReceiptStore(jdbc);
        JdbcTransactionManager tm = new JdbcTransactionManager(ds);
        ContentArchive archive = new ContentArchive(tmp.resolve("archive"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        Intake first = new Intake(1, archive, receipts, tm, clock);
        for (int i = 0; i < 50; i++) {
            take(first, "dem-1-" + i, "file " + i);
        }
        assertThat(first.newFiles()).isEqualTo(50);

        // the second night: files 0..49 again among 400 new ones, and new ones sent twice the same night,
        // before and after the intake stopped asking one by one
        Intake second = new Intake(2, archive, receipts, tm, clock);
        int n = Intake.ASKED_ONE_BY_ONE * 2;
        second.batch(() -> {
            for (int i = 0; i < n; i++) {
                take(second, "dem-2-" + i, "new file " + i);
                if (i % 8 == 0) {
                    take(second, "cu-" + i, "file " + (i / 8)); // received on the first night
                }
                if (i % 10 == 5) {
                    take(second, "lai-" + i, "new file " + (i - 5)); // sent again this night
                }
            }
            return null;
        });

        assertThat(second.newFiles()).isEqualTo(n);
        assertThat(second.repeats()).isEqualTo(n / 8 + n / 10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE duplicate_of IS NULL", Integer.class))
                .isEqualTo(50 + n);
        // each repeat points at the first receipt of its bytes
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file r JOIN received_file f "
                + "ON f.id = r.duplicate_of WHERE f.sha256 = r.sha256 AND f.duplicate_of IS NULL", Integer.class))
                .isEqualTo(n / 8 + n / 10);
    }

    private static void take(Intake intake, String name, String content) throws IOException {
        intake.accept(name + ".xlsx", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test",
                null, NOW);
    }
}
