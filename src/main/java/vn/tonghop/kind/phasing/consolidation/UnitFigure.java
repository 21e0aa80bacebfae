package vn.tonghop.kind.phasing.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

import vn.tonghop.domain.Indicator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * The figure of a unit above the schools (a district's) for one measure, as its schools give it: the
 * figure most of them copied ({@link CopiedFigure}); when none copied one and they answered a percent row
 * with yes/no words («Trường đạt chuẩn quốc gia, %»: Có, Chưa), the share of them answering yes, in %.
 * {@code yes} and {@code answers} count those answers; {@code fromAnswers} says the figure is their share
 * (else answers beside a copied figure were left out). {@code figure} is null when there is none.
 */
record UnitFigure(ParsedValue figure, int yes, int answers, boolean fromAnswers) {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);

    static UnitFigure of(Indicator indicator, String measure, java.util.List<UnitReport> schools) {
        CopiedFigure copied = CopiedFigure.of(indicator, measure, schools);
        int yes = 0;
        int answers = 0;
        for (UnitReport r : schools) {
            ParsedValue v = r.value(indicator.code(), measure);
            if (v != null && Aggregator.yesNoInPercentRow(indicator, v)) {
                answers++;
                yes += v.truth() ? 1 : 0;
            }
        }
        if (!copied.copies().isEmpty() || answers == 0) {
            return new UnitFigure(copied.figure(), yes, answers, false);
        }
        BigDecimal share = BigDecimal.valueOf(yes).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(answers), MC);
        return new UnitFigure(percent(share), yes, answers, true);
    }

    /** How the figure was made, for the basis, when not as the schools wrote it (null: as written). */
    Basis.Made made(String label) {
        return answers == 0 ? null : new Basis.Made(label, yes, answers, fromAnswers);
    }

    /** A share the schools' answers make, as a percent value the level above reads like a written one. */
    private static ParsedValue percent(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        String text = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        return new ParsedValue(text, ValueKind.PERCENT, n, null, null, null, null, Set.of());
    }
}
