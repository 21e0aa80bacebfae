package vn.tonghop.kind.selfassessment.rules;

import vn.tonghop.domain.Severity;

/** The checks on a self-assessment, each with a stable code and a default severity. */
public enum SelfAssessmentRule {
    /** X under Mức 3 without Mức 2 (levels are cumulative): seed criteria 2.3 and 5.6 */
    CRITERION_LEVEL_SKIPPED(Severity.ERROR),
    /** Không đạt marked together with a level */
    CRITERION_MARKS_CONFLICT(Severity.ERROR),
    /** several levels marked in a table that marks only the level reached */
    CRITERION_MARKED_SEVERAL(Severity.ERROR),
    /** a criterion row with no mark at all */
    CRITERION_NOT_MARKED(Severity.ERROR),
    /** text under a level that is not a mark ({@code Đạt}, {@code 2}) */
    CRITERION_MARK_UNREADABLE(Severity.WARNING),
    /** a criterion of the catalogue not in the table */
    CRITERION_MISSING(Severity.ERROR),
    /** a criterion twice in the table */
    CRITERION_DUPLICATED(Severity.ERROR),
    /** a row with marks that names no criterion of the catalogue */
    CRITERION_UNKNOWN(Severity.WARNING),
    /**
     * a level marked that the circular does not define for the criterion (Mức 4 in a 2018 grid, assessed
     * apart); a warning while the catalogue's levels for it are unconfirmed
     */
    CRITERION_LEVEL_NOT_IN_CIRCULAR(Severity.ERROR),
    /** a row's code names one criterion and its title another (the code is used) */
    CRITERION_CODE_TITLE_DIFFER(Severity.WARNING),
    /** the stated level differs from the one computed under the office's rule, or result and conclusion differ */
    CONCLUSION_MISMATCH(Severity.ERROR),
    /** no stated result or conclusion, or one that names no level */
    CONCLUSION_MISSING(Severity.WARNING),
    /** the school's catalogue is not known (its name says no school level, and don-vi.csv names none) */
    CRITERIA_CATALOGUE_UNKNOWN(Severity.WARNING);

    private final Severity defaultSeverity;

    SelfAssessmentRule(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
