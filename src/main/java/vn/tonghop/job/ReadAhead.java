package vn.tonghop.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.tonghop.store.ReceivedFile;

/**
 * Hands the read step each file read and checked, in the order {@code files} gives them, reading ahead
 * on threads of its own: while the step stores a chunk, the next files are being read. A chunk step with
 * a task executor reads only a chunk's files at a time and stores them while no file is read (and each
 * chunk waits for its slowest file): at 10,000 schools the step took 54 s where reading, checking and
 * storing took 60 s of CPU on 2 cores.
 *
 * <p>At most {@code window} files are read ahead of the step; a file read but not stored when the run
 * stops is read again by the next run, as before (the database says what is left). Closing never
 * interrupts a reading thread (it may be inside H2, which closes its file when interrupted): the files
 * not started are dropped, those being read are waited for.
 */
final class ReadAhead implements ItemStreamReader<ReadResult> {

    private static final Logger log = LoggerFactory.getLogger(ReadAhead.class);

    private final ItemStreamReader<ReceivedFile> files;
    private final Function<ReceivedFile, ReadResult> read;
    private final int threads;
    private final int window;
    private final Deque<Future<ReadResult>> ahead = new ArrayDeque<>();
    private ExecutorService pool;

    ReadAhead(ItemStreamReader<ReceivedFile> files, Function<ReceivedFile, ReadResult> read, int threads,
              int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        this.files = files;
        this.read = read;
        this.threads = threads;
        this.window = window;
    }

    @Override
    public void open(ExecutionContext context) {
        files.open(context);
        ahead.clear();
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void update(ExecutionContext context) {
        files.update(context);
    }

    @Override
    public ReadResult read() throws Exception {
        fill();
        Future<ReadResult> next = ahead.poll();
        if (next == null) {
            return null;
        }
        try {
            ReadResult result = next.get();
            fill();
            return result;
        } catch (ExecutionException e) {
            // the reading contains what a file throws; what escapes is the step's, as a processor's was
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() throws Exception {
        while (ahead.size() < window) {
            ReceivedFile file = files.read();
            if (file == null) {
                return;
            }
            ahead.add(pool.submit(() -> read.apply(file)));
        }
    }

    /** Drops the files not started, waits for those being read, without interrupting them. */
    @Override
    public void close() {
        for (Future<ReadResult> f : ahead) {
            f.cancel(false);
        }
        ahead.clear();
        if (pool == null) {
            files.close();
            return;
        }
        pool.shutdown();
        boolean interrupted = false;
        try {
            while (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                log.info("Waiting for the files being read to end");
            }
        } catch (InterruptedException e) {
            interrupted = true; // still never interrupts the readers; the step sees its own interrupt
        } finally {
            pool = null;
            files.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
