package vn.tonghop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

class VietnameseNumbersTest {

    @Test
    void decimalCommaWithoutTrailingZerosOrGrouping() {
        assertThat(VietnameseNumbers.of(new BigDecimal("92.70"))).isEqualTo("92,7");
        assertThat(VietnameseNumbers.of(new BigDecimal("100.0"))).isEqualTo("100");
        assertThat(VietnameseNumbers.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(VietnameseNumbers.of(new BigDecimal("1234567.5"))).isEqualTo("1234567,5");
        assertThat(VietnameseNumbers.of(new BigDecimal("-0.25"))).isEqualTo("-0,25");
        assertThat(VietnameseNumbers.of(null)).isEmpty();
        assertThat(VietnameseNumbers.of("<", new BigDecimal("0.2"))).isEqualTo("<0,2");
    }

    @Test
    void parsedValuesInTextKeepComparatorAndRankButTakeTheComma() {
        ValueParser parser = new ValueParser();
        assertThat(parser.parse("< 0.2", UnitHint.PERCENT).vietnamese()).isEqualTo("<0,2");
        assertThat(parser.parse(">99", UnitHint.PERCENT).vietnamese()).isEqualTo(">99");
        assertThat(parser.parse("92, 70", UnitHint.PERCENT).vietnamese()).isEqualTo("92,7");
        assertThat(parser.parse("11/20").vietnamese()).isEqualTo("11/20");
        assertThat(parser.parse("Đạt").vietnamese()).isEqualTo("Đạt");
        // machine form unchanged
        assertThat(parser.parse("92, 70", UnitHint.PERCENT).normalized()).isEqualTo("92.7");
    }

    @Test
    void theTextFormReadsBackAsTheSameValue() {
        ValueParser parser = new ValueParser();
        for (String typed : new String[] {"<0.2", ">=99.5", "70.8", "11/20", "<1234.5"}) {
            var v = parser.parse(typed, UnitHint.PERCENT);
            assertThat(parser.parse(v.vietnamese(), UnitHint.PERCENT).normalized()).as(typed).isEqualTo(v.normalized());
        }
    }
}
