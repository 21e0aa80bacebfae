package vn.tonghop.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.output.DiskRoom;
import vn.tonghop.store.ReceiptStore;

/**
 * Looks through the inbox folder (sub-folders included) and takes in every complete file it has not
 * taken before. The inbox itself is never changed: a file is known again by its place, size and
 * modification time, and by its bytes.
 * <p>
 * Left alone until a later run: Office lock and temp files ({@code ~$…}, {@code .~lock…#}), hidden
 * files, downloads in progress ({@code .part}, {@code .crdownload}, {@code .tmp}), and any file
 * modified within the last {@code settle} (an upload still growing). Notes ({@code .md},
 * {@code .csv}) are not submissions.
 * <p>
 * A file can fail only itself: whatever happens to one file between the listing and its receipt
 * (deleted, renamed, unreadable, changed while being copied) is logged with the reason and counted
 * as failed; it is simply taken in on a later run, once it is there and complete.
 * <p>
 * Symbolic links are never followed out of the inbox: a link to a file inside it is taken like the
 * file, a link leading outside is left alone (logged with the reason), and links to folders are not
 * descended, so a link loop cannot hang the scan (the folder's files are taken at their own place).
 * <p>
 * A file larger than {@code tonghop.max-file-mb} is refused before any copy: its bytes are hashed as
 * they stream by, but not archived; its receipt points at the file left untouched in the inbox and
 * the read step records it as {@code OVERSIZED} with the reason. Being a receipt like any other, it
 * is known again the next night by its place, size and modification time and is not refused anew.
 */
