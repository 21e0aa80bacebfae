package vn.tonghop.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.delivery.MailComposer;
import vn.tonghop.delivery.MailDelivery;
import vn.tonghop.delivery.MailDelivery.Letter;
import vn.tonghop.domain.Unit;
import vn.tonghop.store.DeliveryStore;
import vn.tonghop.store.TimelinessStore;
import vn.tonghop.timeliness.TimelinessSettings.Round;

/**
 * One reminder per unit and collection round: once a round's deadline has passed (the latest such
 * round), each reporting unit still owing a kind the round collects (nothing readable of it) and with an
 * e-mail in the registry is mailed once, the reminder naming every kind it owes.
 * The reminder is recorded when the server took it ({@code reminder}), so no later night sends it again;
 * a failed or unsent one (mail off) is tried the next night. Sent every night the job runs, even one
 * with nothing new. A run rebuilt from the archive sends none and records the reminders it would have
 * sent, so the next night does not send them again.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final RoundTimeliness timeliness;
    private final TimelinessStore store;
    private final MailDelivery mail;
    private final MailComposer composer;
    private final DeliveryStore deliveries;
    private final String officeName;

    public Reminders(RoundTimeliness timeliness, TimelinessStore store, MailDelivery mail, MailComposer composer,
                     DeliveryStore deliveries,
                     @Value("${tonghop.office-name:#{null}}") String officeName) {
        this.timeliness = timeliness;
        this.store = store;
        this.mail = mail;
        this.composer = composer;
        this.deliveries = deliveries;
        this.officeName = officeName;
    }

    /** Sends the reminders due on {@code today}; returns how many the server took (recorded, for a replay). */
    public int remind(long runId, LocalDate today, boolean replayed) {
        if (!timeliness.settings().remind()) {
            return 0;
        }
        Timeliness t = timeliness.on(today);
        Round round = t.lastPassed();
        if (round == null) {
            return 0;
        }
        List<Letter> letters = new ArrayList<>();
        for (Timeliness.UnitLine overdue : t.overdue()) {
            Unit u = overdue.unit();
            if (u.email() == null || u.email().isBlank() || store.reminded(u.code(), round.year())) {
                continue;
            }
            String to = u.email().split("[;,]")[0].strip();
            letters.add(new Letter(to, u.code(), composer.reminder(u, officeName, round.year(),
                    round.deadline(), overdue.owed(), store.lastUnusableReason(u.code()))));
        }
        if (letters.isEmpty()) {
            return 0;
        }
        if (replayed) {
            letters.forEach(l -> store.recordReminder(l.unitCode(), round.year(), runId, l.recipient(), Instant.now()));
            return letters.size();
        }
        DeliveryOutcome outcome = mail.send(runId, letters);
        int sent = 0;
        for (Letter l : letters) {
            if (deliveries.alreadySent(runId, l.recipient(), l.unitCode(), l.mail().subject())) {
                store.recordReminder(l.unitCode(), round.year(), runId, l.recipient(), Instant.now());
                sent++;
            }
        }
        log.info("Reminders for the {} round: {} sent, {} failed, {} not sent", round.year(), outcome.sent(),
                outcome.failed(), outcome.skipped());
        return sent;
    }
}
