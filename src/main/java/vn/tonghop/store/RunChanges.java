package vn.tonghop.store;

import java.util.List;

import vn.tonghop.domain.Finding;

/**
 * What changed since the last run: the readable files this run read (new units and resubmissions),
 * and, for each unit that sent one, the findings its previous consolidated version had and the new
 * one has not (fixed) and the other way round (new). Findings are matched by rule, sheet and cell.
 *
 * @param firstRun true when no earlier run read anything: there is nothing to compare with
 * @param files    the files read in this run, by unit then version
 * @param fixed    findings of the units' previous versions gone in their new ones
 * @param added    findings of the units' new versions their previous ones did not have (a unit's
 *                 first version: all its findings)
 */
public record RunChanges(boolean firstRun, List<FileChange> files, List<FindingChange> fixed,
                         List<FindingChange> added) {

    public RunChanges {
        files = List.copyOf(files);
        fixed = List.copyOf(fixed);
        added = List.copyOf(added);
    }

    public long resubmitted() {
        return files.stream().filter(FileChange::resubmitted).count();
    }

    public long newUnits() {
        return files.size() - resubmitted();
    }

    /** A readable file of a known unit, read in this run: its {@code version}-th. */
    public record FileChange(String unitCode, String unitName, String fileName, int version) {
        public boolean resubmitted() {
            return version > 1;
        }
    }

    /** A finding that appeared or went away, with the unit's name and the version it is (or was) on. */
    public record FindingChange(String unitName, int version, Finding finding) {
    }
}
