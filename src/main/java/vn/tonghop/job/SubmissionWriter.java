package vn.tonghop.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.tonghop.store.FindingStore;
import vn.tonghop.store.SubmissionStore;

/** Stores a chunk of read and checked files, with their findings, under the running job execution. */
class SubmissionWriter implements ItemWriter<ReadResult>, StepExecutionListener {

    private final SubmissionStore submissions;
    private final FindingStore findings;
    private long jobExecutionId;

    SubmissionWriter(SubmissionStore submissions, FindingStore findings) {
        this.submissions = submissions;
        this.findings = findings;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        for (ReadResult r : chunk) {
            submissions.save(jobExecutionId, r.submission());
            findings.save(jobExecutionId, r.findings());
        }
    }
}
