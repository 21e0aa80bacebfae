package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the outputs' disk is said to run out of room, and how it is said. */
class DiskRoomTest {

    private static final long MB = 1024L * 1024L;

    @TempDir
    Path tmp;

    @Test
    void aRunFolderIsMeasuredWithWhatItHolds() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("2026-11-29_020000_lan-3").resolve("gop-y"));
        Files.write(folder.resolve("a.xlsx"), new byte[3000]);
        Files.write(folder.getParent().resolve("facts.csv"), new byte[1234]);

        DiskRoom room = DiskRoom.of(folder.getParent());

        assertThat(room.runBytes()).isEqualTo(4234);
        assertThat(room.freeBytes()).isCloseTo(Files.getFileStore(tmp).getUsableSpace(), within(64 * MB));
    }

    @Test
    void noWarningWithRoomOrWithoutAFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("2026-11-29_020000_lan-3"));
        Files.write(folder.resolve("summary.xlsx"), new byte[100]);

        assertThat(DiskRoom.warningFor(folder)).as("a disk with room for 14 folders of 100 bytes").isNull();
        assertThat(DiskRoom.warningFor(tmp.resolve("gone"))).isNull();
    }

    @Test
    void lowWhenFewerThanFourteenSuchFoldersStillFit() {
        assertThat(new DiskRoom(14 * 850 * MB, 850 * MB).low()).isFalse();
        assertThat(new DiskRoom(14 * 850 * MB - 1, 850 * MB).low()).isTrue();
        assertThat(new DiskRoom(0, 0).low()).as("a run that wrote nothing").isFalse();
    }

    @Test
    void theWarningSaysWhatIsFreeAndWhatToDo() {
        DiskRoom room = new DiskRoom(3 * 1024 * MB + 205 * MB, 850 * MB);

        assertThat(room.warning()).isEqualTo("Ổ đĩa chứa thư mục kết quả chỉ còn trống 3,2 GB, bằng khoảng 3 lần "
                + "thư mục kết quả của lượt này (850 MB). Khi đĩa đầy, các lượt tổng hợp sẽ dừng: xin giải phóng chỗ "
                + "trống, hoặc giữ ít thư mục kết quả hơn (tonghop.output-keep trong job.yml).");
        assertThat(DiskRoom.size(5 * MB / 2)).isEqualTo("2,5 MB");
    }
}
