package vn.tonghop.validation;

import vn.tonghop.domain.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.reading.Submission;

/**
 * Runs the rules on one submission: first the rules every file gets (its outcome), then the rules of
 * its document's kind, then the checks of a generated template every kind shares. Called once per
 * document in the streaming step: no I/O. Thread-safe.
 */
public final class SubmissionValidator {

    private static final List<SubmissionRule> BEFORE = before();
    private static final List<SubmissionRule> AFTER = List.of(new TemplateOutdatedRule());

    private static List<SubmissionRule> before() {
        List<SubmissionRule> rules = new ArrayList<>(FileOutcomeRule.ALL);
        rules.add(new LegacyEncodingRule());
        return List.copyOf(rules);
    }

    private final RuleContext context;
    private final Map<String, KindRules> kinds = new LinkedHashMap<>();

    /** With the rules of {@code kinds}, the kinds the office collects. */
    public SubmissionValidator(RuleContext context, List<? extends KindRules> kinds) {
        this.context = context;
        for (KindRules k : kinds) {
            if (kinds.stream().filter(o -> o.code().equals(k.code())).count() > 1) {
                throw new IllegalArgumentException("document kind listed twice: " + k.code());
            }
            this.kinds.put(k.code(), k);
        }
    }

    /** The rules every file gets, before its kind's: its outcome, a legacy encoding. */
    public static List<SubmissionRule> sharedRulesBefore() {
        return BEFORE;
    }

    /** The rules every document gets after its kind's. */
    public static List<SubmissionRule> sharedRulesAfter() {
        return AFTER;
    }

    /** Every rule, in report order: the shared rules around each kind's. */
    public List<SubmissionRule> rules() {
        List<SubmissionRule> all = new ArrayList<>(sharedRulesBefore());
        kinds.values().forEach(k -> all.addAll(k.rules()));
        all.addAll(sharedRulesAfter());
        return all;
    }

    public RuleContext context() {
        return context;
    }

    /** The findings of one submission (empty when it passes every rule). */
    public List<Finding> validate(Submission submission) {
        List<Finding> out = new ArrayList<>(0);
        for (SubmissionRule rule : BEFORE) {
            out.addAll(rule.check(submission, context));
        }
        KindRules kind = submission.kind() == null ? null : kinds.get(submission.kind());
        if (kind != null) {
            out.addAll(kind.check(submission, context));
        }
        for (SubmissionRule rule : AFTER) {
            out.addAll(rule.check(submission, context));
        }
        return out.isEmpty() ? List.of() : out;
    }
}
