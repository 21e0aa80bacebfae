package vn.tonghop.validation;

import vn.tonghop.domain.Severity;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;

/**
 * What the rules check against: the office's reference data and its settings. Built once per run.
 * {@code templateVersion} is the version of the templates the office hands out now
 * ({@code tonghop.template.version}); null when unknown, and then no file is called outdated.
 */
public record RuleContext(IndicatorCatalogue catalogue, QuotaBook quotas, UnitRegistry registry,
                          ValidationSettings settings, String templateVersion) {

    public RuleContext {
        settings = settings == null ? ValidationSettings.defaults() : settings;
        templateVersion = templateVersion == null || templateVersion.isBlank() ? null : templateVersion.strip();
    }

    public RuleContext(IndicatorCatalogue catalogue, QuotaBook quotas, UnitRegistry registry,
                       ValidationSettings settings) {
        this(catalogue, quotas, registry, settings, null);
    }

    /** The severity of the rule's findings in this office. */
    public Severity severityOf(SubmissionRule rule) {
        return settings.severityOf(rule.code(), rule.defaultSeverity());
    }
}
