package vn.tonghop.delivery;

import java.io.UnsupportedEncodingException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParameterList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.tonghop.store.DeliveryStore;

/**
 * Sends a run's e-mails: the office's summary to every office recipient, then each school's feedback.
 * Nothing it meets is thrown: a dead SMTP server costs the run its mail, never its outputs.
 *
 * <p>Tries go in rounds: every pending message once, a pause of {@code retry-delay}, the ones that failed
 * again, up to {@code attempts} rounds. So a server that is down costs {@code (attempts - 1) × delay}
 * in all, not per message. When the server does not answer at all (a timeout), the rest of that round
 * waits for the next one, so a silent server costs a few timeouts, not one per school.
 *
 * <p>Every outcome is recorded (and committed) in {@link DeliveryStore} as soon as the server answers; a
 * message recorded as sent for the run is not sent again, so a restarted run mails nobody twice. The one
 * exception SMTP cannot avoid: a run killed after the server took a message but before its answer
 * reached the run sends that one message again on restart (KilledRunRestartTest shows both).
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final DeliveryStore store;
    private final MailComposer composer;

    public MailDelivery(ObjectProvider<JavaMailSender> senders, MailSettings settings, DeliveryStore store,
                        MailComposer composer) {
        this.senders = senders;
        this.settings = settings;
        this.store = store;
        this.composer = composer;
    }

    public DeliveryOutcome deliver(RunDigest digest, List<SchoolLetter> schools) {
        Tally tally = new Tally();
        try {
            List<Message> messages = plan(digest, schools, tally);
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) {
                log.info("E-mail is off (no spring.mail.host): {} messages not sent", messages.size());
                tally.skipped += messages.size();
                return tally.outcome();
            }
            if (settings.officeRecipients().isEmpty()) {
                log.info("No tonghop.mail.office-recipients: the office gets no e-mail");
            }
            send(sender, digest.runId(), messages, tally);
        } catch (RuntimeException e) {
            // A database or programming error: the run's outputs are written already, keep them.
            log.error("E-mail delivery stopped: {}", e.toString(), e);
        }
        return tally.outcome();
    }

    /**
     * Records every message the run would send as {@link DeliveryStore#NOT_SENT}, with {@code why}, and
     * sends none: a run rebuilt from the archive sent its mail the first time, or not; never again.
     * Returns how many were recorded.
     */
    public int recordNotSent(RunDigest digest, List<SchoolLetter> schools, String why) {
        int recorded = 0;
        for (Message m : plan(digest, schools, new Tally())) {
            ComposedMail mail = m.mail().get();
            store.record(digest.runId(), m.recipient(), m.unitCode(), mail.subject(), fileNames(mail),
                    DeliveryStore.NOT_SENT, 0, why);
            recorded++;
        }
        return recorded;
    }

    /** One prepared message to one address (a unit's, or the office's when {@code unitCode} is null). */
    public record Letter(String recipient, String unitCode, ComposedMail mail) {
    }

    /**
     * Sends prepared letters (templates handed out, for instance) with the same tries and record as a
     * run's mail, under {@code key} in place of a run: a letter recorded as sent under the key is not
     * sent again. Nothing is thrown.
     */
    public DeliveryOutcome send(long key, List<Letter> letters) {
        Tally tally = new Tally();
        try {
            List<Message> messages = letters.stream()
                    .map(l -> new Message(l.recipient(), l.unitCode(), l::mail)).toList();
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) {
                log.info("E-mail is off (no spring.mail.host): {} messages not sent", messages.size());
                tally.skipped += messages.size();
                return tally.outcome();
            }
            send(sender, key, messages, tally);
        } catch (RuntimeException e) {
            log.error("E-mail delivery stopped: {}", e.toString(), e);
        }
        return tally.outcome();
    }

    /**
     * Every message the run means to send, office first; schools without an address are skipped here.
     * A school's letter is composed only when it is tried.
     */
    private List<Message> plan(RunDigest digest, List<SchoolLetter> schools, Tally tally) {
        List<Message> messages = new ArrayList<>();
        ComposedMail office = composer.office(digest);
        Map<String, String> officeTo = new LinkedHashMap<>();
        settings.officeRecipients().forEach(r -> officeTo.putIfAbsent(r.toLowerCase(Locale.ROOT), r));
        officeTo.values().forEach(r -> messages.add(new Message(r, null, () -> office)));
        for (SchoolLetter s : schools) {
            String email = s.unit().email();
            if (!settings.sendToSchools() || email == null || email.isBlank()) {
                tally.skipped++;
                continue;
            }
            messages.add(new Message(email.strip(), s.unit().code(),
                    () -> composer.school(s.feedback().get(), digest.officeName())));
        }
        return messages;
    }

    /**
     * The rounds of tries. Each message is composed just before its try and let go after it, so only the
     * ones still pending are kept between rounds, and those without their text. In the first round a
     * message recorded as sent before a restart is left out, and a malformed address fails at once,
     * without a try.
     */
    private void send(JavaMailSender sender, long runId, List<Message> messages, Tally tally) {
        List<Pending> pending = new ArrayList<>(messages.size());
        messages.forEach(m -> pending.add(new Pending(m)));
        for (int round = 1; round <= settings.attempts() && !pending.isEmpty(); round++) {
            if (round > 1 && !pause()) {
                break;
            }
            List<Pending> deferred = new ArrayList<>();
            List<Pending> failed = new ArrayList<>();
            String silence = null;
            for (Pending p : pending) {
                ComposedMail mail = p.message.mail().get();
                if (round == 1 && !admitted(runId, p, mail, tally)) {
                    continue;
                }
                if (silence != null) {
                    if (p.lastError == null) {
                        p.lastError = "Not tried: the SMTP server did not answer an earlier message (" + silence + ")";
                    }
                    deferred.add(p);
                    continue;
                }
                p.attempts++;
                RuntimeException error = trySend(sender, p, mail);
                if (error == null) {
                    finish(runId, p, mail, DeliveryStore.SENT, tally);
                } else if (error instanceof MailPreparationException || error instanceof MailParseException) {
                    finish(runId, p, mail, DeliveryStore.FAILED, tally); // the same message would fail the same way
                } else {
                    failed.add(p);
                    silence = timedOut(error) ? p.lastError : null;
                }
            }
            // The ones a silent server kept from their turn go first next round.
            deferred.addAll(failed);
            pending.clear();
            pending.addAll(deferred);
        }
        for (Pending p : pending) {
            if (p.lastError == null) {
                p.lastError = "Not tried: delivery was interrupted";
            }
            finish(runId, p, p.message.mail().get(), DeliveryStore.FAILED, tally);
        }
    }

    /**
     * False for a message sent before a restart (skipped), or whose address is malformed (failed at
     * once); else its addresses are parsed for its tries.
     */
    private boolean admitted(long runId, Pending p, ComposedMail mail, Tally tally) {
        if (store.alreadySent(runId, p.message.recipient(), p.message.unitCode(), mail.subject())) {
            tally.skipped++;
            return false;
        }
        try {
            p.to = addresses(p.message.recipient());
            return true;
        } catch (AddressException e) {
            p.lastError = "Invalid e-mail address: " + e.getMessage();
            finish(runId, p, mail, DeliveryStore.FAILED, tally);
            return false;
        }
    }

    /** Null when the server took the message. */
    private RuntimeException trySend(JavaMailSender sender, Pending p, ComposedMail mail) {
        try {
            sender.send(mime -> prepare(mime, p.to, mail));
            return null;
        } catch (RuntimeException e) {
            p.lastError = describe(e);
            log.warn("E-mail to {} failed (try {} of {}): {}", p.message.recipient(), p.attempts, settings.attempts(),
                    p.lastError);
            return e;
        }
    }

    private void prepare(MimeMessage mime, InternetAddress[] to, ComposedMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        if (!settings.from().isEmpty()) {
            if (settings.fromName().isEmpty()) {
                helper.setFrom(settings.from());
            } else {
                helper.setFrom(settings.from(), settings.fromName());
            }
        }
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setSentDate(new Date());
        helper.setText(mail.body(), false);
        for (Path file : mail.attachments()) {
            helper.getRootMimeMultipart().addBodyPart(attachment(file));
        }
        // RFC 3834: tells vacation auto-replies not to answer a machine.
        mime.setHeader("Auto-Submitted", "auto-generated");
    }

    /**
     * The file as an attachment named in UTF-8 per RFC 2231 ({@code filename*=UTF-8''…}), which current
     * mail programs read. Spring's own naming would use the JVM's default charset (US-ASCII under a bare
     * cron or systemd locale on Java 17, turning Vietnamese letters into "?"), or RFC 2047 words that
     * Jakarta Mail then splits across RFC 2231 continuations, which clients do not put back together.
     */
    static MimeBodyPart attachment(Path file) throws MessagingException {
        String name = file.getFileName().toString();
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new FileDataSource(file.toFile()) {
            @Override
            public String getContentType() {
                return contentType(file);
            }
        }));
        ParameterList disposition = new ParameterList();
        disposition.set("filename", name, "UTF-8");
        part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, disposition).toString());
        ContentType type = new ContentType(contentType(file));
        ParameterList typeParams = new ParameterList();
        typeParams.set("name", name, "UTF-8");
        type.setParameterList(typeParams);
        part.setHeader("Content-Type", type.toString());
        return part;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        } else if (name.endsWith(".xlsm")) {
            return "application/vnd.ms-excel.sheet.macroEnabled.12";
        } else if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        } else if (name.endsWith(".csv")) {
            return "text/csv";
        }
        return "application/octet-stream";
    }

    /** A registry cell may hold several addresses ("a@x.vn; b@x.vn"); all get the same message. */
    static InternetAddress[] addresses(String recipient) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(recipient.replace(';', ','), true);
        if (parsed.length == 0) {
            throw new AddressException("no address", recipient);
        }
        for (InternetAddress a : parsed) {
            a.validate();
        }
        return parsed;
    }

    private void finish(long runId, Pending p, ComposedMail mail, String status, Tally tally) {
        if (DeliveryStore.SENT.equals(status)) {
            tally.sent++;
        } else {
            tally.failed++;
        }
        Message m = p.message;
        try {
            store.record(runId, m.recipient(), m.unitCode(), mail.subject(), fileNames(mail), status, p.attempts,
                    DeliveryStore.SENT.equals(status) ? null : p.lastError);
        } catch (RuntimeException e) {
            // Never let a failed insert turn a sent message into a retry, which would mail it twice.
            log.error("Could not record the e-mail to {} as {}: {}", m.recipient(), status, e.toString());
        }
    }

    /** False when the thread is interrupted (shutdown): then nothing more is tried. */
    private boolean pause() {
        try {
            Thread.sleep(settings.retryDelay().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? top : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static List<String> fileNames(ComposedMail mail) {
        return mail.attachments().stream().map(f -> f.getFileName().toString()).toList();
    }

    /** A message to one address, composed anew each time it is asked for. */
    private record Message(String recipient, String unitCode, Supplier<ComposedMail> mail) {
    }

    /** A message still to send, with its addresses (once admitted) and its tries so far. */
    private static final class Pending {
        final Message message;
        InternetAddress[] to;
        int attempts;
        String lastError;

        Pending(Message message) {
            this.message = message;
        }
    }

    private static final class Tally {
        int sent;
        int failed;
        int skipped;

        DeliveryOutcome outcome() {
            return new DeliveryOutcome(sent, failed, skipped);
        }
    }
}
