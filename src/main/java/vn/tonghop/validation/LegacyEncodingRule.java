package vn.tonghop.validation;

import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/**
 * LEGACY_ENCODING: the file's text was typed in TCVN3 (.VnTime) or VNI (VNI-Times) and was read as
 * Unicode (the reader's LEGACY_ENCODING note, once per file, at the first cell converted, with that
 * cell's text as typed). Nothing is wrong with the figures; the clerk is asked to move to Unicode.
 */
public final class LegacyEncodingRule extends AbstractRule {

    public LegacyEncodingRule() {
        super("LEGACY_ENCODING", Severity.INFO);
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        for (ReadingNote n : s.notes()) {
            if (n.code() == ReadingNote.Code.LEGACY_ENCODING) {
                return List.of(at(s, n.sheet(), n.cell(), ctx, n.message(), n.raw()));
            }
        }
        return List.of();
    }
}
