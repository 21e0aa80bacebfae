package vn.tonghop.job;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs files done of total and an estimate of the time left: after the first chunk, then at most
 * every few seconds. Counted on write: with concurrent processing, chunk callbacks are not reliable,
 * writes always happen. Reset at each step start: {@code schedule} runs the same step every night.
 */
class ProgressLogger implements ItemWriteListener<Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final IntSupplier total;
    private long started;
    private long lastLog;
    private long done;

    ProgressLogger(IntSupplier total) {
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        lastLog = 0;
        done = 0;
    }

    @Override
    public void afterWrite(Chunk<? extends Object> chunk) {
        boolean first = done == 0;
        done += chunk.size();
        long now = System.nanoTime();
        if (!first && now - lastLog < EVERY_NANOS && done < total.getAsInt()) {
            return;
        }
        lastLog = now;
        double perFile = (now - started) / (double) Math.max(1, done);
        long leftSeconds = (long) (perFile * Math.max(0, total.getAsInt() - done) / 1e9);
        log.info("Read {} of {} files, about {} s left", done, total.getAsInt(), leftSeconds);
    }
}
