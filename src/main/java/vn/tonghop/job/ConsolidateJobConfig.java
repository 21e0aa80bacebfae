package vn.tonghop.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.export.FactsCsvExporter;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.store.SubmissionStore;

/**
 * The {@code consolidate} job: read every workbook in the inbox and store what it says
 * ({@code readWorkbooks}, a chunk step: one file per item), then write the run's outputs into a
 * dated folder ({@code writeOutputs}).
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateJobConfig {

    private static final Logger log = LoggerFactory.getLogger(ConsolidateJobConfig.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    @Bean
    Job consolidate(JobRepository jobRepository, Step readWorkbooks, Step writeOutputs, SubmissionStore store) {
        return new JobBuilder("consolidate", jobRepository)
                .incrementer(new RunIdIncrementer())
                .start(readWorkbooks)
                .next(writeOutputs)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        log.info("Run {} {}: files by outcome {}", execution.getId(), execution.getStatus(),
                                store.outcomeSummary(execution.getId()));
                    }
                })
                .build();
    }

    @Bean
    Step readWorkbooks(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                       SubmissionReader reader, SubmissionStore store) {
        InboxReader inbox = new InboxReader(props.inbox());
        SubmissionWriter writer = new SubmissionWriter(store);
        return new StepBuilder("readWorkbooks", jobRepository)
                .<Path, Submission>chunk(props.chunkSize()).transactionManager(tm)
                // files are read in order (restart state stays exact) and processed concurrently
                .taskExecutor(readerThreads(props.effectiveThreads()))
                .reader(inbox)
                .processor(reader::read)
                .writer(writer)
                .listener(writer)
                .listener(new ProgressLogger(inbox))
                .build();
    }

    private static AsyncTaskExecutor readerThreads(int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("reader-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    Step writeOutputs(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                      FactsCsvExporter exporter) {
        return new StepBuilder("writeOutputs", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var stepExecution = chunkContext.getStepContext().getStepExecution();
                    long runId = stepExecution.getJobExecutionId();
                    LocalDateTime started = stepExecution.getJobExecution().getStartTime();
                    Path folder = props.outputDir().resolve(
                            (started == null ? LocalDateTime.now(ZoneId.systemDefault()) : started).format(FOLDER));
                    long files = exporter.writeFiles(runId, folder.resolve("files.csv"));
                    long facts = exporter.writeFacts(runId, folder.resolve("facts.csv"));
                    log.info("Wrote {} facts from {} files to {}", facts, files, folder.toAbsolutePath());
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }
}
