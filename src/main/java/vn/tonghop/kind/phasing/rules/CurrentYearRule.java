package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.reading.Submission;
import vn.tonghop.validation.RuleContext;

/**
 * A row rule about the current value's phasing year: the year is found once per table
 * ({@link CurrentValueYear}) and handed to each row; a table whose header gives no year is not checked.
 */
abstract class CurrentYearRule extends RowRule {

    CurrentYearRule(String code, Severity defaultSeverity, IndicatorCatalogue catalogue) {
        super(code, defaultSeverity, catalogue);
    }

    @Override
    public List<Finding> check(Submission submission, List<IndicatorRow> rows, RuleContext context) {
        CurrentValueYear year = CurrentValueYear.of(submission, rows, context.settings());
        if (year.year() == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(0);
        for (IndicatorRow row : rows) {
            if (row.indicator() != null) {
                checkRow(submission, row, year, context, out);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    final void checkRow(Submission submission, IndicatorRow row, RuleContext context, List<Finding> out) {
        throw new UnsupportedOperationException("needs the current value's year");
    }

    /** Adds the row's findings to {@code out}, {@code year} being the current value's phasing year. */
    abstract void checkRow(Submission submission, IndicatorRow row, CurrentValueYear year, RuleContext context,
                           List<Finding> out);
}
