package vn.tonghop.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.tonghop.store.FindingStore;
import vn.tonghop.store.SubmissionStore;

/** Stores a chunk of read and checked files, with their findings, under the running run (job instance). */
class SubmissionWriter implements ItemWriter<ReadResult>, StepExecutionListener {

    private final SubmissionStore submissions;
    private final FindingStore findings;
    private long runId;

    SubmissionWriter(SubmissionStore submissions, FindingStore findings) {
        this.submissions = submissions;
        this.findings = findings;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstanceId();
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        for (ReadResult r : chunk) {
            for (ReadResult.Checked d : r.documents()) {
                long id = submissions.save(runId, r.receivedFileId(), d.submission());
                findings.save(runId, id, d.findings());
            }
        }
    }
}
