package vn.tonghop.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.text.FileNames;

/**
 * Takes the spreadsheets attached to new mail in the office's mailbox into the intake.
 *
 * <p>A message is marked seen only once every spreadsheet in it was accepted by the sink (which means
 * archived and recorded), so a run that fails half-way leaves the message for the next run; the sink
 * recognises bytes it already has. Attachments are streamed from the server, never held whole in
 * memory. A message with no spreadsheet is left as it was (unseen): it is a person's business, not
 * ours, and whoever reads the mailbox should still see it as new.
 *
 * <p>Intake by mail must never fail a run: a server that cannot be reached is logged and the run goes
 * on with the inbox folder.
 */
@Component
public class MailboxIntake {

    private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

    private static final Set<String> EXTENSIONS = Set.of(".xlsx", ".xlsm", ".xls", ".ods");
    private static final List<String> TYPE_PREFIXES = List.of("application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml",
            "application/vnd.oasis.opendocument.spreadsheet", "application/x-msexcel", "application/excel");
    private static final int MAX_DEPTH = 16; // a forwarded forward of a forward…; deeper is not a school's mail

    private final ImapSettings settings;

    public MailboxIntake(ImapSettings settings) {
        this.settings = settings;
    }

    /** Hands every spreadsheet of every unseen message to {@code sink}; returns how many it accepted. */
    public int fetch(IntakeSink sink) {
        if (!settings.enabled()) {
            return 0;
        }
        int accepted = 0;
        Store store = null;
        Folder folder = null;
        try {
            store = Session.getInstance(sessionProperties()).getStore(settings.protocol());
            store.connect(settings.host(), settings.port() > 0 ? settings.port() : -1, settings.username(),
                    settings.password());
            folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            folder.fetch(unseen, profile()); // envelopes and structures in one round trip, no content
            for (Message m : unseen) {
                if (!folder.isOpen()) {
                    throw new FolderClosedException(folder, "connection lost");
                }
                accepted += take(folder, m, sink);
            }
            log.info("Mailbox {}: {} attachments taken from {} new messages", settings, accepted, unseen.length);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Mailbox {} could not be read ({} attachments taken before): {}", settings, accepted,
                    e.toString());
        } finally {
            close(folder, store);
        }
        return accepted;
    }

    /** Takes one message's spreadsheets; the message is marked seen only when all of them were taken. */
    private int take(Folder folder, Message m, IntakeSink sink) throws MessagingException {
        int accepted = 0;
        String sender = null;
        try {
            List<Part> sheets = new ArrayList<>();
            collect(m, sheets, 0);
            if (sheets.isEmpty()) {
                return 0;
            }
            sender = sender(m);
            String source = source(folder, m);
            Instant sentAt = sentAt(m);
            boolean leftOut = false;
            for (int i = 0; i < sheets.size(); i++) {
                Part part = sheets.get(i);
                String name = fileName(part, i + 1);
                if (tooLarge(part)) {
                    log.warn("{} from {} is larger than {} MB: not taken, its message is flagged in the mailbox",
                            name, sender, settings.maxAttachmentMb());
                    leftOut = true;
                    continue;
                }
                try (InputStream in = new CheckedInputStream(part.getInputStream(), settings.maxAttachmentBytes(),
                        leastDecodedSize(part))) {
                    sink.accept(name, in, source + "/" + (i + 1), sender, sentAt);
                }
                accepted++;
            }
            if (leftOut) {
                m.setFlag(Flags.Flag.FLAGGED, true); // so whoever reads the mailbox sees it
            }
            m.setFlag(Flags.Flag.SEEN, true);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e; // the connection is gone: the other messages would fail the same way
        } catch (IOException | MessagingException | RuntimeException e) {
            log.warn("Message from {} left unread for the next run: {}", sender, e.toString());
            unsee(m);
        }
        return accepted;
    }

    /** Walks the MIME tree, nested multiparts and forwarded messages included, for spreadsheets. */
    private static void collect(Part part, List<Part> sheets, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), sheets, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822")) {
            if (part.getContent() instanceof Part forwarded) {
                collect(forwarded, sheets, depth + 1);
            }
        } else if (isSpreadsheet(part)) {
            sheets.add(part);
        }
    }

    static boolean isSpreadsheet(Part part) throws MessagingException {
        String name = decodedName(part);
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (EXTENSIONS.stream().anyMatch(lower::endsWith)) {
                return true;
            }
        }
        String type = part.getContentType();
        String base = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        return TYPE_PREFIXES.stream().anyMatch(base::startsWith);
    }

    /**
     * The sender's name for the file: RFC 2231 ({@code filename*=UTF-8''…}) is decoded by Jakarta Mail,
     * RFC 2047 ({@code =?UTF-8?B?…?=}, what most mail programs send) here; composed to NFC (macOS sends
     * decomposed Vietnamese); any folder part dropped; at most 255 bytes in UTF-8, as the archive keeps
     * it ({@link FileNames#cap}: a clerk's long Vietnamese title would otherwise be "File name too long"
     * and its message never taken); a made-up name when there is none.
     */
    static String fileName(Part part, int n) throws MessagingException {
        String name = decodedName(part);
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            name = name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                    .strip();
        }
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
            String ext = type.contains("spreadsheetml") ? ".xlsx"
                    : type.contains("opendocument") ? ".ods" : ".xls";
            return "tep-dinh-kem-" + n + ext;
        }
        return FileNames.cap(name);
    }

    private static String decodedName(Part part) throws MessagingException {
        String raw = part.getFileName();
        if (raw == null) {
            return null;
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(raw);
        } catch (UnsupportedEncodingException e) {
            decoded = raw; // an unknown charset: keep what came
        }
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    /**
     * Judged on the size the server reports, without fetching: base64 (how attachments travel) takes
     * 4 bytes for 3, so the file is at most 3/4 of it.
     */
    private boolean tooLarge(Part part) throws MessagingException {
        long encoded = part.getSize();
        if (encoded < 0) {
            return false; // unknown: the capped stream still stops it
        }
        String encoding = part instanceof jakarta.mail.internet.MimePart mp ? mp.getEncoding() : null;
        long decoded = "base64".equalsIgnoreCase(encoding) ? encoded / 4 * 3 : encoded;
        return decoded > settings.maxAttachmentBytes();
    }

    /**
     * The fewest bytes the part can decode to, from the size the server reported: base64 gives at least
     * half of it whatever the line length, quoted-printable at least a third.
     */
    private static long leastDecodedSize(Part part) throws MessagingException {
        long encoded = part.getSize();
        if (encoded <= 0) {
            return 0;
        }
        String encoding = part instanceof jakarta.mail.internet.MimePart mp ? mp.getEncoding() : null;
        return "base64".equalsIgnoreCase(encoding) ? encoded / 2 : encoded / 3;
    }

    /** Stable across runs: the Message-ID when there is one, else the folder's UID. */
    private String source(Folder folder, Message m) throws MessagingException {
        String id = m instanceof MimeMessage mm ? mm.getMessageID() : null;
        if (id != null && !id.isBlank()) {
            id = id.strip().replaceAll("^<|>$", "").replace("%", "%25").replace("/", "%2F").replace(" ", "%20");
        } else if (folder instanceof UIDFolder uids) {
            id = "uid-" + uids.getUIDValidity() + "-" + uids.getUID(m);
        } else {
            id = "n-" + m.getMessageNumber();
        }
        return "imap://" + settings.host() + "/" + settings.folder() + "/" + id;
    }

    private static String sender(Message m) throws MessagingException {
        Address[] from = m.getFrom();
        if (from == null || from.length == 0) {
            return null;
        }
        return from[0] instanceof InternetAddress a ? a.getAddress() : from[0].toString();
    }

    private static Instant sentAt(Message m) throws MessagingException {
        if (m.getSentDate() != null) {
            return m.getSentDate().toInstant();
        }
        return m.getReceivedDate() != null ? m.getReceivedDate().toInstant() : Instant.now();
    }

    private Properties sessionProperties() {
        String p = "mail." + settings.protocol() + ".";
        Properties props = new Properties();
        props.put("mail.store.protocol", settings.protocol());
        props.put(p + "connectiontimeout", "30000");
        props.put(p + "timeout", "120000");
        // Reading a part must not mark the message seen: only a complete take does.
        props.put(p + "peek", "true");
        // Attachments come in pieces of this size, streamed to the sink.
        props.put(p + "partialfetch", "true");
        props.put(p + "fetchsize", String.valueOf(256 * 1024));
        props.put(p + "ssl.checkserveridentity", "true");
        return props;
    }

    private static FetchProfile profile() {
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.ENVELOPE);
        fp.add(FetchProfile.Item.CONTENT_INFO);
        fp.add(FetchProfile.Item.FLAGS);
        fp.add(UIDFolder.FetchProfileItem.UID);
        return fp;
    }

    private static void unsee(Message m) {
        try {
            m.setFlag(Flags.Flag.SEEN, false);
        } catch (MessagingException | RuntimeException e) {
            log.debug("Could not mark a message unseen: {}", e.toString());
        }
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false); // never expunge: nothing is deleted from the office's mailbox
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the mail folder: {}", e.toString());
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the mail store: {}", e.toString());
        }
    }

    /**
     * Guards what the sink reads. Too long: fails rather than filling the disk when a part is larger than
     * its size said. Too short: when the server refuses a part's content, Jakarta Mail's IMAP stream ends
     * as if the part were empty; an empty file must not be accepted in place of the school's.
     */
    private static final class CheckedInputStream extends FilterInputStream {
        private final long cap;
        private final long atLeast;
        private long read;

        CheckedInputStream(InputStream in, long cap, long atLeast) {
            super(in);
            this.cap = cap;
            this.atLeast = atLeast;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        /** {@code n} bytes more, or -1 at the end. */
        private void count(long n) throws IOException {
            if (n < 0) {
                if (read < atLeast) {
                    throw new IOException("the server sent " + read + " bytes of an attachment of at least "
                            + atLeast + ": incomplete");
                }
                return;
            }
            read += n;
            if (read > cap) {
                throw new IOException("attachment larger than " + cap / (1024 * 1024) + " MB");
            }
        }
    }
}
