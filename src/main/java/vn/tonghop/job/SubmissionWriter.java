package vn.tonghop.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.tonghop.domain.Finding;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.OfSubmission;
import vn.tonghop.store.SubmissionStore;

/**
 * Stores a chunk of read and checked files, with their findings, under the running run (job instance):
 * the chunk's facts in one JDBC batch, its findings in another, not a batch per file.
 */
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
    }
}
