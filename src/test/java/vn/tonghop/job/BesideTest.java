package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The facts export runs beside the other outputs: its failure is the outputs' failure, with its own
 * exception, and outputs that fail stop it before their step ends.
 */
class BesideTest {

    @Test
    void theWorksResultAndFailureReachTheStepAtJoin() throws Exception {
        try (Beside<Long> ok = Beside.start("t", () -> 42L)) {
            assertThat(ok.join()).isEqualTo(42L);
        }
        try (Beside<Long> io = Beside.start("t", () -> {
            throw new IOException("disk full");
        })) {
            assertThatThrownBy(io::join).isInstanceOf(IOException.class).hasMessage("disk full");
        }
        try (Beside<Long> runtime = Beside.start("t", () -> {
            throw new IllegalStateException("cannot write facts.csv");
        })) {
            assertThatThrownBy(runtime::join).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot write facts.csv");
        }
        try (Beside<Long> memory = Beside.start("t", () -> {
            throw new OutOfMemoryError("Java heap space");
        })) {
            assertThatThrownBy(memory::join).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void closedBeforeItEndsTheWorkIsInterruptedAndHasEndedWhenCloseReturns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        Beside<Long> facts = Beside.start("t", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
                return 1L;
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            } finally {
                Thread.sleep(200); // cleaning up (a temporary file deleted) after the interrupt
                ended.set(true);
            }
        });
        started.await();
        facts.close(); // the other outputs failed

        assertThat(interrupted).isTrue();
        assertThat(ended).as("the work's thread ended before close returned").isTrue();
    }
}
