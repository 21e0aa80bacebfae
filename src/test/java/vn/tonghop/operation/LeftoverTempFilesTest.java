package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while writing its outputs leaves its temporary files in {@code data-dir/tmp}; the next start of the
 * office deletes them, and its own go there and are gone when it ends.
 */
class LeftoverTempFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theNextRunDeletesWhatAKilledOneLeft() throws IOException {
        Office office = new Office(tmp);
        Path left = Files.createDirectories(office.data.resolve("tmp"));
        Files.write(left.resolve("poi-sxssf-sheet4711.xml.gz"), new byte[1 << 20]);
        Files.write(left.resolve("tonghop-findings-42.bin"), new byte[1 << 16]);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");

        assertThat(office.run()).isZero();

        assertThat(left).isEmptyDirectory();
        assertThat(office.lastRunFolder().resolve("facts.xlsx")).isNotEmptyFile();
    }
}
