package vn.tonghop.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.job.ConsolidateJobConfig;
import vn.tonghop.output.OldRunFolders;
import vn.tonghop.store.DatabaseBackup;
import vn.tonghop.store.RunOutputStore;

/**
 * Starts one consolidation run, or finishes the last one. Only one run at a time per office: the
 * office's lock is taken at startup, before the database opens ({@link OfficeLockAtStartup}); holding
 * it, a run still marked as running was killed, so it is recovered and restarted. A failed or stopped
 * run is restarted: Spring Batch skips the steps it completed and the read step reads only the files not
 * stored yet. A database that lost its history while the archive holds files is refused
 * ({@link LostDatabaseCheck}); a completed run is followed by a backup of the embedded database and the
 * deletion of the run folders beyond the newest {@code tonghop.output-keep} ({@link OldRunFolders}).
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private static final EnumSet<BatchStatus> DIED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
    private static final EnumSet<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job consolidate;
    private final TonghopProperties props;
    private final LostDatabaseCheck lostDatabase;
    private final StatusSnapshot snapshot;
    private final DatabaseBackup backup;
    private final RunOutputStore runOutputs;
    private Path lastBackup;

    RunLauncher(JobOperator operator, JobRepository repository, Job consolidate, TonghopProperties props,
                LostDatabaseCheck lostDatabase, StatusSnapshot snapshot, DatabaseBackup backup,
                RunOutputStore runOutputs) {
        this.operator = operator;
        this.repository = repository;
        this.consolidate = consolidate;
        this.props = props;
        this.lostDatabase = lostDatabase;
        this.snapshot = snapshot;
        this.backup = backup;
        this.runOutputs = runOutputs;
    }

    /**
     * Runs to the end and returns the last execution. Refused (with the office's line and exit code) when
     * another process holds the office's lock, or when the database does not match the archive.
     */
    public JobExecution runOnce() throws Exception {
        holdLock();
        lostDatabase.check();
        JobExecution execution = launch();
        afterRun(execution);
        return execution;
    }

    /**
     * Runs run {@code runId} again from the archive ({@code rebuild}): the same run number, its files
     * taken from the archive's receipts instead of the inbox and the mailbox, nothing written or mailed.
     * A replay already completed is returned as it is; one that was interrupted is finished.
     */
    JobExecution replay(long runId, LocalDateTime started) throws Exception {
        holdLock();
        JobParameters identifying = new JobParametersBuilder().addLong(ConsolidateJobConfig.RUN_ID, runId)
                .toJobParameters();
        JobInstance instance = repository.getJobInstance(consolidate.getName(), identifying);
        if (instance != null) {
            JobExecution previous = repository.getLastJobExecution(instance);
            if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
                return previous;
            }
            JobExecution resumed = resume(instance, previous);
            if (resumed != null) {
                return resumed;
            }
        }
        snapshot.write("Đang dựng lại cơ sở dữ liệu từ kho lưu (rebuild), lần tổng hợp số " + runId);
        return operator.start(consolidate, new JobParametersBuilder(identifying)
                .addString(ConsolidateJobConfig.RUN_STARTED, started.truncatedTo(ChronoUnit.SECONDS).toString(), false)
                .addString(ConsolidateJobConfig.RUN_REPLAY, "archive", false)
                .toJobParameters());
    }

    /**
     * Backs the database up after a completed run, deletes the run folders beyond the newest kept, and writes
     * the status snapshot.
     */
    void afterRun(JobExecution execution) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        lastBackup = completed ? backup.afterRun(execution.getJobInstanceId()) : null;
        if (completed && props.outputKeep() > 0) {
            try {
                OldRunFolders.prune(props.outputDir(), props.outputKeep(),
                        ConsolidateJobConfig.writtenFolder(props.outputDir(), execution.getJobInstanceId()),
                        runOutputs.folders());
            } catch (IOException | RuntimeException e) { // the run is complete whatever its clean-up does
                log.warn("Old run folders left: could not tell which they are under {}: {}", props.outputDir(),
                        e.toString());
            }
        }
        snapshot.write("Không có lần tổng hợp nào đang chạy");
    }

    /** The backup written after the last completed run, or null. */
    Path lastBackup() {
        return lastBackup;
    }

    private void holdLock() throws Exception {
        if (props.dataDir() == null || OfficeLock.heldHere(props.dataDir())) {
            return;
        }
        // started without the command line (a test's context): take the lock now
        if (!OfficeLock.of(props.dataDir()).tryWriter()) {
            throw new RunRefused(OfficeLock.BUSY, 3);
        }
    }

    private JobExecution launch() throws Exception {
        JobInstance last = repository.getLastJobInstance(consolidate.getName());
        if (last != null) {
            JobExecution resumed = resume(last, repository.getLastJobExecution(last));
            if (resumed != null) {
                return resumed;
            }
        }
        long next = last == null ? 1 : nextRunNumber(last);
        snapshot.write("Đang chạy lần tổng hợp số " + next + ", bắt đầu "
                + RunSummaryPrinter.TIME.format(LocalDateTime.now()));
        JobParameters params = new JobParametersBuilder()
                .addLong(ConsolidateJobConfig.RUN_ID, next)
                .addString(ConsolidateJobConfig.RUN_STARTED,
                        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), false)
                .toJobParameters();
        return operator.start(consolidate, params);
    }

    /** Recovers a run that died and restarts one that failed or stopped; null when it needs neither. */
    private JobExecution resume(JobInstance instance, JobExecution previous) throws Exception {
        if (previous != null && DIED.contains(previous.getStatus())) {
            log.warn("Run {} was interrupted ({} since {}); recovering it", instance.getInstanceId(),
                    previous.getStatus(), previous.getStartTime());
            previous = operator.recover(previous);
        }
        if (previous != null && UNFINISHED.contains(previous.getStatus())) {
            log.info("Restarting run {} where it stopped", instance.getInstanceId());
            snapshot.write("Đang chạy tiếp lần tổng hợp số " + instance.getInstanceId() + " (bị ngắt trước đó), từ "
                    + RunSummaryPrinter.TIME.format(LocalDateTime.now()));
            return operator.restart(previous);
        }
        return null;
    }

    private long nextRunNumber(JobInstance last) {
        JobExecution execution = repository.getLastJobExecution(last);
        Long number = execution == null ? null : execution.getJobParameters().getLong(ConsolidateJobConfig.RUN_ID);
        return (number == null ? last.getInstanceId() : number) + 1;
    }
}
