package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The findings a kind's checks make on one table (one file, unit and sheet), each with the office's severity
 * for its rule ({@code tonghop.validation.severity}), else the rule's own.
 *
 * @param <R> the kind's rules, named by their enum constant
 */
public final class FindingSink<R extends Enum<R>> {

    private final List<Finding> findings = new ArrayList<>();
    private final ValidationSettings settings;
    private final Function<R, Severity> byDefault;
    private final String file;
    private final String unit;
    private final String sheet;

    /** {@code settings} the checks were made with (not null); {@code byDefault}: a rule's own severity. */
    public FindingSink(ValidationSettings settings, Function<R, Severity> byDefault, String file, String unit,
                       String sheet) {
        this.settings = settings;
        this.byDefault = byDefault;
        this.file = file;
        this.unit = unit;
        this.sheet = sheet;
    }

    public void add(R rule, String cell, String raw, String message) {
        add(rule, null, cell, raw, message);
    }

    /** {@code severity}: the default this finding has when it is not the rule's own (null: the rule's own). */
    public void add(R rule, Severity severity, String cell, String raw, String message) {
        Severity s = settings.severityOf(rule.name(), severity != null ? severity : byDefault.apply(rule));
        findings.add(new Finding(file, unit, sheet, cell, rule.name(), s, message, raw));
    }

    /** What was found, in the order found. */
    public List<Finding> findings() {
        return findings;
    }
}
