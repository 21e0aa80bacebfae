package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Strength;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueParser;

/**
 * The figure a district's schools copy is the value most of them wrote, as the same value is judged
 * ({@link Strength#sameValue}: 65 = 65,00, Có = Đạt): counting the distinct values once gives what comparing
 * every school's copy with every other's gave, ties and the schools that differ included.
 */
class CopiedFigureTest {

    private static final ValueParser PARSER = new ValueParser();
    /** Forms clerks write for a few figures: equal values written differently, yes/no words, a comparator. */
    private static final List<String> FORMS = List.of("65", "65,00", "65.0", "70", "70,0", "64,99", "Có", "Đạt",
            "Không", "<5", "< 5", "5", "", "x");

    @Test
    void theFigureTheTieAndTheDifferingSchoolsAreThoseOfComparingEveryPair() throws IOException {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ConsolidationEngineTest.JOB.resolve("catalogue.csv"));
        Random random = new Random(7);
        int ties = 0;
        int figures = 0;
        for (String code : List.of("TW.1.d", "TW.2", "T.2.a", "T.6.b")) {
            Indicator indicator = catalogue.find(code);
            for (int round = 0; round < 400; round++) {
                List<UnitReport> schools = new ArrayList<>();
                // a few forms per district, as a district's schools copy one figure with some slips
                List<String> forms = FORMS.subList(random.nextInt(FORMS.size() - 3), FORMS.size());
                int n = 1 + random.nextInt(30);
                for (int i = 0; i < n; i++) {
                    String raw = forms.get(random.nextInt(Math.min(forms.size(), 1 + random.nextInt(4))));
                    Unit school = new Unit("S" + i, "Trường " + i, "truong", "PGD", null, null);
                    schools.add(new UnitReport(school, "S" + i + ".xlsx", "00",
                            Map.of(code, Map.of("current", PARSER.parse(raw)))));
                }
                CopiedFigure fast = CopiedFigure.of(indicator, "current", schools);
                CopiedFigure pairs = everyPair(indicator, "current", schools);
                assertThat(fast.figure()).isEqualTo(pairs.figure());
                assertThat(fast.agreeing()).isEqualTo(pairs.agreeing());
                assertThat(fast.copies()).isEqualTo(pairs.copies());
                assertThat(fast.differing()).isEqualTo(pairs.differing());
                ties += fast.figure() == null && !fast.copies().isEmpty() ? 1 : 0;
                figures += fast.figure() != null ? 1 : 0;
            }
        }
        // the random districts had both: figures taken, and ties that leave the district's figure empty
        assertThat(ties).isPositive();
        assertThat(figures).isPositive();
    }

    /** What {@link CopiedFigure#of} computed before: each copy compared with every other copy. */
    private static CopiedFigure everyPair(Indicator indicator, String measure, List<UnitReport> schools) {
        List<UnitReport> copies = new ArrayList<>();
        for (UnitReport r : schools) {
            ParsedValue v = r.value(indicator.code(), measure);
            if (v != null && Aggregator.usable(indicator, v)) {
                copies.add(r);
            }
        }
        ParsedValue best = null;
        int bestCount = 0;
        boolean tie = false;
        for (UnitReport r : copies) {
            ParsedValue v = r.value(indicator.code(), measure);
            int n = (int) copies.stream().filter(o -> Strength.sameValue(o.value(indicator.code(), measure), v)).count();
            if (n > bestCount) {
                best = v;
                bestCount = n;
                tie = false;
            } else if (n == bestCount && !Strength.sameValue(best, v)) {
                tie = true;
            }
        }
        ParsedValue figure = tie ? null : best;
        List<UnitReport> differing = copies.stream()
                .filter(r -> figure == null || !Strength.sameValue(r.value(indicator.code(), measure), figure)).toList();
        return new CopiedFigure(figure, figure == null ? 0 : bestCount, copies, differing);
    }
}
