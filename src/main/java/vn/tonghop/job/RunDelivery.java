package vn.tonghop.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.delivery.MailDelivery;
import vn.tonghop.delivery.RunDigest;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.DiskRoom;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.RunChangesSource;
import vn.tonghop.store.RunHistory;
import vn.tonghop.store.RunOutputStore;
import vn.tonghop.store.RunRecord;
import vn.tonghop.timeliness.Reminders;
import vn.tonghop.timeliness.RoundTimeliness;
import vn.tonghop.domain.Finding;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.SenderCheck;

/**
 * Sends a run's results: the office's summary and discrepancies, each school's feedback (only a run
 * that wrote outputs sends them), then the reminders due (every run: a deadline passes on quiet nights too); what was sent is recorded, so a restarted run does not send it
 * again.
 */
@Component
class RunDelivery {

    private static final Logger log = LoggerFactory.getLogger(RunDelivery.class);

    private final TonghopProperties props;
    private final RunOutputStore outputs;
    private final RunHistory history;
    private final UnitRegistry registry;
    private final FindingStore findings;
    private final FeedbackWorkbooks feedback;
    private final MailDelivery mail;
    private final HeldFileStore held;
    private final RunChangesSource changes;

    private final Reminders reminders;
    private final RoundTimeliness timeliness;

    RunDelivery(TonghopProperties props, RunOutputStore outputs, RunHistory history, UnitRegistry registry, FindingStore findings,
                FeedbackWorkbooks feedback, MailDelivery mail, HeldFileStore held,
                RunChangesSource changes, Reminders reminders, RoundTimeliness timeliness) {
        this.reminders = reminders;
        this.timeliness = timeliness;
        this.held = held;
        this.changes = changes;
        this.props = props;
        this.outputs = outputs;
        this.history = history;
        this.registry = registry;
        this.findings = findings;
        this.feedback = feedback;
        this.mail = mail;
    }

    /**
     * {@code replayed}: a run rebuilt from the archive records what it would send as not sent, and sends nothing.
     * {@code leftInInbox}: the intake's files left for the next run, said to the office ({@link RunAttention}), or
     * null. Returns that the outputs' disk is running out of room, when it is (null otherwise).
     */
    String deliver(long runId, LocalDateTime started, boolean replayed, String leftInInbox) {
        history.settle(runId); // the run's findings are final: its figures are kept as they are now
        String disk = deliverOutputs(runId, started, replayed, leftInInbox);
        try {
            int reminded = reminders.remind(runId, today(started), replayed);
            if (reminded > 0) {
                log.info("{} reminders {}", reminded, replayed ? "recorded (rebuild: none sent)" : "sent");
            }
        } catch (RuntimeException e) { // a reminder never fails the run; the next night tries again
            log.error("Reminders stopped: {}", e.toString(), e);
        }
        return disk;
    }

    /** The office's date of the run (its time zone, tonghop.zone). */
    private LocalDate today(LocalDateTime started) {
        return started.atZone(ZoneId.systemDefault()).withZoneSameInstant(timeliness.zone()).toLocalDate();
    }

    /** Sends (or, replayed, records) the run's mail; returns that the outputs' disk is running out of room. */
    private String deliverOutputs(long runId, LocalDateTime started, boolean replayed, String leftInInbox) {
        Path folder = outputs.folder(runId);
        if (folder == null) {
            log.info("No new outputs in this run: nothing to send");
            return null;
        }
        String disk = DiskRoom.warningFor(folder);
        if (disk != null) {
            log.warn("The outputs' disk is running out of room: {}", folder.toAbsolutePath());
        }
        RunDigest digest = digest(runId, started, folder, attention(leftInInbox, disk));
        if (replayed) {
            int recorded = mail.recordNotSent(digest, feedback.letters(runId, folder.resolve("gop-y")),
                    "Dựng lại từ kho lưu (rebuild): không gửi lại");
            log.info("Rebuilt run {}: {} e-mails recorded as not to send", runId, recorded);
            return disk;
        }
        DeliveryOutcome outcome = mail.deliver(digest, feedback.letters(runId, folder.resolve("gop-y")));
        log.info("E-mail: {} sent, {} failed, {} skipped", outcome.sent(), outcome.failed(), outcome.skipped());
        return disk;
    }

    /** The files held now, for the office to accept or not: name, sender, unit, the hash to accept by. */
    private List<String> heldLines() {
        List<String> lines = new ArrayList<>();
        for (HeldFileStore.HeldFile h : held.held()) {
            Unit u = registry.find(h.unitCode());
            lines.add("«" + h.fileName() + "» gửi từ «" + h.sender() + "», là bảng của "
                    + (u == null ? h.unitCode() : u.name() + " (" + u.code() + ")") + " — mã tệp "
                    + h.sha256().substring(0, Math.min(SenderCheck.HASH_PREFIX, h.sha256().length())));
        }
        return lines;
    }

    /** The run's figures as {@link RunHistory} counts them for the run summary and {@code status}. */
    private RunDigest digest(long runId, LocalDateTime started, Path folder, String attention) {
        RunRecord run = history.of(runId);
        List<Unit> missing = new ArrayList<>();
        for (Finding f : findings.reportedOfRule(runId, RunChecks.MISSING_SUBMISSION)) {
            Unit u = registry.find(f.unitCode());
            if (u != null) {
                missing.add(u);
            }
        }
        return new RunDigest(runId, props.officeName(), started, run.unitsReported() + missing.size(),
                run.unitsReported(), run.errors(), run.warnings(), run.newFiles(), missing,
                folder.resolve("summary.xlsx"), folder.resolve("discrepancies.xlsx"), heldLines(),
                changes.of(runId, registry), timeliness.on(today(started)).mailLines(), attention);
    }

    /** What the office's mail asks it to see to: files left in the inbox, the disk's room; null when neither. */
    static String attention(String leftInInbox, String disk) {
        if (leftInInbox == null || disk == null) {
            return leftInInbox == null ? disk : leftInInbox;
        }
        return leftInInbox + " " + disk;
    }
}
