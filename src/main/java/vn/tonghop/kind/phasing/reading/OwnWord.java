package vn.tonghop.kind.phasing.reading;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * A unit's own yes/no or met/not-met figure measured above the school («Đạt PCGDTH mức độ 3», the
 * district's recognition) typed as 100 or 0, by habit from the percent rows around it: the word it
 * means (100 Đạt, 0 Không đạt; Có, Chưa), read with {@link ValueFlag#NUMBER_READ_AS_WORD} so the clerk
 * is told, and used as the word is. A share of units is no such figure: it is asked in a row whose ĐVT is
 * % (a province's share of its districts), which the reader leaves as a number. Only tables filled by
 * hand: a table tonghop wrote means what its writer wrote.
 */
final class OwnWord {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OwnWord() {
    }

    static ParsedValue read(Indicator indicator, ParsedValue v) {
        if (indicator == null || indicator.measuredAt().levelsUp() == 0
                || (indicator.kind() != IndicatorKind.MET && indicator.kind() != IndicatorKind.YES_NO)
                || v.number() == null || v.comparator() != null || v.isFlagged()
                || (v.kind() != ValueKind.NUMBER && v.kind() != ValueKind.PERCENT && v.kind() != ValueKind.COUNT)) {
            return v;
        }
        boolean yes = v.number().compareTo(HUNDRED) == 0;
        if (!yes && v.number().signum() != 0) {
            return v;
        }
        boolean met = indicator.kind() == IndicatorKind.MET;
        String word = met ? (yes ? "Đạt" : "Không đạt") : (yes ? "Có" : "Chưa");
        Set<ValueFlag> flags = EnumSet.of(ValueFlag.NUMBER_READ_AS_WORD);
        return new ParsedValue(v.raw(), met ? ValueKind.MET : ValueKind.YES_NO, null, null, null, yes, word, flags);
    }
}
