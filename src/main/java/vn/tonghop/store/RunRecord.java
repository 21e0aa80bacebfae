package vn.tonghop.store;

import java.util.List;
import java.util.Map;

import vn.tonghop.reading.FileOutcome;

/**
 * What one run did, from the database: files taken in (new and repeats), what reading made of them,
 * versions read, findings reported and outputs written (its e-mails: {@code DeliveryStore.status}).
 *
 * @param outcomes      read files by outcome, in the enum's order (read first)
 * @param versions      readable files of known units read in the run (each a new version)
 * @param unitsReported units with a current version after the run
 * @param outputFolder  where the run wrote its outputs, or null when it had nothing new
 * @param unusable      the files of the run that could not be used (held files aside: they wait for
 *                      {@code accept}), by name
 */
public record RunRecord(long runId, int newFiles, int repeats, Map<FileOutcome, Integer> outcomes, int versions,
                        int unitsReported, long errors, long warnings, String outputFolder,
                        List<UnusableFile> unusable) {

    /** A file that was not read, or read without a known unit: its outcome and the reader's reason. */
    public record UnusableFile(String fileName, FileOutcome outcome, String reason) {
    }
}
