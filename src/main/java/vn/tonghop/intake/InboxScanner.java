package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks through the inbox folder (sub-folders included) and takes in every complete file it has not
 * taken before. The inbox itself is never changed: a file is known again by its place, size and
 * modification time, and by its bytes.
 * <p>
 * Left alone until a later run: Office lock and temp files ({@code ~$…}, {@code .~lock…#}), hidden
 * files, downloads in progress ({@code .part}, {@code .crdownload}, {@code .tmp}), and any file
 * modified within the last {@code settle} (an upload still growing). Notes ({@code .md},
 * {@code .csv}) are not submissions.
 */
public final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    /** What one look at the inbox found. */
    public record Scan(int taken, int known, int waiting, int failed) {
    }

    /** Receipts committed together. */
    private static final int BATCH = 200;

    private final Path inbox;
    private final Duration settle;

    public InboxScanner(Path inbox, Duration settle) {
        this.inbox = inbox;
        this.settle = settle;
    }

    /** Takes in the inbox's new files, their receipts committed a few hundred at a time. */
    public Scan scan(Intake intake, ReceiptStore receipts, Instant now) throws IOException {
        List<Path> candidates = candidates();
        Scan total = new Scan(0, 0, 0, 0);
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Path> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Scan part = intake.batch(() -> scan(batch, intake, receipts, now));
            total = new Scan(total.taken() + part.taken(), total.known() + part.known(),
                    total.waiting() + part.waiting(), total.failed() + part.failed());
        }
        return total;
    }

    private List<Path> candidates() throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("Thư mục nhận tệp (tonghop.inbox) không tồn tại: " + inbox.toAbsolutePath()
                    + ". Tạo thư mục này hoặc sửa đường dẫn inbox trong job.yml.");
        }
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).filter(InboxScanner::isSubmission).sorted().toList();
        }
    }

    private Scan scan(List<Path> candidates, IntakeSink sink, ReceiptStore receipts, Instant now) throws IOException {
        int taken = 0;
        int known = 0;
        int waiting = 0;
        int failed = 0;
        for (Path file : candidates) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            Instant modified = attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
            if (modified.isAfter(now.minus(settle))) {
                log.info("{} was modified {} s ago; left for the next run in case it is still being written",
                        file.getFileName(), Duration.between(modified, now).toSeconds());
                waiting++;
                continue;
            }
            String source = file.toAbsolutePath().normalize().toString();
            if (receipts.alreadyTaken(source, attrs.size(), modified)) {
                known++;
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                sink.accept(file.getFileName().toString(), in, source, null, modified);
                taken++;
            } catch (IOException e) {
                // unreadable right now (permissions, a share gone away): the next run tries again
                log.warn("Cannot take in {}: {}", file, e.toString());
                failed++;
            }
        }
        return new Scan(taken, known, waiting, failed);
    }

    static boolean isSubmission(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && !lower.endsWith(".tmp")
                && !lower.endsWith(".part") && !lower.endsWith(".crdownload") && !lower.endsWith("#")
                && !lower.endsWith(".md") && !lower.endsWith(".csv");
    }
}
