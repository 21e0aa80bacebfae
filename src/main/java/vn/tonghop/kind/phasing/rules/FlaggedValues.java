package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reading.Submission;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

/**
 * The findings of a rule on values the parser flagged (VALUE_UNPARSEABLE, VALUE_DOUBTFUL): one per value the
 * rule has something to say about, its message naming the row, the column and the value as typed, then what
 * the rule says, so both rules name a value alike.
 */
final class FlaggedValues {

    private FlaggedValues() {
    }

    /** {@code problem}: what the rule says of a flagged value (after the dash), or null when nothing. */
    static List<Finding> findings(AbstractRule rule, Submission s, RuleContext ctx, IndicatorCatalogue catalogue,
                                  Function<Fact, String> problem) {
        List<Finding> out = null;
        for (Fact f : s.facts()) {
            if (f.value().flags().isEmpty()) {
                continue;
            }
            String said = problem.apply(f);
            if (said == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(rule.at(s, f, ctx, RowLabels.of(f, catalogue) + ", " + Texts.column(f.measure()) + ": "
                    + Texts.shown(f.value()) + " — " + said));
        }
        return out == null ? List.of() : out;
    }
}
