package vn.tonghop.job;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of a step's work on a thread of its own, beside what the step's thread goes on with. Its
 * failure becomes the step's when the step {@linkplain #join joins} it; closing it before (the step
 * failed) asks it to stop and waits for it, so that nothing of a step goes on once the step has ended.
 *
 * <p>It is asked, never interrupted: the work reads the database, and an interrupt during H2's file I/O
 * closes the database file's channel (the run then cannot even record its failure). The work is given
 * whether it should stop and checks it as it goes.
 */
final class Beside<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Beside.class);

    private final String name;
    private final ExecutorService thread;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Future<T> work;

    private Beside(String name, Function<BooleanSupplier, T> work) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        this.work = thread.submit(() -> work.apply(stop::get));
        thread.shutdown();
    }

    /** Starts {@code work} on a thread named {@code name}; it is given whether it should stop. */
    static <T> Beside<T> start(String name, Function<BooleanSupplier, T> work) {
        return new Beside<>(name, work);
    }

    /** Waits for the work and returns its result, or throws what it threw. */
    T join() throws IOException, InterruptedException {
        try {
            return work.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Asks the work to stop if it still runs and waits for its thread to end, without interrupting it. */
    @Override
    public void close() {
        stop.set(true);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (thread.awaitTermination(30, TimeUnit.SECONDS)) {
                        return;
                    }
                    log.info("Waiting for {} to stop", name);
                } catch (InterruptedException e) {
                    interrupted = true; // the step is being stopped itself: it sees the interrupt once this returns
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
