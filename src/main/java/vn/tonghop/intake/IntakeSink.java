package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Takes in one incoming file from any source (the inbox folder, a mailbox): archives its bytes
 * untouched by content hash and records the receipt. Returns once the receipt is durable, so a
 * source may then forget the file (mark the message seen).
 */
public interface IntakeSink {

    /**
     * @param fileName the name the sender gave it
     * @param content  its bytes, read once
     * @param source   where it came from, stable across runs ({@code imap://host/INBOX/<message-id>/<n>})
     * @param sender   who sent it (an e-mail address), or null
     * @param sentAt   when it was sent (message date, file modification time)
     */
    void accept(String fileName, InputStream content, String source, String sender, Instant sentAt) throws IOException;
}
