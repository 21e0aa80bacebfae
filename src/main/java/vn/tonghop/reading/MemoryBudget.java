package vn.tonghop.reading;

import java.util.concurrent.Semaphore;

/**
 * The heap that workbooks opened at the same time may take, shared by everything in the process that
 * opens one (reading threads, feedback workbooks). Each opening first takes a lease of what it is
 * estimated to cost ({@link WorkbookOpener.Checked}), and waits while the budget cannot give it: many
 * small files go in parallel, a heavy one waits until it can run alone and then runs alone, so two
 * heavy files never share the heap. A lease larger than the whole budget is cut to it (the file runs
 * alone; should it still not fit, the out-of-memory error is its own failure, caught by its caller).
 * A file expected to need more than the heap can ever give ({@link #canHold}) is not opened at all: an
 * out-of-memory error may strike any thread, the database's included, and a heap that fills up slowly
 * first costs minutes of garbage collection.
 *
 * <p>First come, first served ({@link Semaphore} in fair mode): a heavy file waiting for the heap to
 * empty is not overtaken forever by small ones.
 */
public final class MemoryBudget {

    /**
     * Share of the maximum heap given to open workbooks; the rest is for everything else of a run
     * (Spring, the database, the facts of a chunk, the outputs).
     */
    static final double HEAP_SHARE = 0.6;
    /** Share of the maximum heap one workbook may be expected to need, running alone; above it, it is not opened. */
    static final double CEILING_SHARE = 0.8;
    private static final int KIB = 1024;

    private static final MemoryBudget HEAP = new MemoryBudget(
            (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE),
            (long) (Runtime.getRuntime().maxMemory() * CEILING_SHARE));

    private final Semaphore permits;
    private final int capacityKib;
    private final long ceilingBytes;

    /**
     * @param capacityBytes what all leases together may hold
     * @param ceilingBytes  the most one workbook may be expected to need (see {@link #canHold})
     */
    public MemoryBudget(long capacityBytes, long ceilingBytes) {
        this.capacityKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, capacityBytes / KIB));
        this.permits = new Semaphore(capacityKib, true);
        this.ceilingBytes = ceilingBytes;
    }

    /** The process's budget: {@value #HEAP_SHARE} of the maximum heap ({@code -Xmx}), one file up to {@value #CEILING_SHARE}. */
    public static MemoryBudget heap() {
        return HEAP;
    }

    /** Whether work expected to need {@code bytes} can be tried at all, alone on the heap. */
    public boolean canHold(long bytes) {
        return bytes <= ceilingBytes;
    }

    /**
     * Waits until {@code bytes} (at most the whole budget) are free and takes them until the lease is
     * closed. Not interruptible: the wait is only for other files to finish.
     */
    public Lease acquire(long bytes) {
        int kib = (int) Math.max(1, Math.min(capacityKib, (bytes + KIB - 1) / KIB));
        permits.acquireUninterruptibly(kib);
        return new Lease(kib);
    }

    /** Bytes free now (for tests and logs). */
    public long available() {
        return (long) permits.availablePermits() * KIB;
    }

    public long capacity() {
        return (long) capacityKib * KIB;
    }

    /** A share of the budget, given back once by {@link #close}. */
    public final class Lease implements AutoCloseable {
        private final int kib;
        private boolean closed;

        private Lease(int kib) {
            this.kib = kib;
        }

        /** The bytes this lease holds. */
        public long bytes() {
            return (long) kib * KIB;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                permits.release(kib);
            }
        }
    }
}
