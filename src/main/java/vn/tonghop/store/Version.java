package vn.tonghop.store;

import java.time.Instant;

/**
 * One version of a unit's submission: its {@code version}-th readable file, of {@code versionCount}.
 * The last is the current one, used by the consolidation; earlier ones are kept as history.
 */
public record Version(long submissionId, String unitCode, String fileName, String sha256, long receivedRunId,
                      Instant sentAt, String sender, int version, int versionCount) {

    public boolean current() {
        return version == versionCount;
    }
}
