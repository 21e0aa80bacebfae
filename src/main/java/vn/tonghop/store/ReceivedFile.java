package vn.tonghop.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file taken in: its bytes' hash and archived copy, the name and source it came with, who sent it
 * and when. {@code duplicateOf} is the first receipt of the same bytes, or null for a first receipt.
 */
public record ReceivedFile(long id, long runId, String sha256, String fileName, String source, String sender,
                           long sizeBytes, Instant sentAt, Instant receivedAt, Path archivePath, Long duplicateOf) {
}
