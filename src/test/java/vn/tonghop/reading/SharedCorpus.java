package vn.tonghop.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * POI's collection of odd spreadsheets in the shared corpus ({@code ../shared/corpora/poi-spreadsheets}, beside the
 * repository or its worktree): outside the repository, so a test over it is skipped where it is not present.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The corpus's regular files, sorted; the calling test is skipped when the corpus is not there. */
    static List<Path> poiSpreadsheets() {
        Path dir = Stream.of(Path.of("..", "shared", "corpora", "poi-spreadsheets"),
                        Path.of("..", "..", "shared", "corpora", "poi-spreadsheets"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared corpus not present");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
