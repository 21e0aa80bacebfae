package vn.tonghop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;

/**
 * What {@code status} shows while the database is busy. H2 in file mode lets one process open the
 * database, and the mixed mode that would let {@code status} in (AUTO_SERVER) opens a TCP port served
 * with the embedded user's empty password; so instead the process that writes keeps this small text
 * beside the database ({@code data-dir/status.txt}): the status table as {@code status} prints it, under
 * a line saying what the process is doing, written again when a run starts and when it ends. A
 * {@code status} that finds the office's lock held prints it (see {@link OfficeLockAtStartup}) without
 * touching the database. Written to a temporary name and moved into place: a reader never sees half.
 */
@Component
class StatusSnapshot {

    static final String FILE = "status.txt";
    private static final Logger log = LoggerFactory.getLogger(StatusSnapshot.class);

    private final StatusCommand status;
    private final TonghopProperties props;

    StatusSnapshot(StatusCommand status, TonghopProperties props) {
        this.status = status;
        this.props = props;
    }

    /** Writes {@code doing} (one Vietnamese line) and the status table; never fails the caller. */
    void write(String doing) {
        if (props.dataDir() == null) {
            return;
        }
        try {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
                out.println(doing + " (ghi lúc " + RunSummaryPrinter.TIME.format(LocalDateTime.now()) + ")");
                status.runs(out);
            }
            replace(props.dataDir(), text.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the status snapshot: {}", e.toString());
        }
    }

    /**
     * Puts {@code doing} over the last snapshot's table, as soon as a process takes the office's lock and
     * before its database is open: a {@code status} meanwhile already says what is going on.
     */
    static void retitle(Path dataDir, String doing) {
        try {
            String last = read(dataDir);
            String table = last == null || last.indexOf('\n') < 0 ? "" : last.substring(last.indexOf('\n') + 1);
            replace(dataDir, doing + " (ghi lúc " + RunSummaryPrinter.TIME.format(LocalDateTime.now()) + ")"
                    + System.lineSeparator() + table);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the status snapshot: {}", e.toString());
        }
    }

    private static void replace(Path dataDir, String text) throws IOException {
        Files.createDirectories(dataDir);
        Path target = dataDir.resolve(FILE);
        Path temp = dataDir.resolve(FILE + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The last snapshot of the office in {@code dataDir}, or null. */
    static String read(Path dataDir) {
        try {
            Path file = dataDir.resolve(FILE);
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
