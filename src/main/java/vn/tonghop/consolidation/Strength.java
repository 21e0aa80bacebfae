package vn.tonghop.consolidation;

import vn.tonghop.domain.Indicator;
import vn.tonghop.value.ParsedValue;

/** TEMPORARY until the validation package's interval comparison lands. */
final class Strength {
    private Strength() {
    }

    static boolean weaker(ParsedValue a, ParsedValue b, Indicator indicator) {
        if (a.number() == null || b.number() == null) {
            return false;
        }
        int c = a.number().compareTo(b.number());
        return indicator.goodDirection() == Indicator.GoodDirection.LOWER ? c > 0 : c < 0;
    }
}
