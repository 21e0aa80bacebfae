package vn.tonghop.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.store.ReceiptStore;

/**
 * The receipts the archive tells, run by run, for {@code rebuild}: each run's intake is replayed from
 * them instead of the inbox and the mailbox. A content without notes (an archive older than them) is
 * taken as received in run 1, sent and received when its archived copy was written, under its archived
 * name: the order of versions is then as well as the files' times can tell.
 */
@Component
public class ArchiveReplay {

    private static final Logger log = LoggerFactory.getLogger(ArchiveReplay.class);

    /** One receipt to replay. */
    public record Receipt(String sha256, Path file, ArchiveReceipts.Note note) {
    }

    /** An officer's acceptance of a held receipt of the bytes {@code sha256}. */
    public record Accepted(String sha256, ArchiveReceipts.Acceptance acceptance) {
    }

    /**
     * Every receipt to replay, by run, in the order they were received; the acceptances, by the run after
     * which they were made; how many contents had no note.
     */
    public record Plan(NavigableMap<Long, List<Receipt>> byRun, NavigableMap<Long, List<Accepted>> acceptedAfter,
                       int contents, int withoutNotes) {

        public List<Accepted> acceptedAfter(long runId) {
            return acceptedAfter.getOrDefault(runId, List.of());
        }

        /** The last run that took a file in. */
        public long lastRun() {
            return byRun.isEmpty() ? 0 : byRun.lastKey();
        }

        public List<Receipt> of(long runId) {
            return byRun.getOrDefault(runId, List.of());
        }

        /** When run {@code runId} took its first file in, or null. */
        public Instant firstReceived(long runId) {
            return of(runId).stream().map(r -> r.note().receivedAt()).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    private final Path archive;
    private final ReceiptStore receipts;
    private Plan plan;

    /** {@code archive}: the office's {@code tonghop.archive}, read as a property (intake does not depend on the wiring). */
    public ArchiveReplay(@Value("${tonghop.archive:#{null}}") Path archive, ReceiptStore receipts) {
        this.archive = archive;
        this.receipts = receipts;
    }

    /** What the archive holds, read once per process. */
    public synchronized Plan plan() throws IOException {
        if (plan == null) {
            plan = read(new ArchiveReceipts(archive).contents());
        }
        return plan;
    }

    static Plan read(List<ArchiveReceipts.Content> contents) throws IOException {
        TreeMap<Long, List<Receipt>> byRun = new TreeMap<>();
        TreeMap<Long, List<Accepted>> accepted = new TreeMap<>();
        int withoutNotes = 0;
        for (ArchiveReceipts.Content c : contents) {
            for (ArchiveReceipts.Acceptance a : c.acceptances()) {
                accepted.computeIfAbsent(a.afterRun(), k -> new ArrayList<>()).add(new Accepted(c.sha256(), a));
            }
            List<ArchiveReceipts.Note> notes = c.notes();
            if (notes.isEmpty()) {
                withoutNotes++;
                Instant written = Files.getLastModifiedTime(c.file()).toInstant().truncatedTo(ChronoUnit.MILLIS);
                notes = List.of(new ArchiveReceipts.Note(1, c.file().getFileName().toString(),
                        "archive:" + c.file().toAbsolutePath().normalize(), null, c.sizeBytes(), written, written));
            }
            for (ArchiveReceipts.Note n : notes) {
                // bytes too large to read were never copied: the receipt points where they lie, as it did
                Path file = c.file() != null ? c.file() : Path.of(n.source());
                byRun.computeIfAbsent(n.runId(), k -> new ArrayList<>()).add(new Receipt(c.sha256(), file, n));
            }
        }
        byRun.values().forEach(list -> list.sort(Comparator.comparing((Receipt r) -> r.note().receivedAt())
                .thenComparing(r -> r.note().source()).thenComparing(r -> r.note().fileName())));
        return new Plan(byRun, accepted, contents.size(), withoutNotes);
    }

    /**
     * Records run {@code runId}'s receipts from the archive, as its intake did: a receipt noted twice (a
     * run killed before its receipts were committed took the file in again) is recorded once, repeats of
     * bytes received before point at their first receipt. Returns how many were recorded.
     */
    public int takeIn(long runId) throws IOException {
        int recorded = 0;
        for (Receipt r : plan().of(runId)) {
            ArchiveReceipts.Note n = r.note();
            if (receipts.alreadyTaken(n.source(), n.sizeBytes(), n.sentAt())) {
                continue;
            }
            receipts.insert(runId, r.sha256(), n.fileName(), n.source(), n.sender(), n.sizeBytes(), n.sentAt(),
                    n.receivedAt(), r.file(), receipts.firstReceiptOf(r.sha256()));
            recorded++;
        }
        log.info("Run {} rebuilt from the archive: {} receipts", runId, recorded);
        return recorded;
    }
}
