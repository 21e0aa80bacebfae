package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import vn.tonghop.store.ReceiptStore;
import vn.tonghop.store.ReceivedFile;

/**
 * The inbox folder against an unlucky or hostile office: files that vanish or change between the
 * listing and their receipt, links out of the inbox and link loops, files too large to read. Real
 * receipts in an in-memory database; the moment between listing and taking a file is the scanner's
 * own seam, so nothing here waits.
 */
class InboxScannerTest {

    static final Instant NOW = Instant.parse("2026-11-27T19:00:00Z");

    @TempDir
    Path tmp;

    Path inbox;
    Path archive;
    JdbcTemplate jdbc;
    ReceiptStore receipts;
    JdbcTransactionManager tm;
    long run;

    @BeforeEach
    void office() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        archive = tmp.resolve("archive");
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        jdbc = new JdbcTemplate(ds);
        receipts = new ReceiptStore(jdbc);
        tm = new JdbcTransactionManager(ds);
    }

    @Test
    void aFileDeletedBetweenListingAndTakingFailsOnlyItselfAndIsTakenWhenBack() throws IOException {
        settled(inbox.resolve("a.xlsx"), "a");
        Path b = settled(inbox.resolve("b.xlsx"), "b");
        settled(inbox.resolve("c.xlsx"), "c");

        InboxScanner.Scan scan = scanner(1 << 20).beforeEachFile(file -> {
            if (file.equals(b)) {
                Files.delete(b); // gone after the listing, before its stat
            }
        }).scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isEqualTo(2);
        assertThat(scan.failed()).isEqualTo(1);
        assertThat(names()).containsExactly("a.xlsx", "c.xlsx");

        settled(b, "b"); // back, complete
        InboxScanner.Scan next = scanner(1 << 20).scan(intake(), receipts, NOW);
        assertThat(next.taken()).isEqualTo(1);
        assertThat(next.known()).isEqualTo(2);
        assertThat(names()).containsExactly("a.xlsx", "c.xlsx", "b.xlsx");
    }

    @Test
    void aFileRenamedOrMadeAFolderAfterTheListingFailsOnlyItself() throws IOException {
        Path a = settled(inbox.resolve("a.xlsx"), "a");
        Path b = settled(inbox.resolve("b.xlsx"), "b");
        settled(inbox.resolve("c.xlsx"), "c");

        InboxScanner.Scan scan = scanner(1 << 20).beforeEachFile(file -> {
            if (file.equals(a)) {
                Files.move(a, inbox.resolve("a-renamed.xlsx"));
            } else if (file.equals(b)) {
                Files.delete(b);
                Files.createDirectory(b);
            }
        }).scan(intake(), receipts, NOW);

        assertThat(scan.failed()).isEqualTo(2);
        assertThat(names()).containsExactly("c.xlsx");
        assertThat(scanner(1 << 20).scan(intake(), receipts, NOW).taken()).isEqualTo(1); // a-renamed.xlsx
        assertThat(names()).containsExactly("c.xlsx", "a-renamed.xlsx");
    }

    @Test
    void aFileThatGrowsOrShrinksWhileBeingCopiedIsTakenWholeNextTime() throws IOException {
        Path grows = settled(inbox.resolve("a.xlsx"), "bảng phân kỳ");
        Path shrinks = settled(inbox.resolve("b.xlsx"), "bảng phân kỳ của trường B");
        FileTime listed = Files.getLastModifiedTime(grows);

        InboxScanner.Scan scan = scanner(1 << 20).beforeCopy(file -> {
            // still being written by a copy that kept the old modification time
            Files.writeString(file, file.equals(grows) ? "bảng phân kỳ, đầy đủ" : "bảng");
            Files.setLastModifiedTime(file, listed);
        }).scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isZero();
        assertThat(scan.failed()).isEqualTo(2);
        assertThat(names()).isEmpty();
        assertThat(archivedBytes()).isEmpty();

        assertThat(scanner(1 << 20).scan(intake(), receipts, NOW).taken()).isEqualTo(2);
        assertThat(archivedBytes()).containsExactly("bảng", "bảng phân kỳ, đầy đủ");
        assertThat(jdbc.queryForList("SELECT size_bytes FROM received_file ORDER BY id", Long.class))
                .containsExactly(Files.size(grows), Files.size(shrinks));
    }

    @Test
    void anInboxThatIsItselfALinkIsWalkedAndItsFilesNamedAsConfigured() throws IOException {
        settled(inbox.resolve("a.xlsx"), "a");
        Path configured = Files.createSymbolicLink(tmp.resolve("hop-thu"), inbox);

        InboxScanner.Scan scan = new InboxScanner(configured, Duration.ofSeconds(60), 1 << 20)
                .scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT source FROM received_file", String.class))
                .containsExactly(configured.resolve("a.xlsx").toAbsolutePath().normalize().toString());
    }

    @Test
    void aLinkToAFileOutsideTheInboxIsNeverFollowed() throws IOException {
        Path secret = settled(Files.createDirectories(tmp.resolve("elsewhere")).resolve("luong.xlsx"), "secret");
        Files.createSymbolicLink(inbox.resolve("bang-luong.xlsx"), secret);
        Path a = settled(inbox.resolve("a.xlsx"), "a");
        Files.createSymbolicLink(inbox.resolve("ban-sao-a.xlsx"), a); // inside: taken like the file

        InboxScanner.Scan scan = scanner(1 << 20).scan(intake(), receipts, NOW);

        assertThat(scan.skipped()).isEqualTo(1);
        assertThat(names()).containsExactly("a.xlsx", "ban-sao-a.xlsx");
        assertThat(jdbc.queryForList("SELECT source FROM received_file", String.class))
                .noneMatch(s -> s.contains("bang-luong"));
        assertThat(archivedBytes()).containsExactly("a");
    }

    @Test
    void aFileSwappedForALinkOutsideAfterTheListingIsNotRead() throws IOException {
        Path secret = settled(Files.createDirectories(tmp.resolve("elsewhere")).resolve("luong.xlsx"), "secret");
        Path a = settled(inbox.resolve("a.xlsx"), "a");

        InboxScanner.Scan scan = scanner(1 << 20).beforeEachFile(file -> {
            Files.delete(a);
            Files.createSymbolicLink(a, secret);
        }).scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isZero();
        assertThat(scan.failed()).isEqualTo(1);
        assertThat(names()).isEmpty();
        assertThat(archivedBytes()).isEmpty();
    }

    @Test
    @Timeout(30) // a guard: a scan following the loop would never end
    void aFolderLinkLoopDoesNotHangTheScan() throws IOException {
        Path sub = Files.createDirectories(inbox.resolve("truong"));
        settled(sub.resolve("a.xlsx"), "a");
        Files.createSymbolicLink(sub.resolve("vong"), inbox);
        Files.createSymbolicLink(inbox.resolve("vong-ra"), tmp);

        InboxScanner.Scan scan = scanner(1 << 20).scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isEqualTo(1);
        assertThat(names()).containsExactly("a.xlsx");
    }

    @Test
    void anOversizedFileIsHashedNotCopiedAndKnownTheNextNight() throws Exception {
        byte[] big = "x".repeat(5_000).getBytes(StandardCharsets.US_ASCII);
        Path file = inbox.resolve("rat-lon.xlsx");
        Files.write(file, big);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(1, ChronoUnit.HOURS)));
        settled(inbox.resolve("a.xlsx"), "a");

        InboxScanner.Scan scan = scanner(4_000).scan(intake(), receipts, NOW);

        assertThat(scan.taken()).isEqualTo(2);
        ReceivedFile oversized = jdbc.query("SELECT id FROM received_file WHERE file_name = 'rat-lon.xlsx'",
                (rs, i) -> receipts.find(rs.getLong(1))).get(0);
        assertThat(oversized.sha256()).isEqualTo(ContentArchive.hash(new java.io.ByteArrayInputStream(big)).sha256());
        assertThat(oversized.sizeBytes()).isEqualTo(5_000);
        assertThat(oversized.archivePath()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(archivedBytes()).containsExactly("a"); // nothing of it in the archive, not even a temp file
        assertThat(Files.readAllBytes(file)).isEqualTo(big);

        InboxScanner.Scan next = scanner(4_000).scan(intake(), receipts, NOW);
        assertThat(next.taken()).isZero();
        assertThat(next.known()).isEqualTo(2);
    }

    /**
     * A night knows the files it took in before, batch by batch of the inbox, by their place, size and time: those
     * unchanged are known, one touched since and one rewritten are taken in again, on either side of a batch's
     * edge (200 files).
     */
    @Test
    void eachUnchangedFileIsKnownTheNextNightAndAChangedOneTakenAgain() throws IOException {
        for (int i = 0; i < 450; i++) {
            settled(inbox.resolve(String.format("f%03d.xlsx", i)), "nội dung " + i);
        }
        assertThat(scanner(4_000).scan(intake(), receipts, NOW).taken()).isEqualTo(450);

        InboxScanner.Scan same = scanner(4_000).scan(intake(), receipts, NOW);
        assertThat(same.taken()).isZero();
        assertThat(same.known()).isEqualTo(450);

        Path touched = inbox.resolve("f199.xlsx");
        Files.setLastModifiedTime(touched, FileTime.from(NOW.minus(30, ChronoUnit.MINUTES)));
        Path rewritten = inbox.resolve("f200.xlsx");
        Files.writeString(rewritten, "nội dung mới, dài hơn");
        Files.setLastModifiedTime(rewritten, FileTime.from(NOW.minus(1, ChronoUnit.HOURS)));
        InboxScanner.Scan next = scanner(4_000).scan(intake(), receipts, NOW);
        assertThat(next.taken()).isEqualTo(2);
        assertThat(next.known()).isEqualTo(448);
        assertThat(jdbc.queryForList("SELECT file_name FROM received_file WHERE run_id = ? ORDER BY file_name",
                String.class, run)).containsExactly("f199.xlsx", "f200.xlsx");
    }

    private InboxScanner scanner(long maxFileBytes) {
        return new InboxScanner(inbox, Duration.ofSeconds(60), maxFileBytes);
    }

    private Intake intake() {
        return new Intake(++run, new ContentArchive(archive), receipts, tm, Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    }

    private List<String> names() {
        return jdbc.queryForList("SELECT file_name FROM received_file ORDER BY id", String.class);
    }

    /** The archived files' contents (the receipts noted beside them, ArchiveReceipts.FILE, left out). */
    private List<String> archivedBytes() throws IOException {
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(archive)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(ArchiveReceipts.FILE)).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    private static Path settled(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(1, ChronoUnit.HOURS)));
        return file;
    }
}
