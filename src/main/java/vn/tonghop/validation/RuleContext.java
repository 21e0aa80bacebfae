package vn.tonghop.validation;

import vn.tonghop.domain.Severity;
import vn.tonghop.reference.UnitRegistry;

/**
 * What every kind's rules check against: the office's registry and its settings. Built once per run.
 * A kind's own reference data (the phasing table's catalogue and quotas, the criteria catalogues) is
 * the kind's, given to its rules by the kind. {@code templateVersion} is the version of the templates
 * the office hands out now ({@code tonghop.template.version}); null when unknown, and then no file is
 * called outdated.
 */
public record RuleContext(UnitRegistry registry, ValidationSettings settings, String templateVersion) {

    public RuleContext {
        settings = settings == null ? ValidationSettings.defaults() : settings;
        templateVersion = templateVersion == null || templateVersion.isBlank() ? null : templateVersion.strip();
    }

    public RuleContext(UnitRegistry registry, ValidationSettings settings) {
        this(registry, settings, null);
    }

    /** The severity of the rule's findings in this office. */
    public Severity severityOf(SubmissionRule rule) {
        return settings.severityOf(rule.code(), rule.defaultSeverity());
    }
}
