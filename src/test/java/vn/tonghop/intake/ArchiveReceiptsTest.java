package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive notes every receipt beside the bytes, so that it alone can tell the story again. */
class ArchiveReceiptsTest {

    @TempDir
    Path root;

    @Test
    void everyReceiptIsNotedBesideTheBytesAndReadBackAsWritten() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        ArchiveReceipts notes = new ArchiveReceipts(root);
        byte[] bytes = "bảng phân kỳ".getBytes(StandardCharsets.UTF_8);
        ArchiveReceipts.Note first = new ArchiveReceipts.Note(1, "Phú Lộc\tbản\n2.xlsx", "/inbox/a\\b.xlsx", null,
                bytes.length, Instant.parse("2026-11-20T01:02:03.004Z"), Instant.parse("2026-11-21T19:00:00.123Z"));
        ArchiveReceipts.Note again = new ArchiveReceipts.Note(3, "gui_lai.xlsx", "imap://mail/INBOX/id-1/1",
                "th.phuloc@example.vn", bytes.length, Instant.parse("2026-11-23T08:00:00Z"),
                Instant.parse("2026-11-23T19:00:00Z"));

        ContentArchive.Archived stored = archive.store(new ByteArrayInputStream(bytes), first.fileName());
        notes.append(stored.sha256(), first);
        ContentArchive.Archived repeat = archive.store(new ByteArrayInputStream(bytes), again.fileName());
        notes.append(repeat.sha256(), again);

        assertThat(repeat.path()).as("the bytes' file, never the notes").isEqualTo(stored.path());
        List<ArchiveReceipts.Content> contents = notes.contents();
        assertThat(contents).hasSize(1);
        assertThat(contents.get(0).sha256()).isEqualTo(stored.sha256());
        assertThat(contents.get(0).file()).isEqualTo(stored.path());
        assertThat(contents.get(0).notes()).containsExactly(first, again);
        assertThat(ArchiveReceipts.count(root)).isEqualTo(1);
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextOneStartsAfresh() throws Exception {
        ContentArchive.Archived stored = new ContentArchive(root).store(new ByteArrayInputStream(new byte[] {1, 2}),
                "a.xlsx");
        ArchiveReceipts notes = new ArchiveReceipts(root);
        Files.writeString(stored.path().getParent().resolve(ArchiveReceipts.FILE), "1\t4\t2026-11-2",
                StandardOpenOption.CREATE);
        ArchiveReceipts.Note note = new ArchiveReceipts.Note(5, "a.xlsx", "/inbox/a.xlsx", null, 2,
                Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-20T01:00:00Z"));

        notes.append(stored.sha256(), note);

        assertThat(notes.contents().get(0).notes()).containsExactly(note);
    }

    @Test
    void anOlderArchiveWithoutNotesIsReplayedAsRunOneInTheOrderOfItsFilesTimes() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        ContentArchive.Archived older = archive.store(new ByteArrayInputStream(new byte[] {1}), "cu.xlsx");
        ContentArchive.Archived newer = archive.store(new ByteArrayInputStream(new byte[] {2}), "moi.xlsx");
        Files.setLastModifiedTime(older.path(), FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
        Files.setLastModifiedTime(newer.path(), FileTime.from(Instant.parse("2026-10-02T00:00:00Z")));

        ArchiveReplay.Plan plan = ArchiveReplay.read(new ArchiveReceipts(root).contents());

        assertThat(plan.lastRun()).isEqualTo(1);
        assertThat(plan.withoutNotes()).isEqualTo(2);
        assertThat(plan.of(1)).extracting(r -> r.note().fileName()).containsExactly("cu.xlsx", "moi.xlsx");
        assertThat(plan.of(1).get(0).note().sentAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(plan.of(1).get(0).note().source()).startsWith("archive:");
    }

    @Test
    void aFileTooLargeToCopyIsNotedInTheArchiveAndReplayedWhereItLies() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path archiveRoot = root.resolve("archive");
        String sha = "ab".repeat(32);
        ArchiveReceipts.Note note = new ArchiveReceipts.Note(2, "qua_lon.xlsx", inbox.resolve("qua_lon.xlsx").toString(),
                null, 30L << 20, Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-20T01:00:00Z"));

        new ArchiveReceipts(archiveRoot).append(sha, note);

        try (var left = Files.list(inbox)) {
            assertThat(left).as("the inbox is never written to").isEmpty();
        }
        ArchiveReplay.Plan plan = ArchiveReplay.read(new ArchiveReceipts(archiveRoot).contents());
        assertThat(plan.of(2)).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(inbox.resolve("qua_lon.xlsx"));
            assertThat(r.note()).isEqualTo(note);
        });
        assertThat(ArchiveReceipts.count(archiveRoot)).as("no bytes kept").isZero();
    }
}
