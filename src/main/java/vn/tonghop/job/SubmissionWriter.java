package vn.tonghop.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.tonghop.reading.Submission;
import vn.tonghop.store.SubmissionStore;

/** Stores a chunk of read submissions under the running job execution. */
public class SubmissionWriter implements ItemWriter<Submission>, StepExecutionListener {

    private final SubmissionStore store;
    private long jobExecutionId;

    public SubmissionWriter(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends Submission> chunk) {
        for (Submission s : chunk) {
            store.save(jobExecutionId, s);
        }
    }
}