public final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    /**
     * What one look at the inbox found; {@code failed}: files left for the next run, {@code full} of them because a
     * disk was full (the archive's, mostly); {@code skipped}: links leading out of the inbox, not followed.
     */
    public record Scan(int taken, int known, int waiting, int failed, int full, int skipped) {
    }

    /** Test seam: what happens to a file between the inbox's listing and its copy, without waiting. */
    @FunctionalInterface
    interface FileStep {
        void before(Path file) throws IOException;
    }

    /** A file to take in: where the inbox shows it, and the file read (the same, or a link's target). */
    private record Candidate(Path place, Path content) {
    }

    private enum Taken { NEW, KNOWN, WAITING }

    /** Receipts committed together. */
    private static final int BATCH = 200;

    private final Path inbox;
    private final Duration settle;
    private final long maxFileBytes;
    private FileStep beforeEachFile = file -> { };
    private FileStep beforeCopy = file -> { };

    public InboxScanner(Path inbox, Duration settle, long maxFileBytes) {
        this.inbox = inbox;
        this.settle = settle;
        this.maxFileBytes = maxFileBytes;
    }

    /** Runs just before a file is looked at (stat), after the inbox was listed. */
    InboxScanner beforeEachFile(FileStep step) {
        this.beforeEachFile = step;
        return this;
    }

    /** Runs after a file was looked at and found new, just before its bytes are read. */
    InboxScanner beforeCopy(FileStep step) {
        this.beforeCopy = step;
        return this;
    }

    /** Takes in the inbox's new files, their receipts committed a few hundred at a time. */
    public Scan scan(Intake intake, ReceiptStore receipts, Instant now) throws IOException {
        int[] skipped = {0};
        List<Candidate> candidates = candidates(skipped);
        Scan total = new Scan(0, 0, 0, 0, 0, skipped[0]);
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Candidate> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Scan part = intake.batch(() -> scan(batch, intake, receipts, now));
            total = new Scan(total.taken() + part.taken(), total.known() + part.known(),
                    total.waiting() + part.waiting(), total.failed() + part.failed(), total.full() + part.full(),
                    total.skipped());
        }
        return total;
    }

    /**
     * The inbox's files, links not followed; a folder that vanishes or cannot be read while the inbox
     * is listed is logged and left for the next run.
     */
    private List<Candidate> candidates(int[] skipped) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("Thư mục nhận tệp (tonghop.inbox) không tồn tại: " + inbox.toAbsolutePath()
                    + ". Tạo thư mục này hoặc sửa đường dẫn inbox trong job.yml.");
        }
        // walked from its real place (the configured inbox may itself be a link), files named by the
        // configured path as they always were
        Path inboxReal = inbox.toRealPath();
        List<Candidate> found = new ArrayList<>();
        Files.walkFileTree(inboxReal, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isSubmission(file)) {
                    return FileVisitResult.CONTINUE;
                }
                Path place = inbox.resolve(inboxReal.relativize(file));
                if (attrs.isRegularFile()) {
                    found.add(new Candidate(place, file));
                } else if (attrs.isSymbolicLink()) {
                    Candidate linked = followedInside(place, file, inboxReal);
                    if (linked != null) {
                        found.add(linked);
                    } else {
                        skipped[0]++;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                log.warn("Cannot look at {} in the inbox now (left for the next run): {}", file, e.toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    log.warn("Could not list all of {} (left for the next run): {}", dir, e.toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Candidate::place));
        return found;
    }

    /** A link is taken only when it leads to a file inside the inbox; otherwise it is logged and left. */
    private static Candidate followedInside(Path link, Path walked, Path inboxReal) {
        Path target;
        try {
            target = walked.toRealPath();
        } catch (IOException e) {
            log.warn("Link {} in the inbox leads nowhere ({}); not taken in", link, e.toString());
            return null;
        }
        if (!target.startsWith(inboxReal)) {
            log.warn("Link {} in the inbox leads outside it, to {}; not followed, not taken in", link, target);
            return null;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            // a folder inside the inbox is walked at its own place; descending the link could loop
            log.debug("Link {} leads to a folder of the inbox, walked at its own place", link);
            return null;
        }
        return new Candidate(link, target);
    }

    private Scan scan(List<Candidate> candidates, Intake intake, ReceiptStore receipts, Instant now) {
        int taken = 0;
        int known = 0;
        int waiting = 0;
        int failed = 0;
        int full = 0;
        ReceiptStore.TakenFrom takenBefore = receipts.takenFrom(
                candidates.stream().map(InboxScanner::source).toList());
        for (Candidate c : candidates) {
            try {
                switch (takeIn(c, intake, takenBefore, now)) {
                    case NEW -> taken++;
                    case KNOWN -> known++;
                    case WAITING -> waiting++;
                }
            } catch (IOException | RuntimeException e) {
                // deleted or renamed since the listing, unreadable right now (permissions, a share gone
                // away), changed while being copied, its receipt refused: only this file is left, and
                // the next run tries it again
                log.warn("Cannot take in {} now (tried again next run): {}", c.place(), e.toString());
                failed++;
                full += DiskRoom.full(e) ? 1 : 0;
            }
        }
        return new Scan(taken, known, waiting, failed, full, 0);
    }

    /** The place a file's receipt names: its inbox path, absolute. */
    private static String source(Candidate c) {
        return c.place().toAbsolutePath().normalize().toString();
    }

    /** Every step for one file: stat, hash and copy (or hash only), receipt. */
    private Taken takeIn(Candidate c, Intake intake, ReceiptStore.TakenFrom takenBefore, Instant now)
            throws IOException {
        beforeEachFile.before(c.place());
        BasicFileAttributes attrs = Files.readAttributes(c.content(), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            throw new IOException("no longer a regular file (replaced since the inbox was listed)");
        }
        Instant modified = attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
        if (modified.isAfter(now.minus(settle))) {
            log.info("{} was modified {} s ago; left for the next run in case it is still being written",
                    c.place().getFileName(), Duration.between(modified, now).toSeconds());
            return Taken.WAITING;
        }
        String source = source(c);
        if (takenBefore.contains(source, attrs.size(), modified)) {
            return Taken.KNOWN;
        }
        String name = c.place().getFileName().toString();
        beforeCopy.before(c.place());
        try (InputStream in = new UnchangedFile(c.content(), attrs)) {
            if (attrs.size() > maxFileBytes) {
                log.info("{} is {} bytes, above the limit of {}: refused without a copy, left in the inbox",
                        name, attrs.size(), maxFileBytes);
                intake.acceptOversized(name, in, source, c.content().toAbsolutePath().normalize(), modified);
            } else {
                intake.accept(name, in, source, null, modified);
            }
        }
        return Taken.NEW;
    }

    static boolean isSubmission(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && !lower.endsWith(".tmp")
                && !lower.endsWith(".part") && !lower.endsWith(".crdownload") && !lower.endsWith("#")
                && !lower.endsWith(".md") && !lower.endsWith(".csv");
    }

    /**
     * The file's bytes, read without following a link put in its place, ending in an error rather than
     * in bytes of another version: a file that grew, shrank or was rewritten while it was copied is
     * not taken in this time.
     */
    private static final class UnchangedFile extends FilterInputStream {

        private final Path file;
        private final BasicFileAttributes listed;
        private long read;

        UnchangedFile(Path file, BasicFileAttributes listed) throws IOException {
            super(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
            this.file = file;
            this.listed = listed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                checkUnchanged();
            } else {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                checkUnchanged();
            } else {
                read += n;
            }
            return n;
        }

        private void checkUnchanged() throws IOException {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (read != listed.size() || now.size() != listed.size()
                    || !now.lastModifiedTime().equals(listed.lastModifiedTime())) {
                throw new IOException("changed while being taken in (" + listed.size() + " bytes listed, " + read
                        + " read, " + now.size() + " now)");
            }
        }
    }
}
