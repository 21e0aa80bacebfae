package vn.tonghop.validation;

import vn.tonghop.reference.IndicatorCatalogue;
import vn.tonghop.reference.QuotaBook;
import vn.tonghop.reference.UnitRegistry;

/** What the rules check against: the office's reference data and its settings. Built once per run. */
public record RuleContext(IndicatorCatalogue catalogue, QuotaBook quotas, UnitRegistry registry,
                          ValidationSettings settings) {

    public RuleContext {
        settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** The severity of the rule's findings in this office. */
    public Severity severityOf(SubmissionRule rule) {
        return settings.severityOf(rule.code(), rule.defaultSeverity());
    }
}
