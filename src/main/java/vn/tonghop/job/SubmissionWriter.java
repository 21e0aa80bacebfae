package vn.tonghop.job;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tonghop.domain.Finding;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.OfSubmission;
import vn.tonghop.store.SubmissionStore;

/**
 * Stores a chunk of read and checked files, with their findings, under the running run (job instance):
 * the chunk's facts in one JDBC batch, its findings in another, not a batch per file.
 */
class SubmissionWriter implements ItemWriter<ReadResult>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

    private final SubmissionStore submissions;
    private final FindingStore findings;
    private long runId;
    /** Files stored (committed) by this step so far. */
    private long stored;

    SubmissionWriter(SubmissionStore submissions, FindingStore findings) {
        this.submissions = submissions;
        this.findings = findings;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstanceId();
        stored = 0;
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        PhaseEvent store = PhaseEvent.start("store");
        List<SubmissionStore.Reading> readings = new ArrayList<>();
        List<List<Finding>> found = new ArrayList<>();
        for (ReadResult r : chunk) {
            for (ReadResult.Checked d : r.documents()) {
                readings.add(new SubmissionStore.Reading(r.receivedFileId(), d.submission()));
                found.add(d.findings());
            }
        }
        List<Long> ids = submissions.saveAll(runId, readings);
        List<OfSubmission<Finding>> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Finding f : found.get(i)) {
                all.add(new OfSubmission<>(ids.get(i), f));
            }
        }
        findings.saveAll(runId, all);
        store.commit();
        int files = chunk.size();
        // once the chunk is committed: after a stop, the last such line says how far the night got (the files
        // are read ahead of the store, so the last "Reading" lines name files read but maybe not stored)
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                stored += files;
                log.info("Stored {} files ({} so far in this step)", files, stored);
            }
        });
    }
}
