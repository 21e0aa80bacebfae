package vn.tonghop.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.intake.ArchiveReplay;
import vn.tonghop.intake.ContentArchive;
import vn.tonghop.intake.InboxScanner;
import vn.tonghop.intake.Intake;
import vn.tonghop.intake.MailboxIntake;
import vn.tonghop.store.ReceiptStore;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.store.VersionStore;
import vn.tonghop.validation.SenderCheck;
import vn.tonghop.validation.SubmissionValidator;

/**
 * The {@code consolidate} job, one run per night:
 * <ol>
 *   <li>{@code takeIn}: files from the mailbox and the inbox folder are archived by content hash and
 *       recorded (each receipt committed on its own; run again on restart to catch late files);</li>
 *   <li>{@code readWorkbooks}: every received file not read yet is read, checked and stored (a chunk
 *       step, one file per item, files processed concurrently);</li>
 *   <li>{@code checkAcrossFiles}: duplicates in the run, units that sent nothing;</li>
 *   <li>{@code writeOutputs}: consolidation of every unit's current version and the outputs, in a
 *       folder named after the run's start (a restarted run writes into the same folder), unless
 *       nothing changed;</li>
 *   <li>{@code deliver}: e-mails to the office and the schools; failures are recorded, never fatal.</li>
 * </ol>
 * A run is a job instance: a run killed at any point is restarted by the next {@code run}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateJobConfig {

    /** Job parameter: the run's number (identifying). */
    public static final String RUN_ID = "run.id";
    /** Job parameter: when the run started, ISO local date-time (names its output folder). */
    public static final String RUN_STARTED = "run.started";
    /**
     * Job parameter, set by {@code rebuild}: the run is replayed from the archive's receipts, not from the
     * inbox and the mailbox; its outputs are the ones it wrote the first time, and it mails nothing.
     */
    public static final String RUN_REPLAY = "run.replay";
    /** The intake step's context: inbox files it could not take in, left for the next run. */
    public static final String INTAKE_FAILED = "tonghop.intake.failed";
    /** The intake step's context: how many of those because a disk (the archive's) was full. */
    public static final String INTAKE_FULL = "tonghop.intake.full";
    /** The deliver step's context: that the outputs' disk is running out of room, when it is. */
    public static final String DISK_ROOM = "tonghop.deliver.disk-room";

    private static final Logger log = LoggerFactory.getLogger(ConsolidateJobConfig.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    @Bean
    Job consolidate(JobRepository jobRepository, Step takeIn, Step readWorkbooks, Step checkAcrossFiles,
                    Step writeOutputs, Step deliver, SubmissionStore store, VersionStore versions) {
        return new JobBuilder("consolidate", jobRepository)
                .start(takeIn)
                .next(readWorkbooks)
                .next(checkAcrossFiles)
                .next(writeOutputs)
                .next(deliver)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        versions.forget(); // another process may have changed them since this one's last run
                    }

                    @Override
                    public void afterJob(JobExecution execution) {
                        log.info("Run {} {}: files by outcome {}", execution.getJobInstanceId(), execution.getStatus(),
                                store.outcomeSummary(execution.getJobInstanceId()));
                    }
                })
                .build();
    }

    @Bean
    Step takeIn(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                ReceiptStore receipts, MailboxIntake mailbox, ArchiveReplay replay) {
        return new StepBuilder("takeIn", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    long runId = runId(chunkContext.getStepContext().getStepExecution());
                    if (replaying(chunkContext.getStepContext().getStepExecution())) {
                        replay.takeIn(runId);
                        return RepeatStatus.FINISHED;
                    }
                    Clock clock = Clock.systemDefaultZone();
                    ContentArchive archive = new ContentArchive(props.archive());
                    int unfinished = archive.clearUnfinished();
                    if (unfinished > 0) {
                        log.info("Removed {} unfinished copies an interrupted run left in the archive", unfinished);
                    }
                    Intake intake = new Intake(runId, archive, receipts, tm, clock);
                    int mailed = mailbox.fetch(intake);
                    InboxScanner.Scan scan = new InboxScanner(props.inbox(), Duration.ofSeconds(props.settleSeconds()),
                            props.maxFileBytes()).scan(intake, receipts, clock.instant());
                    log.info("Took in {} new files and {} repeats of files already received ({} from the mailbox); "
                            + "{} inbox files already taken in, {} still being written, {} failed for now, {} links "
                            + "out of the inbox not followed", intake.newFiles(), intake.repeats(), mailed,
                            scan.known(), scan.waiting(), scan.failed(), scan.skipped());
                    // for the run's summary: the files left in the inbox for the next run, and why
                    ExecutionContext seen = chunkContext.getStepContext().getStepExecution().getExecutionContext();
                    seen.putInt(INTAKE_FAILED, scan.failed());
                    seen.putInt(INTAKE_FULL, scan.full());
                    return RepeatStatus.FINISHED;
                }, tm)
                .allowStartIfComplete(true) // a restarted run also takes what arrived meanwhile
                .build();
    }

    @Bean
    Step readWorkbooks(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                       ReceiptStore receipts, SubmissionReader reader, SubmissionValidator validator,
                       SubmissionStore store, FindingStore findings, UnitRegistry registry, SenderCheck senders,
                       HeldFileStore held) {
        UnreadFilesReader unread = new UnreadFilesReader(receipts);
        UnreadFileOwner owners = new UnreadFileOwner(registry, senders);
        SubmissionWriter writer = new SubmissionWriter(store, findings);
        ProgressLogger progress = new ProgressLogger(unread::total);
        int threads = props.effectiveThreads();
        // files are read ahead on their own threads, in order, while the step stores each chunk of them
        // in one transaction
        ReadAhead ahead = new ReadAhead(unread, new FileReading(reader, validator, owners, senders, held), threads,
                props.chunkSize() + 2 * threads);
        return new StepBuilder("readWorkbooks", jobRepository)
                .<ReadResult, ReadResult>chunk(props.chunkSize()).transactionManager(tm)
                .reader(ahead)
                .writer(writer)
                .listener(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        acceptResent(held, senders);
                    }
                })
                .listener((StepExecutionListener) progress)
                .listener((ItemWriteListener<Object>) progress)
                .build();
    }

    /**
     * A held file whose very bytes came again from an address known for its unit (a teacher mailed it
     * from home, the school then from its own address) is the unit's: accepted here, read in this step.
     */
    private static void acceptResent(HeldFileStore held, SenderCheck senders) {
        for (HeldFileStore.Resent r : held.resent()) {
            if (senders.known(r.file().unitCode(), r.sender())) {
                log.info("Held file {} came again from {}, an address of unit {}: accepted", r.file().fileName(),
                        r.sender(), r.file().unitCode());
                held.accept(r.file(), java.time.Instant.now());
            }
        }
    }

    @Bean
    Step checkAcrossFiles(JobRepository jobRepository, PlatformTransactionManager tm, RunOutputs outputs) {
        return new StepBuilder("checkAcrossFiles", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    outputs.checkAcrossFiles(runId(chunkContext.getStepContext().getStepExecution()));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    @Bean
    Step writeOutputs(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                      RunOutputs outputs) {
        return new StepBuilder("writeOutputs", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = chunkContext.getStepContext().getStepExecution();
                    LocalDateTime started = runStarted(step);
                    // named by the run's start and number: a restart writes into its own folder again,
                    // two runs never share one
                    String folder = started.format(FOLDER) + "_lan-" + runId(step);
                    if (replaying(step)) {
                        outputs.recordReplayed(runId(step), started, writtenFolder(props.outputDir(), runId(step)));
                    } else {
                        outputs.write(runId(step), started, props.outputDir().resolve(folder));
                    }
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    @Bean
    Step deliver(JobRepository jobRepository, PlatformTransactionManager tm, RunDelivery delivery) {
        return new StepBuilder("deliver", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = chunkContext.getStepContext().getStepExecution();
                    String disk = delivery.deliver(runId(step), runStarted(step), replaying(step),
                            RunAttention.leftInInbox(step.getJobExecution()));
                    if (disk != null) { // for the run's summary: measured once, here
                        step.getExecutionContext().putString(DISK_ROOM, disk);
                    }
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    static boolean replaying(StepExecution step) {
        return step.getJobExecution().getJobParameters().getString(RUN_REPLAY) != null;
    }

    /** The folder run {@code runId} wrote its outputs into, if it wrote any and it is still there. */
    public static Path writtenFolder(Path outputDir, long runId) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return null;
        }
        try (Stream<Path> folders = Files.list(outputDir)) {
            return folders.filter(f -> f.getFileName().toString().endsWith("_lan-" + runId) && Files.isDirectory(f))
                    .sorted().reduce((a, b) -> b).orElse(null);
        }
    }

    /** When the run that wrote {@code folder} started, from the folder's name; null when it does not say. */
    public static LocalDateTime startedOf(Path folder) {
        String name = folder.getFileName().toString();
        try {
            return LocalDateTime.parse(name.substring(0, Math.min(name.length(), 17)), FOLDER);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static long runId(StepExecution step) {
        return step.getJobExecution().getJobInstanceId();
    }

    static LocalDateTime runStarted(StepExecution step) {
        String started = step.getJobExecution().getJobParameters().getString(RUN_STARTED);
        return started != null ? LocalDateTime.parse(started) : step.getJobExecution().getCreateTime();
    }
}
