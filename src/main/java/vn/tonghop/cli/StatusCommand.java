package vn.tonghop.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.tonghop.store.DeliveryStatus;
import vn.tonghop.store.DeliveryStore;
import vn.tonghop.domain.Unit;
import vn.tonghop.job.ConsolidateJobConfig;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.RunHistory;
import vn.tonghop.store.RunRecord;
import vn.tonghop.store.Version;
import vn.tonghop.store.VersionStore;

/**
 * {@code status}: what the last runs did (files, versions, findings, outputs, e-mails), read from the
 * database; {@code status <unit code>}: that unit's versions.
 */
@Component
class StatusCommand implements Command {

    private static final int RUNS = 10;

    private final JobRepository repository;
    private final RunHistory history;
    private final VersionStore versions;
    private final UnitRegistry registry;
    private final DeliveryStore deliveries;
    private final HeldFileStore held;

    StatusCommand(JobRepository repository, RunHistory history, VersionStore versions, UnitRegistry registry,
                  DeliveryStore deliveries, HeldFileStore held) {
        this.held = held;
        this.repository = repository;
        this.history = history;
        this.versions = versions;
        this.registry = registry;
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return "status";
    }


    @Override
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            return unit(args.get(0), System.out);
        }
        runs(System.out);
        return 0;
    }

    void runs(PrintStream out) {
        List<JobInstance> instances = repository.getJobInstances("consolidate", 0, RUNS);
        if (instances.isEmpty()) {
            out.println("Chưa có lần tổng hợp nào.");
            return;
        }
        out.printf("%-5s %-19s %-16s %5s %5s %8s %9s %6s %6s %5s %5s  %s%n", "Lần", "Bắt đầu", "Trạng thái", "Mới",
                "Trùng", "Đọc được", "Không đọc", "Lỗi", "C.báo", "Thư", "Hỏng", "Kết quả");
        for (JobInstance instance : instances) {
            List<JobExecution> executions = repository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparing(JobExecution::getId)).toList();
            JobExecution first = executions.get(0);
            JobExecution last = executions.get(executions.size() - 1);
            RunRecord r = history.of(instance.getInstanceId());
            DeliveryStatus mail = deliveries.status(r.runId());
            int read = r.outcomes().getOrDefault(FileOutcome.READ, 0);
            int notRead = r.outcomes().values().stream().mapToInt(Integer::intValue).sum() - read;
            boolean rebuilt = last.getJobParameters().getString(ConsolidateJobConfig.RUN_REPLAY) != null;
            String state = RunSummaryPrinter.shortStatus(last)
                    + (executions.size() > 1 ? " (" + executions.size() + " lượt)" : "") + (rebuilt ? " (dựng lại)" : "");
            // a run rebuilt from the archive started when it first ran, not when it was rebuilt
            LocalDateTime started = rebuilt && last.getJobParameters().getString(ConsolidateJobConfig.RUN_STARTED) != null
                    ? LocalDateTime.parse(last.getJobParameters().getString(ConsolidateJobConfig.RUN_STARTED))
                    : first.getStartTime();
            out.printf("%-5d %-19s %-16s %5d %5d %8d %9d %6d %6d %5d %5d  %s%n", r.runId(),
                    started == null ? "" : RunSummaryPrinter.TIME.format(started), state,
                    r.newFiles(), r.repeats(), read, notRead, r.errors(), r.warnings(),
                    mail.sent(), mail.failed(), outputs(r.outputFolder()));
        }
        long lastRun = instances.get(0).getInstanceId();
        deliveries.status(lastRun).failures().forEach(f -> out.printf(
                "Thư gửi không được (lần %d): %s — %s, %d lần thử: %s%n", lastRun, f.recipient(), f.subject(),
                f.attempts(), f.lastError()));
        List<HeldFileStore.HeldFile> waiting = held.held();
        if (!waiting.isEmpty()) {
            AcceptCommand.list(waiting, registry, out);
        }
    }

    /**
     * Where a run's outputs went, or that it had nothing new; a folder no longer there (beyond
     * {@code tonghop.output-keep}, or deleted by hand) is said to be.
     */
    private static String outputs(String folder) {
        if (folder == null) {
            return "không có gì mới";
        }
        return Files.isDirectory(Path.of(folder)) ? folder : folder + " (không còn trên đĩa)";
    }

    int unit(String code, PrintStream out) {
        Unit unit = registry.find(code);
        List<Version> list = versions.history(code);
        out.println((unit == null ? code : unit.name() + " (" + code + ")") + ": "
                + (list.isEmpty() ? "chưa có bảng đọc được." : list.size() + " phiên bản"));
        for (Version v : list) {
            out.printf("  phiên bản %d%s: «%s», gửi %s%s, nhận ở lần %d, sha256 %s%n", v.version(),
                    v.current() ? " (đang dùng)" : "", v.fileName(),
                    RunSummaryPrinter.TIME.format(v.sentAt().atZone(ZoneId.systemDefault())),
                    v.sender() == null ? "" : " bởi " + v.sender(), v.receivedRunId(), v.sha256().substring(0, 12));
        }
        return unit == null && list.isEmpty() ? 1 : 0;
    }
}
