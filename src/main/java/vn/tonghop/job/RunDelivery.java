package vn.tonghop.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.delivery.MailDelivery;
import vn.tonghop.delivery.RunDigest;
import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.RunChangesSource;
import vn.tonghop.domain.Finding;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.SenderCheck;
import vn.tonghop.domain.Severity;

/**
 * Sends a run's results: the office's summary and discrepancies, each school's feedback. Only a run
 * that wrote outputs sends anything; what was sent is recorded, so a restarted run does not send it
 * again.
 */
@Component
class RunDelivery {

    private static final Logger log = LoggerFactory.getLogger(RunDelivery.class);

    private final TonghopProperties props;
    private final JdbcTemplate jdbc;
    private final UnitRegistry registry;
    private final FindingStore findings;
    private final FeedbackWorkbooks feedback;
    private final MailDelivery mail;
    private final HeldFileStore held;
    private final RunChangesSource changes;

    RunDelivery(TonghopProperties props, JdbcTemplate jdbc, UnitRegistry registry, FindingStore findings,
                FeedbackWorkbooks feedback, MailDelivery mail, HeldFileStore held,
                RunChangesSource changes) {
        this.held = held;
        this.changes = changes;
        this.props = props;
        this.jdbc = jdbc;
        this.registry = registry;
        this.findings = findings;
        this.feedback = feedback;
        this.mail = mail;
    }

    /** {@code replayed}: a run rebuilt from the archive records what it would send as not sent, and sends nothing. */
    void deliver(long runId, LocalDateTime started, boolean replayed) {
        List<String> folders = jdbc.queryForList("SELECT folder FROM run_output WHERE run_id = ?", String.class,
                runId);
        if (folders.isEmpty()) {
            log.info("No new outputs in this run: nothing to send");
            return;
        }
        Path folder = Path.of(folders.get(0));
        if (replayed) {
            int recorded = mail.recordNotSent(digest(runId, started, folder), feedback.feedback(runId,
                    folder.resolve("gop-y")), "Dựng lại từ kho lưu (rebuild): không gửi lại");
            log.info("Rebuilt run {}: {} e-mails recorded as not to send", runId, recorded);
            return;
        }
        DeliveryOutcome outcome = mail.deliver(digest(runId, started, folder),
                feedback.feedback(runId, folder.resolve("gop-y")));
        log.info("E-mail: {} sent, {} failed, {} skipped", outcome.sent(), outcome.failed(), outcome.skipped());
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

    private RunDigest digest(long runId, LocalDateTime started, Path folder) {
        List<Finding> all = findings.findings(runId);
        List<Unit> missing = new ArrayList<>();
        for (Finding f : all) {
            Unit u = registry.find(f.unitCode());
            if (f.rule().equals(RunChecks.MISSING_SUBMISSION) && u != null) {
                missing.add(u);
            }
        }
        long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(f -> f.severity() == Severity.WARNING).count();
        Integer reported = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE is_current", Integer.class);
        Integer newFiles = jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE run_id = ? "
                + "AND duplicate_of IS NULL", Integer.class, runId);
        int reportedUnits = reported == null ? 0 : reported;
        return new RunDigest(runId, props.officeName(), started, reportedUnits + missing.size(), reportedUnits,
                errors, warnings, newFiles == null ? 0 : newFiles, missing, folder.resolve("summary.xlsx"),
                folder.resolve("discrepancies.xlsx"), heldLines(), changes.of(runId, registry));
    }
}
