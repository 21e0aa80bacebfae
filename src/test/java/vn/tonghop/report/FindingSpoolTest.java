package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/** The findings a spool kept come back the same and in order, each time asked, and its file goes when it closes. */
class FindingSpoolTest {

    @Test
    void givesBackWhatItKeptInOrderAsOftenAsAsked() throws IOException {
        String longText = "Ô ".repeat(40_000); // 120,000 bytes in UTF-8: more than writeUTF takes
        List<Finding> kept = List.of(
                new Finding("TH_HoaAn.xlsx", "87715006", "Phụ lục II", "J18", "phase-backwards", Severity.WARNING,
                        "Kế hoạch đi lùi: 85 → 80", "80"),
                new Finding("", "", "", "", "missing-submission", Severity.ERROR, "Chưa nộp", ""),
                new Finding("=cmd|' /C calc'!A0.xlsx", "U1", "S", "A1", "rule", null, longText, longText));
        List<Path> before = spools();
        Path file;
        try (FindingSpool spool = new FindingSpool()) {
            kept.forEach(spool::add);
            file = spools().stream().filter(p -> !before.contains(p)).findFirst().orElseThrow();
            List<Finding> first = new ArrayList<>();
            spool.forEach(first::add);
            List<Finding> second = new ArrayList<>();
            spool.forEach(second::add);
            assertThat(first).isEqualTo(kept);
            assertThat(second).isEqualTo(kept);
        }
        assertThat(file).doesNotExist();
    }

    private static List<Path> spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("tonghop-findings-")).toList();
        }
    }
}
