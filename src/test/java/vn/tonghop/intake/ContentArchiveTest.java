package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive keeps bytes by content, under names that cannot escape it. */
class ContentArchiveTest {

    @TempDir
    Path root;

    @Test
    void theSameBytesAreStoredOnceUnderTheFirstName() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        byte[] bytes = "bảng phân kỳ".getBytes(StandardCharsets.UTF_8);

        ContentArchive.Archived first = archive.store(new ByteArrayInputStream(bytes), "Phú Lộc.xlsx");
        ContentArchive.Archived again = archive.store(new ByteArrayInputStream(bytes), "gui_lai.xlsx");

        assertThat(again.path()).isEqualTo(first.path());
        assertThat(first.path().getFileName().toString()).isEqualTo("Phú Lộc.xlsx");
        assertThat(first.path().getParent().getFileName().toString()).isEqualTo(first.sha256());
        assertThat(Files.readAllBytes(first.path())).isEqualTo(bytes);
        assertThat(first.sizeBytes()).isEqualTo(bytes.length);
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).hasSize(1); // no temporary file left behind
        }
    }

    @Test
    void aCopyLeftHalfWrittenByAKilledRunIsClearedAndNothingElse() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        ContentArchive.Archived kept = archive.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.xlsx");
        Path half = Files.write(root.resolve("incoming-8812345.part"), new byte[] {1, 2});
        Path notOurs = Files.write(root.resolve("ghi-chu.txt"), new byte[] {4});

        assertThat(archive.clearUnfinished()).isEqualTo(1);

        assertThat(half).doesNotExist();
        assertThat(kept.path()).exists();
        assertThat(notOurs).exists();
        assertThat(new ContentArchive(root.resolve("chua-co")).clearUnfinished()).isZero();
    }

    @Test
    void namesFromSendersCannotLeaveTheArchive() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        ContentArchive.Archived stored = archive.store(new ByteArrayInputStream(new byte[] {1}), "../../etc/passwd");

        assertThat(stored.path().normalize()).startsWith(root);
        assertThat(ContentArchive.safeName("..\\..\\x.xlsx")).isEqualTo("x.xlsx");
        assertThat(ContentArchive.safeName("a\u0000b\r\n.xlsx")).isEqualTo("a_b__.xlsx");
        assertThat(ContentArchive.safeName("...")).isEqualTo("tep-khong-ten");
        assertThat(ContentArchive.safeName(null)).isEqualTo("tep-khong-ten");
        assertThat(ContentArchive.safeName("x".repeat(300) + ".xlsx")).hasSize(255).endsWith(".xlsx");
    }

    /** Linux allows 255 bytes per name, and "ệ" is 3 of them: 200 of it is no name for a file. */
    @Test
    void aLongVietnameseNameIsStoredUnderANameThatFitsInBytes() throws Exception {
        ContentArchive archive = new ContentArchive(root);
        String name = "ệ".repeat(200) + ".xlsx";

        ContentArchive.Archived stored = archive.store(new ByteArrayInputStream(new byte[] {1, 2}), name);

        String kept = stored.path().getFileName().toString();
        assertThat(kept.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
        assertThat(kept).startsWith("ệ".repeat(80)).endsWith(".xlsx");
        assertThat(Files.readAllBytes(stored.path())).containsExactly(1, 2);
    }
}
