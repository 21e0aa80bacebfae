package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tonghop.store.ReceiptStore;

/**
 * Takes files in for one run: archives the bytes, then records the receipt in its own committed
 * transaction, so that once {@link #accept} returns the file is safe whatever happens to the run
 * (a mailbox may then mark its message seen). The same bytes again are recorded as a repeat of the
 * first receipt and never read or counted again.
 */
public class Intake implements IntakeSink {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final long runId;
    private final ContentArchive archive;
    private final ArchiveReceipts notes;
    private final ReceiptStore receipts;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    /** Files whose first receipt is asked of the database one by one before reading every hash once. */
    static final int ASKED_ONE_BY_ONE = 200;
    private int asked;
    /** The hash prefixes of the first receipts, once read; null before. */
    private long[] received;
    /** The hash prefixes of the first receipts made by this intake since. */
    private final Set<Long> receivedNow = new HashSet<>();
    private int newFiles;
    private int repeats;
    private boolean batch;

    public Intake(long runId, ContentArchive archive, ReceiptStore receipts, PlatformTransactionManager tm, Clock clock) {
        this.runId = runId;
        this.archive = archive;
        this.notes = new ArchiveReceipts(archive.root());
        this.receipts = receipts;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Override
    public void accept(String fileName, InputStream content, String source, String sender, Instant sentAt)
            throws IOException {
        receipt(archive.store(content, fileName), fileName, source, sender, sentAt);
    }

    /**
     * Takes in a file too large to be read ({@code tonghop.max-file-mb}) without copying it: the bytes
     * are only hashed as they stream by, and the receipt's archive path is {@code keptAt}, the original
     * left untouched where it lies (the inbox). The read step refuses it as {@code OVERSIZED} from the
     * receipt's size without opening it; the receipt makes it known again on later runs.
     */
    public void acceptOversized(String fileName, InputStream content, String source, Path keptAt, Instant sentAt)
            throws IOException {
        ContentArchive.Hashed hashed = ContentArchive.hash(content);
        receipt(new ContentArchive.Archived(hashed.sha256(), hashed.sizeBytes(), keptAt), fileName, source, null,
                sentAt);
    }

    private void receipt(ContentArchive.Archived stored, String fileName, String source, String sender,
                         Instant sentAt) {
        Instant sent = sentAt.truncatedTo(ChronoUnit.MILLIS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            // noted in the archive before the receipt is committed: the archive can always tell it again
            notes.append(stored.sha256(), new ArchiveReceipts.Note(runId, fileName, source, sender, stored.sizeBytes(),
                    sent, now));
        } catch (IOException e) {
            // the file and its receipt matter more; a rebuild falls back on the file's own name and time
            log.warn("Could not note the receipt of {} in the archive: {}", fileName, e.toString());
        }
        if (batch) {
            // a savepoint: a receipt the database refuses fails this file only, not the batch's others
            // (PostgreSQL aborts a whole transaction on a failed statement)
            savepoint.executeWithoutResult(status -> record(stored, fileName, source, sender, sent, now));
        } else {
            ownTransaction.executeWithoutResult(status -> record(stored, fileName, source, sender, sent, now));
        }
    }

    /**
     * Runs {@code work} with the receipts it makes committed together, at its end. For a source that
     * keeps its files until the next run anyway (the inbox folder): one commit per file on disk costs
     * more than the reading. A mailbox, which forgets a message once it is taken, calls
     * {@link #accept} outside of a batch.
     */
    public <T> T batch(java.util.concurrent.Callable<T> work) {
        return ownTransaction.execute(status -> {
            batch = true;
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                batch = false;
            }
        });
    }

    private void record(ContentArchive.Archived stored, String fileName, String source, String sender, Instant sent,
                        Instant now) {
        Long first = firstReceiptOf(stored.sha256());
        receipts.insert(runId, stored.sha256(), fileName, source, sender, stored.sizeBytes(), sent, now,
                stored.path(), first);
        if (first == null) {
            receivedNow.add(ReceiptStore.hashPrefix(stored.sha256()));
            newFiles++;
        } else {
            repeats++;
            log.info("{} has the same bytes as a file already received; not read again", fileName);
        }
    }

    /**
     * The first receipt of these bytes, or null. A night taking in thousands of files asked the database once
     * per file (a third of the intake at N = 2,000); after {@value #ASKED_ONE_BY_ONE} files it reads every
     * first receipt's hash prefix once and asks only for a file whose prefix is known: a repeat, or a rare
     * collision of 64 bits, which the query then tells apart.
     */
    private Long firstReceiptOf(String sha256) {
        if (received == null && ++asked > ASKED_ONE_BY_ONE) {
            received = receipts.firstReceiptPrefixes();
            receivedNow.clear(); // those are in the database's answer
        }
        long prefix = ReceiptStore.hashPrefix(sha256);
        if (received != null && Arrays.binarySearch(received, prefix) < 0 && !receivedNow.contains(prefix)) {
            return null;
        }
        return receipts.firstReceiptOf(sha256);
    }

    public int newFiles() {
        return newFiles;
    }

    public int repeats() {
        return repeats;
    }
}
