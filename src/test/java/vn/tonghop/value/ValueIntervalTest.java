package vn.tonghop.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueIntervalTest {

    private static final ValueParser PARSER = new ValueParser();

    private static ValueInterval of(String typed) {
        return ValueInterval.of(PARSER.parse(typed, UnitHint.PERCENT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            70.8     | [70.8, 70.8]
            99,00    | [99, 99]
            >99,00   | (99, ∞)
            >= 5     | [5, ∞)
            < 0,20   | (−∞, 0.2)
            <=1      | (−∞, 1]
            """)
    void comparatorsBecomeOpenOrClosedEnds(String typed, String expected) {
        assertThat(show(of(typed))).isEqualTo(expected);
    }

    @Test
    void ranksByPositionAndWordsNotAtAll() {
        assertThat(show(ValueInterval.of(PARSER.parse("7/19", UnitHint.RANK)))).isEqualTo("[7, 7]");
        assertThat(of("Có")).isNull();
        assertThat(of("")).isNull();
        assertThat(of("Chưa có môn dẫn đầu")).isNull();
        assertThat(of("X")).isNull();
    }

    @ParameterizedTest(name = "{0} entirely below {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            70.8    | 72.7    | true
            72.7    | 70.8    | false
            70      | 70      | false
            <70     | 70      | true
            70      | >70     | true
            <=70    | >=70    | false
            <70     | >=70    | true
            >99     | 100     | false
            100     | >99     | false
            <0,1    | 0,73    | true
            <0,1    | <0,2    | false
            """)
    void entirelyBelowHonoursOpenEnds(String a, String b, boolean below) {
        assertThat(of(a).entirelyBelow(of(b))).isEqualTo(below);
        assertThat(of(b).entirelyAbove(of(a))).isEqualTo(below);
    }

    @ParameterizedTest(name = "|{0} .. {1}| = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            58,82   | 64,70   | 5.88
            64,70   | 58,82   | 5.88
            0,73    | <0,1    | 0.63
            >99     | 100     | 0
            <70     | 70      | 0
            4,76    | 0,60    | 4.16
            """)
    void distanceIsTheGapBetweenIntervals(String a, String b, String distance) {
        assertThat(of(a).distance(of(b))).isEqualByComparingTo(new BigDecimal(distance));
    }

    private static String show(ValueInterval i) {
        return (i.lower() == null || i.lowerOpen() ? "(" : "[")
                + (i.lower() == null ? "−∞" : plain(i.lower())) + ", "
                + (i.upper() == null ? "∞" : plain(i.upper()))
                + (i.upper() == null || i.upperOpen() ? ")" : "]");
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
