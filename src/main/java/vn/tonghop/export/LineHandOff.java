package vn.tonghop.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The facts' lines handed, in their order and in batches, from the thread that reads them from the store (and
 * writes {@code facts.csv}) to the thread that writes {@code facts.xlsx}: the two took turns on one thread, and
 * the workbook's rows and their compression are as long as reading and the CSV together. A few batches wait at
 * most (a few megabytes). Either side may give up; the other then stops soon after, never waiting for it
 * forever.
 */
final class LineHandOff implements Consumer<FactRow> {

    private static final int BATCH = 1024;
    private static final int WAITING = 8;
    private static final long POLL_MS = 100;
    /** The reading side's last batch: nothing follows. */
    private static final List<FactRow> END = new ArrayList<>(0);

    private final BlockingQueue<List<FactRow>> queue = new ArrayBlockingQueue<>(WAITING);
    private List<FactRow> batch = new ArrayList<>(BATCH);
    private volatile boolean readerGaveUp;
    private volatile boolean writerGaveUp;

    /** On the reading side: one line, handed over with the next ones once a batch is full. */
    @Override
    public void accept(FactRow line) {
        batch.add(line);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** On the reading side: every line has been given. */
    void finish() {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
    }

    /** On the reading side: no more lines will come; the writing side stops at its next batch. */
    void giveUp() {
        readerGaveUp = true;
    }

    /**
     * On the writing side: gives {@code sink} every line, in order, until the reading side has finished; throws a
     * {@link CancellationException} once it has given up. Whatever {@code sink} throws ends the hand-off.
     */
    void drainTo(Consumer<FactRow> sink) {
        try {
            while (true) {
                List<FactRow> next = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (readerGaveUp) {
                    throw new CancellationException("the facts' reading gave up");
                }
                if (next == END) {
                    return;
                }
                if (next != null) {
                    next.forEach(sink);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writerGaveUp = true;
            throw new CancellationException("interrupted");
        } catch (RuntimeException | Error e) {
            writerGaveUp = true;
            throw e;
        }
    }

    private void hand(List<FactRow> lines) {
        try {
            while (!queue.offer(lines, POLL_MS, TimeUnit.MILLISECONDS)) {
                if (writerGaveUp) {
                    throw new CancellationException("the facts' workbook gave up");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
