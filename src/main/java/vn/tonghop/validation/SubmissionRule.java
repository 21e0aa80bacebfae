package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import java.util.List;

import vn.tonghop.reading.Submission;

/**
 * One check of one submitted file. Rules are stateless and thread-safe, do no I/O, and return an
 * empty list (not null) when the file passes.
 */
public interface SubmissionRule {

    /** Stable code, as in reports and in job.yml ({@code PHASE_END_NE_TARGET}). */
    String code();

    Severity defaultSeverity();

    List<Finding> check(Submission submission, RuleContext context);
}
