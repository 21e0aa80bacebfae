package vn.tonghop.job;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.UnitIdentifier;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.validation.SenderCheck;

/**
 * Whose file it is when it could not be read (broken, encrypted, no table…): the school whose own
 * address mailed it, else the school its name names ({@code TH_PhuLoc_…}, {@code 87715001_…}) when it
 * came from no address (the inbox folder) or from one known for that school. The office then sees the
 * school's code, name and district on the finding, and the school is told why. A file mailed from a
 * stranger's address stays unattributed: the named school did not send it and is not mailed about it,
 * as a stranger's readable file is held rather than counted as the school's.
 */
final class UnreadFileOwner {

    private final UnitRegistry registry;
    private final UnitIdentifier units;
    private final SenderCheck senders;

    UnreadFileOwner(UnitRegistry registry, SenderCheck senders) {
        this.registry = registry;
        this.units = new UnitIdentifier(registry);
        this.senders = senders;
    }

    /** The submission attributed to its school when it is an unread file without one; else itself. */
    Submission attribute(Submission s, String sender) {
        if (s.outcome() == FileOutcome.READ || s.unitCode() != null) {
            return s;
        }
        Unit bySender = registry.reportingUnitByEmail(sender);
        if (bySender != null) {
            return s.attributedTo(bySender.code());
        }
        Unit byName = units.namedInFileName(s.fileName());
        if (byName != null && (sender == null || sender.isBlank() || senders.known(byName.code(), sender))) {
            return s.attributedTo(byName.code());
        }
        return s;
    }
}
