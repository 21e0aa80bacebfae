package vn.tonghop.store;

import java.nio.file.Path;

import vn.tonghop.reading.FileOutcome;

/**
 * A stored reading of one received file, as the run-level steps need it.
 *
 * @param archived where the untouched copy of the file is
 * @param reason   why it was not read, in Vietnamese; null when it was
 * @param version  its version of the unit's submission, or null when it is none (not read, unit unknown)
 * @param kind     the document kind's code ({@code phasing}, {@code plan}…); null for a file in which none was found
 */
public record StoredSubmission(long id, String unitCode, String fileName, Path archived, FileOutcome outcome,
                               String reason, Integer version, String kind) {

    public boolean read() {
        return outcome == FileOutcome.READ;
    }
}
