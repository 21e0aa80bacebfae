package vn.tonghop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.intake.ArchiveReplay;
import vn.tonghop.job.ConsolidateJobConfig;
import vn.tonghop.store.DatabaseTotals;
import vn.tonghop.store.HeldFileStore;

/**
 * {@code rebuild}: recreates a lost database from the archive, the source of truth. Every run the
 * archive's receipts name is replayed in order, as the same run number: its receipts recorded from the
 * archive, its files read and checked, the checks across files made, exactly as the run did them the
 * first time (with today's reference files), files an officer accepted ({@code accept}) accepted again
 * after the same run; its outputs are the folder it wrote then, and nothing is
 * mailed (every message it would send is recorded as not sent). The next {@code run} then goes on as if
 * the database had never been lost.
 * <p>
 * Only into a database without receipts. A rebuild that stops half-way leaves a marker
 * ({@code data-dir/rebuild.unfinished}) that refuses runs until {@code rebuild} is run again, which
 * finishes it: replays already completed are kept, an interrupted one is restarted.
 */
@Component
class RebuildCommand implements Command {

    private static final String MARKER = "rebuild.unfinished";

    private final RunLauncher launcher;
    private final ArchiveReplay replay;
    private final DatabaseTotals database;
    private final TonghopProperties props;
    private final HeldFileStore held;

    RebuildCommand(RunLauncher launcher, ArchiveReplay replay, DatabaseTotals database, TonghopProperties props,
                   HeldFileStore held) {
        this.launcher = launcher;
        this.replay = replay;
        this.database = database;
        this.props = props;
        this.held = held;
    }

    static Path unfinishedMarker(Path dataDir) {
        return dataDir.resolve(MARKER);
    }

    @Override
    public String name() {
        return "rebuild";
    }


    @Override
    public int run(List<String> args) throws Exception {
        Path marker = unfinishedMarker(props.dataDir());
        boolean resuming = Files.exists(marker);
        int runs = database.runs();
        if (runs > 0 && !resuming) {
            System.out.println("Cơ sở dữ liệu đã có " + runs + " lần tổng hợp: «rebuild» chỉ dựng lại vào một cơ sở "
                    + "dữ liệu trống. Nếu thật sự muốn dựng lại, chuyển các tệp tonghop.*.db trong "
                    + props.dataDir().toAbsolutePath().normalize() + " sang chỗ khác rồi chạy lại.");
            return 2;
        }
        ArchiveReplay.Plan plan = replay.plan();
        if (plan.byRun().isEmpty()) {
            System.out.println("Kho lưu " + props.archive().toAbsolutePath().normalize()
                    + " không có tệp nào: không có gì để dựng lại.");
            return 0;
        }
        Files.createDirectories(props.dataDir());
        Files.writeString(marker, "rebuild started " + LocalDateTime.now() + "\n");
        LocalDateTime previous = null;
        JobExecution execution = null;
        long lastRun = lastRun(plan);
        for (long run = 1; run <= lastRun; run++) {
            LocalDateTime started = started(plan, run, previous);
            execution = launcher.replay(run, started);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.out.println("Dựng lại lần tổng hợp số " + run + " không xong ("
                        + RunSummaryPrinter.status(execution) + "). Sửa nguyên nhân rồi chạy lại «rebuild» để dựng tiếp.");
                return 1;
            }
            if (execution.getJobInstanceId() != run) {
                System.out.println("Cơ sở dữ liệu đánh số lần tổng hợp khác với kho lưu (" + execution.getJobInstanceId()
                        + " thay vì " + run + "): dừng. Dựng lại vào một cơ sở dữ liệu mới tạo.");
                return 1;
            }
            previous = started;
            acceptAgain(plan, run);
        }
        // accepted after the last run: the next run reads them, as it would have
        plan.acceptedAfter().tailMap(lastRun, false).keySet().forEach(after -> acceptAgain(plan, after));
        Files.deleteIfExists(marker);
        launcher.afterRun(execution);
        print(plan);
        return 0;
    }

    /**
     * The last run to replay: the last that took a file in, or a later one that read a file an officer
     * accepted (it wrote outputs: the acceptance made them new).
     */
    private long lastRun(ArchiveReplay.Plan plan) throws IOException {
        long last = plan.lastRun();
        for (long after : plan.acceptedAfter().keySet()) {
            if (after + 1 > last && ConsolidateJobConfig.writtenFolder(props.outputDir(), after + 1) != null) {
                last = after + 1;
            }
        }
        return last;
    }

    /**
     * The files an officer accepted after run {@code run} (held because of who sent them) are accepted
     * again at the same point, so the next replay reads them as the run after the acceptance did.
     */
    private void acceptAgain(ArchiveReplay.Plan plan, long run) {
        for (ArchiveReplay.Accepted a : plan.acceptedAfter(run)) {
            held.held().stream().filter(h -> h.sha256().equals(a.sha256())
                    && h.sentAt().equals(a.acceptance().sentAt())).findFirst()
                    .ifPresent(h -> held.accept(h, a.acceptance().acceptedAt()));
        }
    }

    /**
     * When run {@code run} started: from the name of the folder it wrote, else when it took its first
     * file in, else just after the run before it.
     */
    private LocalDateTime started(ArchiveReplay.Plan plan, long run, LocalDateTime previous) throws IOException {
        Path folder = ConsolidateJobConfig.writtenFolder(props.outputDir(), run);
        LocalDateTime fromFolder = folder == null ? null : ConsolidateJobConfig.startedOf(folder);
        if (fromFolder != null) {
            return fromFolder;
        }
        if (plan.firstReceived(run) != null) {
            return LocalDateTime.ofInstant(plan.firstReceived(run), ZoneId.systemDefault());
        }
        return previous != null ? previous.plusSeconds(1) : LocalDateTime.now();
    }

    private void print(ArchiveReplay.Plan plan) {
        System.out.println();
        System.out.println("══ Đã dựng lại cơ sở dữ liệu từ kho lưu " + props.archive().toAbsolutePath().normalize() + " ══");
        DatabaseTotals.Totals t = database.totals();
        System.out.printf("Lần tổng hợp: %d; tệp đã nhận: %d (trùng nội dung: %d), %d nội dung khác nhau%n",
                t.runs(), t.receipts(), t.repeats(), plan.contents());
        System.out.printf("Đã đọc lại: %d tệp; phiên bản: %d của %d đơn vị%n", t.submissions(), t.versions(),
                t.unitsWithVersions());
        System.out.printf("Sai sót: %d lỗi, %d cảnh báo%n", t.errors(), t.warnings());
        System.out.printf("Thư: không gửi thư nào (%d thư của các lần trước được ghi là không gửi lại)%n",
                t.notSent());
        if (plan.withoutNotes() > 0) {
            System.out.println("Tệp không có ghi chép lúc nhận (kho lưu cũ): " + plan.withoutNotes()
                    + ", coi như nhận ở lần 1, thứ tự phiên bản theo thời gian ghi tệp vào kho lưu.");
        }
        if (launcher.lastBackup() != null) {
            System.out.println("Sao lưu cơ sở dữ liệu: " + launcher.lastBackup().toAbsolutePath().normalize());
        }
        System.out.println("Lần «run» tới chỉ nhận và đọc tệp mới.");
    }
}
