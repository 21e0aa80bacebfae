package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.reading.Submission;

/**
 * A rule of a kind that checks its document all at once (its own {@code check}, from the stored facts),
 * listed here so the office sees it and can configure its severity: its {@link #check} finds nothing by
 * itself.
 */
public record ListedRule(String code, Severity defaultSeverity) implements SubmissionRule {

    /** Every constant of a kind's rule enum, by its name, with its default severity. */
    public static <E extends Enum<E>> List<SubmissionRule> all(E[] rules, Function<E, Severity> severity) {
        List<SubmissionRule> out = new ArrayList<>(rules.length);
        for (E r : rules) {
            out.add(new ListedRule(r.name(), severity.apply(r)));
        }
        return List.copyOf(out);
    }

    @Override
    public List<Finding> check(Submission submission, RuleContext context) {
        return List.of();
    }
}
