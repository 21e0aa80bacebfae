package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.reading.Submission;

/**
 * What the shared checking asks of each document kind ({@code vn.tonghop.kind.DocumentKind} extends it):
 * its rules, run on its own documents after the rules every file gets ({@link SubmissionValidator}).
 */
public interface KindRules {

    /** The kind's stable code, as its documents carry it ({@link Submission#kind()}). */
    String code();

    /** The kind's rules, in report order; each rule's code is unique across the kinds. */
    List<SubmissionRule> rules();

    /** The findings of the kind's rules on one of its documents (empty when it passes them all). */
    default List<Finding> check(Submission document, RuleContext context) {
        List<Finding> out = new ArrayList<>(0);
        for (SubmissionRule rule : rules()) {
            out.addAll(rule.check(document, context));
        }
        return out.isEmpty() ? List.of() : out;
    }
}
