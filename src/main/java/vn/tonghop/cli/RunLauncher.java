package vn.tonghop.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

/**
 * Starts one consolidation run, or finishes the last one. Only one run at a time per office (a lock
 * file beside the database); holding the lock, a run still marked as running was killed, so it is
 * recovered and restarted. A failed or stopped run is restarted: Spring Batch skips the steps it
 * completed and the read step reads only the files not stored yet.
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

    RunLauncher(JobOperator operator, JobRepository repository, Job consolidate, TonghopProperties props) {
        this.operator = operator;
        this.repository = repository;
        this.consolidate = consolidate;
        this.props = props;
    }

    /** Runs to the end; returns the last execution, or null when another run holds the office's lock. */
    public JobExecution runOnce() throws Exception {
        Files.createDirectories(props.dataDir());
        Path lockFile = props.dataDir().resolve("tonghop.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                log.warn("Another run of this office is in progress (lock {}); not starting a second one", lockFile);
                return null;
            }
            return launch();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            log.warn("A run is already in progress in this process; not starting a second one");
            return null;
        }
    }

    private JobExecution launch() throws Exception {
        JobInstance last = repository.getLastJobInstance(consolidate.getName());
        if (last != null) {
            JobExecution previous = repository.getLastJobExecution(last);
            if (previous != null && DIED.contains(previous.getStatus())) {
                log.warn("Run {} was interrupted ({} since {}); recovering it", last.getInstanceId(),
                        previous.getStatus(), previous.getStartTime());
                previous = operator.recover(previous);
            }
            if (previous != null && UNFINISHED.contains(previous.getStatus())) {
                log.info("Restarting run {} where it stopped", last.getInstanceId());
                return operator.restart(previous);
            }
        }
        long next = last == null ? 1 : nextRunNumber(last);
        JobParameters params = new JobParametersBuilder()
                .addLong(ConsolidateJobConfig.RUN_ID, next)
                .addString(ConsolidateJobConfig.RUN_STARTED,
                        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), false)
                .toJobParameters();
        return operator.start(consolidate, params);
    }

    private long nextRunNumber(JobInstance last) {
        JobExecution execution = repository.getLastJobExecution(last);
        Long number = execution == null ? null : execution.getJobParameters().getLong(ConsolidateJobConfig.RUN_ID);
        return (number == null ? last.getInstanceId() : number) + 1;
    }
}
