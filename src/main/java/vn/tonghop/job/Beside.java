package vn.tonghop.job;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of a step's work on a thread of its own, beside what the step's thread goes on with. Its
 * failure becomes the step's when the step {@linkplain #join joins} it; closing it before (the step
 * failed) stops it and waits for it, so that nothing of a step goes on once the step has ended.
 */
final class Beside<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Beside.class);
    /** How long closing waits for the work to stop once interrupted. */
    private static final long STOP_WAIT_SECONDS = 60;

    private final String name;
    private final ExecutorService thread;
    private final Future<T> work;

    private Beside(String name, Callable<T> work) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        this.work = thread.submit(work);
        thread.shutdown();
    }

    /** Starts {@code work} on a thread named {@code name}. */
    static <T> Beside<T> start(String name, Callable<T> work) {
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

    /** Stops the work if it still runs (interrupting it) and waits for its thread to end. */
    @Override
    public void close() {
        work.cancel(true);
        try {
            if (!thread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("{} still running {} s after it was asked to stop", name, STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the step is being stopped itself: it sees the interrupt
        }
    }
}
