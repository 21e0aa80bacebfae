package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files go under {@code data-dir/tmp} while an office command runs, and what a killed run left is gone. */
class TempFilesTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void backToTheDefault() {
        TempFiles.useDefault();
    }

    @Test
    void whatAKilledRunLeftIsDeletedAndNewOnesGoThere() throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Files.writeString(tmp.resolve("poi-sxssf-sheet123.xml.gz"), "a killed run's rows");
        Files.writeString(Files.createDirectories(tmp.resolve("poi-dir")).resolve("x"), "x");
        Path elsewhere = Files.writeString(dataDir.resolve("elsewhere.txt"), "kept");
        Files.createSymbolicLink(tmp.resolve("link"), elsewhere);

        TempFiles.useUnder(dataDir);

        assertThat(tmp).isEmptyDirectory();
        assertThat(elsewhere).hasContent("kept");
        File poi = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        Path spool = TempFiles.create("tonghop-findings-", ".bin");
        assertThat(poi.toPath().getParent()).isEqualTo(tmp);
        assertThat(spool.getParent()).isEqualTo(tmp);
    }

    @Test
    void withoutAnOfficeCommandTheySitInTheSystemsFolder() throws IOException {
        TempFiles.useUnder(dataDir);
        TempFiles.useDefault();

        Path spool = TempFiles.create("tonghop-findings-", ".bin");
        try {
            assertThat(spool.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath().startsWith(dataDir)).isFalse();
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
