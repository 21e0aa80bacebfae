package vn.tonghop.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.tonghop.job.RunAttention;
import vn.tonghop.output.DiskRoom;
import vn.tonghop.store.DeliveryStatus;
import vn.tonghop.store.DeliveryStore;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.HeldFileStore.HeldFile;
import vn.tonghop.store.RunHistory;
import vn.tonghop.store.RunRecord;

/** The one-screen summary a run ends with, in Vietnamese for the office staff who read it. */
@Component
class RunSummaryPrinter {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final RunHistory history;
    private final DeliveryStore deliveries;
    private final HeldFileStore held;
    private final UnitRegistry registry;

    RunSummaryPrinter(RunHistory history, DeliveryStore deliveries, HeldFileStore held, UnitRegistry registry) {
        this.history = history;
        this.deliveries = deliveries;
        this.held = held;
        this.registry = registry;
    }

    void print(JobExecution execution, PrintStream out) {
        RunRecord r = history.of(execution.getJobInstanceId());
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        out.println();
        out.println("══ Lần tổng hợp số " + r.runId() + " — " + status(execution) + " ══");
        out.printf("Bắt đầu %s, chạy %d giây%n", TIME.format(execution.getStartTime()), took.toSeconds());
        out.printf("Tệp mới nhận: %d (trùng nội dung với tệp đã nhận: %d)%n", r.newFiles(), r.repeats());
        String leftInInbox = RunAttention.leftInInbox(execution);
        if (leftInInbox != null) {
            out.println("⚠ " + leftInInbox);
        }
        out.println("Kết quả đọc: " + outcomes(r));
        if (!r.unusable().isEmpty()) {
            out.printf("Tệp không dùng được: %d%n", r.unusable().size());
            r.unusable().forEach(f -> out.printf("  ✗ %s — %s%n", f.fileName(),
                    f.reason() == null || f.reason().isBlank() ? f.outcome().label() : oneLine(f.reason())));
        }
        out.printf("Phiên bản mới: %d; đơn vị đã có bảng đọc được: %d%n", r.versions(), r.unitsReported());
        out.printf("Sai sót trong báo cáo: %d lỗi, %d cảnh báo%n", r.errors(), r.warnings());
        List<HeldFile> waiting = held.held();
        if (!waiting.isEmpty()) {
            AcceptCommand.list(waiting, registry, out);
        }
        String noOutputs = execution.getStatus() == BatchStatus.COMPLETED
                ? "không có gì mới, không ghi lại tệp kết quả"
                : "chưa ghi; lần chạy sau sẽ tiếp tục lần tổng hợp này";
        out.println("Kết quả: " + (r.outputFolder() == null ? noOutputs : r.outputFolder()));
        String disk = RunAttention.diskRoom(execution);
        if (disk != null) {
            out.println("⚠ " + disk);
        }
        DeliveryStatus mail = deliveries.status(r.runId());
        out.printf("Thư đã gửi: %d; gửi không được: %d%n", mail.sent(), mail.failed());
        mail.failures().forEach(f -> out.printf("  ✗ %s — %s (%d lần thử): %s%n", f.recipient(),
                f.subject(), f.attempts(), f.lastError()));
    }

    /** Files per outcome, in Vietnamese words, the files read first. */
    static String outcomes(RunRecord r) {
        if (r.outcomes().isEmpty()) {
            return "không có tệp nào";
        }
        return r.outcomes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String oneLine(String reason) {
        return reason.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The run's state, and for a failed run what stopped it. */
    static String status(JobExecution execution) {
        String state = shortStatus(execution);
        return execution.getStatus() == BatchStatus.FAILED ? state + " (" + reason(execution) + ")" : state;
    }

    /** The run's state in a word or two. */
    static String shortStatus(JobExecution execution) {
        return switch (execution.getStatus()) {
            case COMPLETED -> "hoàn thành";
            case FAILED -> "thất bại";
            case STOPPED, STOPPING -> "đã dừng";
            case STARTED, STARTING -> "đang chạy hoặc bị ngắt giữa chừng";
            default -> execution.getStatus().name();
        };
    }

    /**
     * What stopped the run: a full disk said in Vietnamese with what to do, else the first line of the error
     * without the exception's class name.
     */
    static String reason(JobExecution execution) {
        String description = execution.getExitStatus().getExitDescription();
        String first = description.lines().findFirst().orElse("")
                .replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "");
        if (execution.getAllFailureExceptions().stream().anyMatch(DiskRoom::full) || DiskRoom.full(description)) {
            // the facts exports' "cannot write <file>" names the file, and with it the disk
            return "ổ đĩa đầy: " + first.replaceFirst("^cannot write ", "không ghi được ") + ". Xin giải phóng chỗ "
                    + "trống (thư mục kết quả, kho lưu, cơ sở dữ liệu); lần chạy sau sẽ tiếp tục lần tổng hợp này";
        }
        return first;
    }
}
