package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Intake from a real IMAP mailbox (GreenMail), test messages delivered to it over SMTP. */
class MailboxIntakeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    static final String MAILBOX = "nop-bai@pgd.example.vn";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SCHOOL = "truong.tanthanh@example.vn";
    // Precomposed Vietnamese (NFC) as a Windows mail program sends it, and one sent decomposed (NFD).
    static final String NAME_2231 = "Bảng phân kỳ – Trường TH Tân Thành B2.xlsx";
    static final String NAME_2047 = "Phụ lục II – Tân Thành.xls";

    final byte[] table = bytes(300_000, 1);
    final byte[] annex = bytes(40_000, 2);
    final byte[] forwarded = bytes(10_000, 3);

    @BeforeEach
    void mailbox() {
        greenMail.setUser(MAILBOX, "nopbai", "bi-mat");
    }

    @Test
    void takesEverySpreadsheetOnceWithItsVietnameseNameAndSender() throws Exception {
        send(withTwoSpreadsheets());
        send(textOnly());
        send(withWordDocument());

        CollectingSink sink = new CollectingSink();
        int taken = intake(50).fetch(sink);

        assertThat(taken).isEqualTo(2);
        assertThat(sink.calls).extracting(Call::name).containsExactly(NAME_2231, NAME_2047);
        assertThat(sink.calls.get(0).bytes()).isEqualTo(table);
        assertThat(sink.calls.get(1).bytes()).isEqualTo(annex);
        assertThat(sink.calls).extracting(Call::sender).containsOnly(SCHOOL);
        Call first = sink.calls.get(0);
        assertThat(first.source()).startsWith("imap://127.0.0.1/INBOX/").endsWith("/1").doesNotContain("<", ">");
        assertThat(sink.calls.get(1).source()).isEqualTo(first.source().replaceAll("/1$", "/2"));
        assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));

        // Taken messages are seen; mail with nothing for us stays new for whoever reads the mailbox.
        assertThat(seen()).isEqualTo(Map.of("Bảng phân kỳ", true, "Câu hỏi", false, "Kế hoạch", false));

        assertThat(intake(50).fetch(sink)).isZero();
        assertThat(sink.calls).hasSize(2);
    }

    /**
     * Real servers serve the parts of a forwarded message (BODY[2.2]); GreenMail 2.1.13 answers NO, and
     * Jakarta Mail then hands over an empty stream. Either way the school's file is never taken as an
     * empty one: it is taken whole, or left unseen for the next run.
     */
    @Test
    void aForwardedSpreadsheetIsTakenWholeOrNotAtAll() throws Exception {
        send(forwardedWithOds());

        CollectingSink sink = new CollectingSink();
        int taken = intake(50).fetch(sink);

        assertThat(sink.calls).hasSize(taken).allSatisfy(c -> {
            assertThat(c.name()).isEqualTo("bao-cao.ods");
            assertThat(c.bytes()).isEqualTo(forwarded);
            assertThat(c.sender()).isEqualTo("van.thu@pgd.example.vn"); // who forwarded it
        });
        assertThat(seen()).isEqualTo(Map.of("Fwd: báo cáo", taken == 1));
    }

    @Test
    void aMessageTheSinkFailsOnStaysUnseenAndIsTakenNextRun() throws Exception {
        send(withTwoSpreadsheets());
        send(withWordDocument());
        MimeMessage other = message("Bảng của trường khác", "thcs@example.vn");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(attachment(annex, XLSX, "thcs.xlsx"));
        other.setContent(mixed);
        send(other);

        CollectingSink failing = new CollectingSink(name -> name.equals(NAME_2047));
        assertThat(intake(50).fetch(failing)).isEqualTo(2); // the first of the failed message, and the other's
        assertThat(seen()).isEqualTo(Map.of("Bảng phân kỳ", false, "Kế hoạch", false, "Bảng của trường khác", true));

        CollectingSink next = new CollectingSink();
        assertThat(intake(50).fetch(next)).isEqualTo(2);
        assertThat(next.calls).extracting(Call::name).containsExactly(NAME_2231, NAME_2047);
        assertThat(seen()).containsEntry("Bảng phân kỳ", true);
    }

    @Test
    void anOversizedAttachmentIsLeftInTheMailboxFlagged() throws Exception {
        byte[] big = bytes(1_600_000, 4);
        MimeMessage m = message("Tệp lớn", SCHOOL);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("Gửi Phòng tệp lớn."));
        mixed.addBodyPart(attachment(big, XLSX, "lon.xlsx"));
        mixed.addBodyPart(attachment(annex, XLSX, "nho.xlsx"));
        m.setContent(mixed);
        send(m);

        CollectingSink sink = new CollectingSink();
        assertThat(intake(1).fetch(sink)).isEqualTo(1);

        assertThat(sink.calls).extracting(Call::name).containsExactly("nho.xlsx");
        Flags flags = flags("Tệp lớn");
        assertThat(flags.contains(Flags.Flag.SEEN)).isTrue();
        assertThat(flags.contains(Flags.Flag.FLAGGED)).isTrue();
    }

    @Test
    void offWithoutHostAndQuietWhenTheServerIsDown() throws Exception {
        CollectingSink sink = new CollectingSink();
        assertThat(new MailboxIntake(settings("", 0, 50)).fetch(sink)).isZero();

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThat(new MailboxIntake(settings("127.0.0.1", closed, 50)).fetch(sink)).isZero();
        assertThat(sink.calls).isEmpty();
    }

    @Test
    void bindsFromJobYmlNames() {
        ImapSettings s = new Binder(new MapConfigurationPropertySource(Map.of("tonghop.imap.host", "imap.example.vn",
                "tonghop.imap.username", "nopbai", "tonghop.imap.max-attachment-mb", "30")))
                .bindOrCreate("tonghop.imap", Bindable.of(ImapSettings.class));

        assertThat(s).isEqualTo(new ImapSettings("imap.example.vn", 0, "imaps", "nopbai", "", "INBOX", 30));
        assertThat(s.toString()).doesNotContain("password");
        ImapSettings off = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("tonghop.imap", Bindable.of(ImapSettings.class));
        assertThat(off.enabled()).isFalse();
    }

    // --- the test messages ---------------------------------------------------------------------------

    /** Text and HTML body, one spreadsheet named per RFC 2231, one in a nested multipart per RFC 2047. */
    private MimeMessage withTwoSpreadsheets() throws Exception {
        MimeMessage m = message("Bảng phân kỳ", SCHOOL);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text("Kính gửi Phòng, trường gửi bảng phân kỳ."));
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Kính gửi Phòng</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart rfc2231 = new MimeBodyPart();
        rfc2231.setDataHandler(new DataHandler(new ByteArrayDataSource(table, XLSX)));
        ParameterList params = new ParameterList();
        params.set("filename", NAME_2231, "UTF-8");
        rfc2231.setHeader("Content-Disposition", new ContentDisposition("attachment", params).toString());
        assertThat(rfc2231.getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''");

        // Sent as application/octet-stream: recognised by its name alone.
        MimeBodyPart rfc2047 = attachment(annex, "application/octet-stream",
                MimeUtility.encodeText(java.text.Normalizer.normalize(NAME_2047, java.text.Normalizer.Form.NFD),
                        "UTF-8", "B"));
        MimeMultipart nested = new MimeMultipart("mixed");
        nested.addBodyPart(rfc2047);
        MimeBodyPart nestedPart = new MimeBodyPart();
        nestedPart.setContent(nested);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(rfc2231);
        mixed.addBodyPart(nestedPart);
        m.setContent(mixed);
        m.setSentDate(Date.from(Instant.parse("2026-11-20T02:15:00Z")));
        return m;
    }

    private MimeMessage textOnly() throws Exception {
        MimeMessage m = message("Câu hỏi", SCHOOL);
        m.setText("Thưa Phòng, hạn nộp là ngày nào ạ?", "UTF-8");
        return m;
    }

    private MimeMessage withWordDocument() throws Exception {
        MimeMessage m = message("Kế hoạch", SCHOOL);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("Kế hoạch năm học."));
        mixed.addBodyPart(attachment(bytes(5_000, 5),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ke-hoach.docx"));
        m.setContent(mixed);
        return m;
    }

    /** A clerk forwards a school's mail as an attachment (message/rfc822) holding an .ods. */
    private MimeMessage forwardedWithOds() throws Exception {
        MimeMessage inner = message("báo cáo", SCHOOL);
        MimeMultipart innerMixed = new MimeMultipart("mixed");
        innerMixed.addBodyPart(text("Báo cáo của trường."));
        innerMixed.addBodyPart(attachment(forwarded, "application/vnd.oasis.opendocument.spreadsheet", "bao-cao.ods"));
        inner.setContent(innerMixed);
        inner.saveChanges();

        MimeMessage m = message("Fwd: báo cáo", "van.thu@pgd.example.vn");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("Chuyển tiếp."));
        MimeBodyPart rfc822 = new MimeBodyPart();
        rfc822.setContent(inner, "message/rfc822");
        mixed.addBodyPart(rfc822);
        m.setContent(mixed);
        return m;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static MailboxIntake intake(int maxMb) {
        return new MailboxIntake(settings("127.0.0.1", greenMail.getImap().getPort(), maxMb));
    }

    private static ImapSettings settings(String host, int port, int maxMb) {
        return new ImapSettings(host, port, "imap", "nopbai", "bi-mat", "INBOX", maxMb);
    }

    private static MimeMessage message(String subject, String from) throws Exception {
        MimeMessage m = new MimeMessage(greenMail.getSmtp().createSession());
        m.setFrom(new InternetAddress(from, "Trường TH Tân Thành B2", "UTF-8"));
        m.setRecipients(Message.RecipientType.TO, MAILBOX);
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private static void send(MimeMessage m) throws Exception {
        int before = greenMail.getReceivedMessages().length;
        Transport.send(m);
        assertThat(greenMail.waitForIncomingEmail(5_000, before + 1)).isTrue();
    }

    private static MimeBodyPart text(String s) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setText(s, "UTF-8");
        return p;
    }

    private static MimeBodyPart attachment(byte[] content, String type, String fileName) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        p.setFileName(fileName);
        p.setDisposition(MimeBodyPart.ATTACHMENT);
        return p;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Subject → seen, read through IMAP in read-only mode (which changes no flag). */
    private static Map<String, Boolean> seen() throws Exception {
        Map<String, Boolean> out = new java.util.HashMap<>();
        withInbox(inbox -> {
            for (Message m : inbox.getMessages()) {
                out.put(m.getSubject(), m.isSet(Flags.Flag.SEEN));
            }
        });
        return out;
    }

    private static Flags flags(String subject) throws Exception {
        List<Flags> out = new ArrayList<>();
        withInbox(inbox -> {
            for (Message m : inbox.getMessages()) {
                if (m.getSubject().equals(subject)) {
                    out.add(m.getFlags());
                }
            }
        });
        return out.get(0);
    }

    private interface InboxAction {
        void run(Folder inbox) throws Exception;
    }

    private static void withInbox(InboxAction action) throws Exception {
        Store store = Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "nopbai", "bi-mat");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            action.run(inbox);
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    record Call(String name, byte[] bytes, String source, String sender, Instant sentAt) {
    }

    /** Records what it is given; fails for the names it is told to. */
    static final class CollectingSink implements IntakeSink {
        final List<Call> calls = new ArrayList<>();
        private final Predicate<String> failOn;

        CollectingSink() {
            this(name -> false);
        }

        CollectingSink(Predicate<String> failOn) {
            this.failOn = failOn;
        }

        @Override
        public void accept(String fileName, InputStream content, String source, String sender, Instant sentAt)
                throws IOException {
            byte[] bytes = content.readAllBytes();
            if (failOn.test(fileName)) {
                throw new IOException("disk full");
            }
            calls.add(new Call(fileName, bytes, source, sender, sentAt));
        }
    }
}
