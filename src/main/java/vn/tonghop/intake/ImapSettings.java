package vn.tonghop.intake;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox schools send their workbooks to ({@code tonghop.imap} in the office's job.yml).
 *
 * @param host            IMAP server; blank turns mailbox intake off
 * @param port            0 for the protocol's own (143 for imap, 993 for imaps)
 * @param protocol        {@code imaps} (TLS, the default) or {@code imap}
 * @param username        the mailbox's login
 * @param password        from the environment ({@code TONGHOP_IMAP_PASSWORD}), never a committed file
 * @param folder          the folder to read, {@code INBOX} by default
 * @param maxAttachmentMb attachments larger than this are left in the mailbox, flagged, and not taken
 */
@ConfigurationProperties("tonghop.imap")
public record ImapSettings(String host, @DefaultValue("0") int port, @DefaultValue("imaps") String protocol,
                           String username, String password, @DefaultValue("INBOX") String folder,
                           @DefaultValue("50") int maxAttachmentMb) {

    public ImapSettings {
        host = host == null ? "" : host.strip();
        protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
        if (!protocol.equals("imap") && !protocol.equals("imaps")) {
            throw new IllegalArgumentException("tonghop.imap.protocol phải là imaps (có mã hóa) hoặc imap, không phải «"
                    + protocol + "»");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        maxAttachmentMb = maxAttachmentMb > 0 ? maxAttachmentMb : 50;
    }

    public boolean enabled() {
        return !host.isEmpty();
    }

    public long maxAttachmentBytes() {
        return maxAttachmentMb * 1024L * 1024L;
    }

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "ImapSettings[" + protocol + "://" + username + "@" + host + ":" + port + "/" + folder + "]";
    }
}
