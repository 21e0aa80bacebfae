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
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.validation.SubmissionValidator;

/**
 * The {@code consolidate} job: read, check and store every workbook in the inbox
 * ({@code readWorkbooks}, a chunk step: one file per item), check across files
 * ({@code checkAcrossFiles}: duplicates, units that sent nothing), then consolidate and write the
 * run's outputs into a dated folder ({@code writeOutputs}).
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateJobConfig {

    private static final Logger log = LoggerFactory.getLogger(ConsolidateJobConfig.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    @Bean
    Job consolidate(JobRepository jobRepository, Step readWorkbooks, Step checkAcrossFiles, Step writeOutputs,
                    SubmissionStore store) {
        return new JobBuilder("consolidate", jobRepository)
                .incrementer(new RunIdIncrementer())
                .start(readWorkbooks)
                .next(checkAcrossFiles)
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
                       SubmissionReader reader, SubmissionValidator validator, SubmissionStore store,
                       FindingStore findings) {
        InboxReader inbox = new InboxReader(props.inbox());
        SubmissionWriter writer = new SubmissionWriter(store, findings);
        return new StepBuilder("readWorkbooks", jobRepository)
                .<Path, ReadResult>chunk(props.chunkSize()).transactionManager(tm)
                // files are read in order (restart state stays exact) and processed concurrently
                .taskExecutor(readerThreads(props.effectiveThreads()))
                .reader(inbox)
                .processor(file -> {
                    Submission s = reader.read(file);
                    return new ReadResult(s, validator.validate(s));
                })
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
    Step checkAcrossFiles(JobRepository jobRepository, PlatformTransactionManager tm, RunOutputs outputs) {
        return new StepBuilder("checkAcrossFiles", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    outputs.checkAcrossFiles(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    @Bean
    Step writeOutputs(JobRepository jobRepository, PlatformTransactionManager tm, TonghopProperties props,
                      RunOutputs outputs) {
        return new StepBuilder("writeOutputs", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var stepExecution = chunkContext.getStepContext().getStepExecution();
                    LocalDateTime started = stepExecution.getJobExecution().getStartTime();
                    if (started == null) {
                        started = LocalDateTime.now(ZoneId.systemDefault());
                    }
                    outputs.write(stepExecution.getJobExecutionId(), started,
                            props.outputDir().resolve(started.format(FOLDER)));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }
}
