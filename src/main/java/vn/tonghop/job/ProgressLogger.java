package vn.tonghop.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs files done of total and an estimate of the time left, at most every few seconds. Counted on
 * write: with concurrent processing, chunk callbacks are not reliable, writes always happen.
 */
class ProgressLogger implements ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final InboxReader inbox;
    private final long started = System.nanoTime();
    private long lastLog = started;
    private long done;

    ProgressLogger(InboxReader inbox) {
        this.inbox = inbox;
    }

    @Override
    public void afterWrite(Chunk<? extends Object> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastLog < EVERY_NANOS && done < inbox.total()) {
            return;
        }
        lastLog = now;
        double perFile = (now - started) / (double) Math.max(1, done);
        long leftSeconds = (long) (perFile * Math.max(0, inbox.total() - done) / 1e9);
        log.info("Read {} of {} files, about {} s left", done, inbox.total(), leftSeconds);
    }
}
