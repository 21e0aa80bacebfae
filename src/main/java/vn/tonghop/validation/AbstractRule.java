package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;

/** A rule's code and default severity, and how it turns what it found into a {@link Finding}. */
public abstract class AbstractRule implements SubmissionRule {

    private final String code;
    private final Severity defaultSeverity;

    public AbstractRule(String code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** A finding at a fact's cell, with the value as typed. */
    public final Finding at(Submission s, Fact fact, RuleContext ctx, String message) {
        return new Finding(s.fileName(), s.unitCode(), fact.sheet(), fact.ref(), code, ctx.severityOf(this), message,
                fact.value().raw());
    }

    /** A finding at a given place (cell may be empty). */
    public final Finding at(Submission s, String sheet, String cell, RuleContext ctx, String message, String raw) {
        return new Finding(s.fileName(), s.unitCode(), sheet, cell, code, ctx.severityOf(this), message, raw);
    }

    @Override
    public String toString() {
        return code;
    }
}
