package vn.tonghop.operation;

import java.nio.file.Files;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The office's submission mailbox in tests of nightly operation: schools mail their workbooks to it
 * (through a GreenMail server on free ports) and a run reads it over IMAP.
 */
final class SchoolMail {

    static final String MAILBOX = "nop-bao-cao@so.example.vn";
    static final String PASSWORD = "mat-khau";

    private SchoolMail() {
    }

    /** Mails a sample workbook under its own name, as a clerk would: a short letter and the file. */
    static void send(GreenMailExtension greenMail, String from, String sample) throws Exception {
        send(greenMail, from, sample, Files.readAllBytes(Office.SAMPLES.resolve(sample)));
    }

    /** Mails {@code workbook} as an attachment named {@code name}, from {@code from}. */
    static void send(GreenMailExtension greenMail, String from, String name, byte[] workbook) throws Exception {
        send(greenMail, from, name, workbook, null);
    }

    /** The same, dated {@code sent} (the message's Date header: when the school sent it); null: now. */
    static void send(GreenMailExtension greenMail, String from, String name, byte[] workbook, java.time.Instant sent)
            throws Exception {
        MimeMessage m = new MimeMessage(greenMail.getSmtp().createSession());
        m.setFrom(new InternetAddress(from));
        if (sent != null) {
            m.setSentDate(java.util.Date.from(sent));
        }
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        m.setSubject("Bảng phân kỳ chỉ tiêu", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Sở, trường gửi bảng phân kỳ.", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(workbook,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        file.setFileName(name);
        file.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        GreenMailUtil.sendMimeMessage(m);
    }

    /** The arguments that make a run read this mailbox. */
    static String[] imapArgs(GreenMailExtension greenMail) {
        return new String[] {"--tonghop.imap.host=127.0.0.1", "--tonghop.imap.port=" + greenMail.getImap().getPort(),
            "--tonghop.imap.protocol=imap", "--tonghop.imap.username=" + MAILBOX, "--tonghop.imap.password=" + PASSWORD};
    }
}
