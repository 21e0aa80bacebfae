package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.tonghop.store.ReceivedFile;

/**
 * The read step's files are read ahead on threads of their own: handed to the step in the order they
 * came, however long each takes; never more than the window ahead; and a run that stops drops the files
 * not started, waits for those being read and never interrupts them (a reading may be inside H2).
 */
class ReadAheadTest {

    @Test
    void filesComeInTheirOrderWhenLaterOnesFinishFirst() throws Exception {
        // file 0 takes longest, file 5 next: the others are done before them
        ReadAhead ahead = new ReadAhead(files(12), f -> {
            sleep(f.id() == 0 ? 300 : f.id() == 5 ? 150 : 5);
            return result(f);
        }, 2, 6);
        ahead.open(new ExecutionContext());
        List<Long> order = new ArrayList<>();
        for (ReadResult r; (r = ahead.read()) != null; ) {
            order.add(r.receivedFileId());
        }
        ahead.close();

        assertThat(order).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void neverMoreThanTheWindowAheadOfTheStep() throws Exception {
        AtomicInteger started = new AtomicInteger();
        ReadAhead ahead = new ReadAhead(files(50), f -> {
            started.incrementAndGet();
            return result(f);
        }, 2, 5);
        ahead.open(new ExecutionContext());
        assertThat(started).as("nothing read before the step asks").hasValue(0);
        for (int taken = 1; taken <= 20; taken++) {
            ahead.read();
            sleep(20); // the step stores: the readers go on meanwhile, within the window
            assertThat(started.get()).isBetween(taken, taken + 5);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (started.get() < 25 && System.nanoTime() < until) {
            sleep(10);
        }
        sleep(50);
        assertThat(started.get()).as("read ahead while the step was busy, up to the window").isEqualTo(25);
        ahead.close();
    }

    @Test
    void closingDropsFilesNotStartedAndWaitsForThoseBeingReadWithoutInterruptingThem() throws Exception {
        CountDownLatch reading = new CountDownLatch(2);
        AtomicBoolean interrupted = new AtomicBoolean();
        Ended ended = new Ended();
        ReadAhead ahead = new ReadAhead(files(30), f -> {
            if (f.id() >= 1 && f.id() <= 2) {
                reading.countDown();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (System.nanoTime() < until) {
                    if (Thread.currentThread().isInterrupted()) {
                        interrupted.set(true);
                    }
                }
            }
            ended.add(f.id());
            return result(f);
        }, 2, 10);
        ahead.open(new ExecutionContext());
        assertThat(ahead.read().receivedFileId()).isZero();
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

        ahead.close(); // the run stops while files 1 and 2 are being read

        assertThat(interrupted).isFalse();
        assertThat(ended.ids).as("those being read ended before close returned; none started after")
                .contains(1L, 2L).allMatch(id -> id <= 10);
        int after = ended.ids.size();
        sleep(100);
        assertThat(ended.ids).hasSize(after);
    }

    /** The ids of the files whose reading ended. */
    private static final class Ended {
        final java.util.Set<Long> ids = ConcurrentHashMap.newKeySet();

        void add(long id) {
            ids.add(id);
        }
    }

    private static ItemStreamReader<ReceivedFile> files(int n) {
        return new ItemStreamReader<>() {
            private int next;

            @Override
            public ReceivedFile read() {
                if (next >= n) {
                    return null;
                }
                long id = next++;
                return new ReceivedFile(id, 1, "%064d".formatted(id), id + ".xlsx", "inbox", null, 1, Instant.EPOCH,
                        Instant.EPOCH, Path.of(id + ".xlsx"), null);
            }
        };
    }

    private static ReadResult result(ReceivedFile f) {
        return new ReadResult(f.id(), List.of());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
