package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files appear whole or not at all, with the office's permissions. */
class OutputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void nothingUnderTheFinalNameWhileWritingAndNoTemporaryFileAfter() throws IOException {
        Path target = tmp.resolve("facts.csv");
        List<String>[] duringWrite = new List[1];

        OutputFiles.DEFAULT.write(target, out -> {
            out.write("unit_code,value\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            duringWrite[0] = names(tmp);
            out.write("87715001,99.5\r\n".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(duringWrite[0]).doesNotContain("facts.csv").singleElement()
                .satisfies(name -> assertThat(name).startsWith(".").endsWith(".tmp"));
        assertThat(names(tmp)).containsExactly("facts.csv");
        assertThat(Files.readString(target)).isEqualTo("unit_code,value\r\n87715001,99.5\r\n");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileWholeAndNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("summary.xlsx");
        Files.writeString(target, "lần trước, đầy đủ");

        assertThatThrownBy(() -> OutputFiles.DEFAULT.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThatThrownBy(() -> OutputFiles.DEFAULT.write(tmp.resolve("facts.csv"), out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("killed");
        })).hasMessage("killed");

        assertThat(names(tmp)).containsExactly("summary.xlsx");
        assertThat(Files.readString(target)).isEqualTo("lần trước, đầy đủ");
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsReplacedByTheNextWrite() throws IOException {
        Path target = tmp.resolve("gop-y").resolve("87715001_gop-y_Bảng phân kỳ.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target.resolveSibling(OutputFiles.tempName(target)), "một nửa");

        OutputFiles.DEFAULT.write(target, out -> out.write(1));

        assertThat(names(target.getParent())).containsExactly(target.getFileName().toString());
    }

    @Test
    void theTemporaryNameIsShortWhateverTheTargetsName() throws IOException {
        Path target = tmp.resolve("ệ".repeat(80) + ".xlsx"); // 245 bytes: the name itself fits, a longer one would not
        OutputFiles.DEFAULT.write(target, out -> out.write(1));
        assertThat(OutputFiles.tempName(target).getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(40);
        assertThat(Files.size(target)).isEqualTo(1);
    }

    @Test
    void filesAndTheFoldersMadeForThemGetTheSettingsPermissions() throws IOException {
        OutputFiles files = new OutputFiles("rw-rw----");
        Path target = tmp.resolve("2026-11-27_020000_lan-3").resolve("bang-tong-hop").resolve("SGD_bang.xlsx");

        files.write(target, out -> out.write(1));
        files.write(target, out -> out.write(2)); // a rewrite keeps them

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())))
                .isEqualTo("rwxrwx---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent().getParent())))
                .isEqualTo("rwxrwx---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                OutputFiles.DEFAULT.createDirectories(tmp.resolve("mac-dinh"))))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aMistypedSettingIsRefusedWithAVietnameseReason() {
        assertThatThrownBy(() -> new OutputFiles("644")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tonghop.output-permissions «644» không hợp lệ");
        assertThatThrownBy(() -> new OutputFiles("r--r--r--")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bắt đầu bằng rw-");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
