package vn.tonghop.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.tonghop.store.ReceiptStore;
import vn.tonghop.store.ReceivedFile;

/**
 * Hands the read step every received file not read yet, oldest first. The database, not a saved
 * position, says what is left: a restarted run reads exactly the files whose reading was not
 * committed, and no file twice (a submission row per received file is unique).
 */
class UnreadFilesReader implements ItemStreamReader<ReceivedFile> {

    private static final Logger log = LoggerFactory.getLogger(UnreadFilesReader.class);

    private final ReceiptStore receipts;
    private List<ReceivedFile> files = List.of();
    private int next;

    UnreadFilesReader(ReceiptStore receipts) {
        this.receipts = receipts;
    }

    @Override
    public void open(ExecutionContext context) {
        files = receipts.unread();
        next = 0;
    }

    @Override
    public ReceivedFile read() {
        if (next >= files.size()) {
            return null;
        }
        ReceivedFile file = files.get(next++);
        // one line per file handed out: when a night stops or hangs, the last lines name the files
        // that were being read
        log.info("Reading {} ({} of {})", file.fileName(), next, files.size());
        return file;
    }

    int total() {
        return files.size();
    }
}
