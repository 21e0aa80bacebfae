package vn.tonghop.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.tonghop.intake.ReceiptStore;
import vn.tonghop.intake.ReceivedFile;

/**
 * Hands the read step every received file not read yet, oldest first. The database, not a saved
 * position, says what is left: a restarted run reads exactly the files whose reading was not
 * committed, and no file twice (a submission row per received file is unique).
 */
class UnreadFilesReader implements ItemStreamReader<ReceivedFile> {

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
        return next < files.size() ? files.get(next++) : null;
    }

    int total() {
        return files.size();
    }
}
