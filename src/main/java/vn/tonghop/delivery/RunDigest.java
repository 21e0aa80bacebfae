package vn.tonghop.delivery;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import vn.tonghop.domain.Unit;
import vn.tonghop.store.RunChanges;

/**
 * What the office's e-mail says about a run: who reported, how many findings, who sent nothing, and
 * the workbooks to attach.
 *
 * @param runId          the run (job instance) id
 * @param officeName     the office, as printed on outputs
 * @param runAt          when the run started
 * @param unitsExpected  reporting units under the office
 * @param unitsReported  units with a readable submission
 * @param errors         findings of severity ERROR on the consolidated submissions
 * @param warnings       findings of severity WARNING
 * @param newFiles       files received in this run (new bytes)
 * @param missing        units that sent nothing readable
 * @param summary        {@code summary.xlsx}
 * @param discrepancies  {@code discrepancies.xlsx}
 * @param held           files held because of who sent them, one line each (name, sender, unit, hash)
 * @param changes        what changed since the last run, or null when not known
 * @param timeliness     completeness and timeliness of the collection round, a line per node (empty
 *                       when the office set no rounds)
 * @param attention      what the office must see to on the machine, in Vietnamese (a disk running out of room,
 *                       files left in the inbox for a full disk); null when nothing
 */
public record RunDigest(long runId, String officeName, LocalDateTime runAt, int unitsExpected, int unitsReported,
                        long errors, long warnings, int newFiles, List<Unit> missing, Path summary,
                        Path discrepancies, List<String> held, RunChanges changes, List<String> timeliness,
                        String attention) {

    public RunDigest {
        missing = List.copyOf(missing);
        held = held == null ? List.of() : List.copyOf(held);
        timeliness = timeliness == null ? List.of() : List.copyOf(timeliness);
    }

    /** With room enough on the disk. */
    public RunDigest(long runId, String officeName, LocalDateTime runAt, int unitsExpected, int unitsReported,
                     long errors, long warnings, int newFiles, List<Unit> missing, Path summary,
                     Path discrepancies, List<String> held, RunChanges changes, List<String> timeliness) {
        this(runId, officeName, runAt, unitsExpected, unitsReported, errors, warnings, newFiles, missing, summary,
                discrepancies, held, changes, timeliness, null);
    }

    /** Without timeliness (no rounds set). */
    public RunDigest(long runId, String officeName, LocalDateTime runAt, int unitsExpected, int unitsReported,
                     long errors, long warnings, int newFiles, List<Unit> missing, Path summary,
                     Path discrepancies, List<String> held, RunChanges changes) {
        this(runId, officeName, runAt, unitsExpected, unitsReported, errors, warnings, newFiles, missing, summary,
                discrepancies, held, changes, List.of());
    }

    /** Without what changed since the last run. */
    public RunDigest(long runId, String officeName, LocalDateTime runAt, int unitsExpected, int unitsReported,
                     long errors, long warnings, int newFiles, List<Unit> missing, Path summary, Path discrepancies,
                     List<String> held) {
        this(runId, officeName, runAt, unitsExpected, unitsReported, errors, warnings, newFiles, missing, summary,
                discrepancies, held, null);
    }

    /** A run with no file held. */
    public RunDigest(long runId, String officeName, LocalDateTime runAt, int unitsExpected, int unitsReported,
                     long errors, long warnings, int newFiles, List<Unit> missing, Path summary, Path discrepancies) {
        this(runId, officeName, runAt, unitsExpected, unitsReported, errors, warnings, newFiles, missing, summary,
                discrepancies, List.of());
    }
}
