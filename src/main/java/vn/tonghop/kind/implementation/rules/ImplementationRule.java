package vn.tonghop.kind.implementation.rules;

import vn.tonghop.domain.Severity;

/** The checks on an implementation report, each with a stable code and a default severity. */
public enum ImplementationRule {
    /** no report number on the «Kèm theo Báo cáo số …» line, or no such line (seed {@code 003_…}) */
    REPORT_NUMBER_MISSING(Severity.WARNING),
    /** no report date, or one not filled in (seed: «ngày tháng ... năm») */
    REPORT_DATE_MISSING(Severity.WARNING),
    /** the done column says the work was not done while the others say «Không có» (seed: 3.2, 3.3, 3.6) */
    REPORT_ROW_CONTRADICTORY(Severity.WARNING),
    /** a criterion row that says nothing in any result column */
    REPORT_ROW_EMPTY(Severity.WARNING),
    /** a row naming no criterion, or one the school's circular does not have */
    REPORT_CRITERION_UNKNOWN(Severity.WARNING),
    /** a criterion the report gives results for that the school's plan of that year does not have */
    REPORT_CRITERION_NOT_IN_PLAN(Severity.WARNING),
    /** a criterion of the school's plan of that year that the report leaves out */
    REPORT_PLAN_CRITERION_MISSING(Severity.WARNING);

    private final Severity defaultSeverity;

    ImplementationRule(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
