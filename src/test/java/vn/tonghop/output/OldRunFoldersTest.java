package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders under {@code output-dir} a clean-up deletes, and which it never touches. */
class OldRunFoldersTest {

    @TempDir
    Path tmp;

    /** The folders this office's runs recorded writing, as its database keeps them. */
    private final List<Path> written = new ArrayList<>();

    @Test
    void keepsTheNewestRunsByWhenTheyStartedThenByTheirNumber() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        run(out, "2026-11-20_020000_lan-1");
        run(out, "2026-11-21_020000_lan-2");
        // two runs in one second: the later number is the newer (10 sorts before 9 by name)
        run(out, "2026-11-22_020000_lan-9");
        run(out, "2026-11-22_020000_lan-10");

        List<Path> deleted = OldRunFolders.prune(out, 2, null, written);

        assertThat(names(out)).containsExactly("2026-11-22_020000_lan-10", "2026-11-22_020000_lan-9");
        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("2026-11-20_020000_lan-1", "2026-11-21_020000_lan-2");

        OldRunFolders.prune(out, 1, null, written);
        assertThat(names(out)).containsExactly("2026-11-22_020000_lan-10");
    }

    @Test
    void theRunsOwnFolderIsKeptWhateverTheOthersSay() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        // a clock set wrong for a night: the run just completed looks older than the one before
        run(out, "2026-11-21_020000_lan-7");
        run(out, "2026-01-01_020000_lan-8");

        OldRunFolders.prune(out, 1, out.resolve("2026-01-01_020000_lan-8"), written);

        assertThat(names(out)).containsExactly("2026-01-01_020000_lan-8", "2026-11-21_020000_lan-7");
    }

    @Test
    void leavesWhatThisOfficeDidNotWriteAndWhatALinkPointsTo() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "the office's");
        // another office writing into the same folder, or this one before it was set up again with a new database
        Files.createDirectories(out.resolve("2026-10-01_020000_lan-40"));
        run(out, "2026-11-01_020000_lan-1");
        run(out, "2026-11-02_020000_lan-2");
        Files.createDirectories(out.resolve("kiem-tra"));
        Files.createDirectories(out.resolve("2026-11-01_020000_lan-1-cu"));
        Files.writeString(out.resolve("2026-10-01_020000_lan-0"), "a file named as a run");
        Files.createSymbolicLink(out.resolve("2026-09-01_020000_lan-0"), elsewhere);
        written.add(out.resolve("2026-09-01_020000_lan-0"));
        // inside a run folder, a link is deleted as a link
        Files.createSymbolicLink(out.resolve("2026-11-01_020000_lan-1").resolve("link"), elsewhere);

        OldRunFolders.prune(out, 1, null, written);

        assertThat(names(out)).containsExactly("2026-09-01_020000_lan-0", "2026-10-01_020000_lan-0",
                "2026-10-01_020000_lan-40", "2026-11-01_020000_lan-1-cu", "2026-11-02_020000_lan-2", "kiem-tra");
        assertThat(elsewhere.resolve("keep.txt")).hasContent("the office's");
    }

    @Test
    void keepingNoneMeansKeepingAll() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        run(out, "2026-11-01_020000_lan-1");
        run(out, "2026-11-02_020000_lan-2");

        assertThat(OldRunFolders.prune(out, 0, null, written)).isEmpty();
        assertThat(OldRunFolders.prune(tmp.resolve("not-yet"), 3, null, written)).isEmpty();

        assertThat(names(out)).hasSize(2);
    }

    /** A run folder with files and a sub-folder, as a run writes them, recorded as this office's. */
    private void run(Path out, String name) throws IOException {
        Path folder = Files.createDirectories(out.resolve(name).resolve("gop-y"));
        Files.writeString(folder.resolve("87612405_gop-y.xlsx"), "x");
        Files.writeString(out.resolve(name).resolve("summary.xlsx"), "x");
        // recorded as RunOutputStore records it: absolute, as the run named it
        written.add(tmp.resolve("output").resolve(".").resolve(name).toAbsolutePath());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
