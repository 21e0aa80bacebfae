package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The facts export runs beside the other outputs: its failure is the outputs' failure, with its own
 * exception; outputs that fail ask it to stop, never interrupt it (it may be inside H2), and it has ended
 * before their step ends.
 */
class BesideTest {

    @Test
    void theWorksResultAndFailureReachTheStepAtJoin() throws Exception {
        try (Beside<Long> ok = Beside.start("t", stop -> 42L)) {
            assertThat(ok.join()).isEqualTo(42L);
        }
        try (Beside<Long> io = Beside.start("t", stop -> {
            throw new java.io.UncheckedIOException(new IOException("disk full"));
        })) {
            assertThatThrownBy(io::join).isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("disk full");
        }
        try (Beside<Long> runtime = Beside.start("t", stop -> {
            throw new IllegalStateException("cannot write facts.csv");
        })) {
            assertThatThrownBy(runtime::join).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot write facts.csv");
        }
        try (Beside<Long> memory = Beside.start("t", stop -> {
            throw new OutOfMemoryError("Java heap space");
        })) {
            assertThatThrownBy(memory::join).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void closedBeforeItEndsTheWorkIsAskedToStopNotInterruptedAndHasEndedWhenCloseReturns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        Beside<Long> facts = Beside.start("t", stop -> {
            started.countDown();
            try {
                long until = System.nanoTime() + 60_000_000_000L;
                while (System.nanoTime() < until) {
                    if (Thread.currentThread().isInterrupted()) {
                        interrupted.set(true);
                    }
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("asked to stop");
                    }
                }
                return 1L;
            } finally {
                sleepQuietly(200); // cleaning up (a temporary file deleted) after being asked
                ended.set(true);
            }
        });
        started.await();
        facts.close(); // the other outputs failed

        assertThat(interrupted).isFalse();
        assertThat(ended).as("the work's thread ended before close returned").isTrue();
        assertThatThrownBy(facts::join).isInstanceOf(CancellationException.class);
    }

    private static void sleepQuietly(long ms) {
        long until = System.nanoTime() + ms * 1_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
