package vn.tonghop.report;

import java.time.LocalDateTime;
import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;

/**
 * What one set of outputs is written for: the office, the root of the tree they cover (the office's own
 * root, or one district for the copy the office forwards to it), the run's time and the findings under
 * that root (as in the discrepancy report), given one by one: the office's are read from the store as they
 * are counted, never held as one list.
 *
 * @param wholeOffice false for a district's copy: a kind may leave out what only the office needs
 */
public record OutputScope(String officeName, Unit root, LocalDateTime runAt, Findings findings,
                          boolean wholeOffice) {

    public OutputScope(String officeName, Unit root, LocalDateTime runAt, List<Finding> findings, boolean wholeOffice) {
        this(officeName, root, runAt, Findings.of(findings), wholeOffice);
    }
}
