package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders under {@code output-dir} a clean-up deletes, and which it never touches. */
class OldRunFoldersTest {

    @TempDir
    Path tmp;

    @Test
    void keepsTheNewestRunsByTheirNumberNotByTheirName() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        // run 10 sorts before run 9 by name; a restarted run keeps its first start, so the dates do not order them
        run(out, "2026-11-20_020000_lan-9");
        run(out, "2026-11-19_020000_lan-10");
        run(out, "2026-11-21_020000_lan-11");
        run(out, "2026-11-18_020000_lan-8");

        List<Path> deleted = OldRunFolders.prune(out, 2);

        assertThat(names(out)).containsExactly("2026-11-19_020000_lan-10", "2026-11-21_020000_lan-11");
        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("2026-11-20_020000_lan-9", "2026-11-18_020000_lan-8");
    }

    @Test
    void leavesEverythingElseUnderTheOutputsAndWhatALinkPointsTo() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "the office's");
        run(out, "2026-11-01_020000_lan-1");
        run(out, "2026-11-02_020000_lan-2");
        Files.createDirectories(out.resolve("kiem-tra"));
        Files.createDirectories(out.resolve("2026-11-01_020000_lan-1-cu"));
        Files.writeString(out.resolve("2026-10-01_020000_lan-0"), "a file named as a run");
        Files.createSymbolicLink(out.resolve("2026-09-01_020000_lan-0"), elsewhere);
        // inside a run folder, a link is deleted as a link
        Files.createSymbolicLink(out.resolve("2026-11-01_020000_lan-1").resolve("link"), elsewhere);

        OldRunFolders.prune(out, 1);

        assertThat(names(out)).containsExactly("2026-09-01_020000_lan-0", "2026-10-01_020000_lan-0",
                "2026-11-01_020000_lan-1-cu", "2026-11-02_020000_lan-2", "kiem-tra");
        assertThat(elsewhere.resolve("keep.txt")).hasContent("the office's");
    }

    @Test
    void keepingNoneMeansKeepingAll() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("output"));
        run(out, "2026-11-01_020000_lan-1");
        run(out, "2026-11-02_020000_lan-2");

        assertThat(OldRunFolders.prune(out, 0)).isEmpty();
        assertThat(OldRunFolders.prune(tmp.resolve("not-yet"), 3)).isEmpty();

        assertThat(names(out)).hasSize(2);
    }

    /** A run folder with files and a sub-folder, as a run writes them. */
    private static void run(Path out, String name) throws IOException {
        Path folder = Files.createDirectories(out.resolve(name).resolve("gop-y"));
        Files.writeString(folder.resolve("87612405_gop-y.xlsx"), "x");
        Files.writeString(out.resolve(name).resolve("summary.xlsx"), "x");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
