package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OVERSIZED reason gives size and limit in the unit of {@code max-file-mb} (1024² bytes), decimal comma. */
class OversizedReasonTest {

    static final long MB = 1024L * 1024L;

    @TempDir
    Path tmp;

    @Test
    void sizeAndLimitInTheSameUnit() {
        assertThat(WorkbookOpener.oversizedReason(21 * MB, 20 * MB)).startsWith("Tệp quá lớn (21,0 MB, giới hạn 20 MB).");
        assertThat(WorkbookOpener.oversizedReason(20 * MB + 1, 20 * MB)).startsWith("Tệp quá lớn (20,1 MB, giới hạn 20 MB).");
        assertThat(WorkbookOpener.oversizedReason(200 * MB, 20 * MB)).startsWith("Tệp quá lớn (200,0 MB, giới hạn 20 MB).");
        assertThat(WorkbookOpener.oversizedReason(3 * MB, MB * 5 / 2)).startsWith("Tệp quá lớn (3,0 MB, giới hạn 2,5 MB).");
    }

    @Test
    void aFileOfTwentyOneMegabytesAgainstTheDefaultLimit() throws Exception {
        Path file = tmp.resolve("Bang_phan_ky.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(21 * MB);
        }
        assertThatThrownBy(() -> new WorkbookOpener(20 * MB).open(file.toFile()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.outcome()).isEqualTo(FileOutcome.OVERSIZED))
                .hasMessageStartingWith("Tệp quá lớn (21,0 MB, giới hạn 20 MB).");
    }
}
