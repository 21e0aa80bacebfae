package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A start stopped by a full disk is one Vietnamese line; any other failure is left to Spring Boot. */
class DiskFullReporterTest {

    @Test
    void aFullDiskDeepInTheCausesIsOneLine() {
        // as H2 failed while Flyway migrated on a full tmpfs: the disk's words three causes down
        RuntimeException failure = new IllegalStateException("Error creating bean with name 'jdbcTemplate'",
                new RuntimeException("The database has been closed",
                        new RuntimeException("Writing to FileChannelImpl failed; length 16384",
                                new IOException("No space left on device"))));

        String printed = printedOnErr(() -> assertThat(new DiskFullReporter().reportException(failure)).isTrue());

        assertThat(printed).isEqualTo(DiskFullReporter.LINE + System.lineSeparator())
                .startsWith("Ổ đĩa đầy: tonghop dừng giữa chừng.");
    }

    @Test
    void anotherFailureIsNotItsToReport() {
        String printed = printedOnErr(() -> assertThat(new DiskFullReporter()
                .reportException(new IllegalStateException("Error creating bean", new IOException("Permission denied"))))
                .isFalse());

        assertThat(printed).isEmpty();
    }

    private static String printedOnErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
