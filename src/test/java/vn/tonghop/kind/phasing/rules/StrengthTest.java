package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Strength;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

class StrengthTest {

    private static final ValueParser PARSER = new ValueParser();

    private static ParsedValue v(String typed) {
        String[] hinted = typed.split(":", 2); // "rank:7/19", "count:01", "num:1"
        if (hinted.length == 2) {
            UnitHint hint = switch (hinted[0]) {
                case "rank" -> UnitHint.RANK;
                case "count" -> UnitHint.COUNT;
                default -> UnitHint.NONE;
            };
            return PARSER.parse(hinted[1], hint);
        }
        return PARSER.parse(typed, UnitHint.PERCENT);
    }

    @ParameterizedTest(name = "{0} weaker than {1} ({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            70.8       | 72.7       | HIGHER | true
            72.7       | 70.8       | HIGHER | false
            95         | 99,80      | HIGHER | true
            100        | >99,00     | HIGHER | false
            >99        | 99         | HIGHER | false
            99         | >99        | HIGHER | true
            0,73       | < 0,20     | LOWER  | true
            0          | < 0,20     | LOWER  | false
            < 0,05     | < 0,1      | LOWER  | false
            < 0,20     | 0,1        | LOWER  | false
            0,3        | 0,1        | LOWER  | true
            rank:11/20 | rank:7/20  | LOWER  | true
            rank:5/19  | rank:7/19  | LOWER  | false
            Không      | Có         | HIGHER | true
            Có         | Không      | HIGHER | false
            Có         | Không      | LOWER  | true
            Chưa       | Đạt        | HIGHER | true
            Không đạt  | Đạt        | HIGHER | true
            70         | 80         | EQUAL  | false
            """)
    void weakerInTheGoodDirection(String a, String b, GoodDirection direction, boolean weaker) {
        assertThat(Strength.weaker(v(a), v(b), direction)).isEqualTo(weaker);
    }

    @ParameterizedTest(name = "{0} and {1} comparable: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            70         | count:01   | true
            70         | num:1      | true
            rank:7/19  | rank:5/20  | true
            rank:7/19  | 7          | false
            Có         | Đạt        | true
            Có         | 100        | false
            X          | Có         | false
            Chưa đánh giá | Có      | false
            Chưa có môn dẫn đầu | Có | true
            Môn dẫn đầu: bóng đá | Có | false
            ''         | 70         | false
            """)
    void onlyComparableKindsCompare(String a, String b, boolean comparable) {
        assertThat(Strength.comparable(v(a), v(b))).isEqualTo(comparable);
        if (!comparable) {
            assertThat(Strength.weaker(v(a), v(b), GoodDirection.HIGHER)).isFalse();
            assertThat(Strength.weaker(v(b), v(a), GoodDirection.HIGHER)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} same as {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100        | 100,00     | true
            70.8       | 70,80      | true
            79.16      | 70.8       | false
            < 0,05     | 0          | false
            >99,00     | >99        | true
            >99        | >=99       | false
            rank:07/20 | rank:7/20  | true
            rank:7/19  | rank:7/20  | false
            Có         | Chưa       | false
            Không      | Chưa       | true
            Đạt        | Đạt        | true
            X          | X          | true
            X          | Có         | false
            """)
    void sameValue(String a, String b, boolean same) {
        assertThat(Strength.sameValue(v(a), v(b))).isEqualTo(same);
    }

    @Test
    void distanceOnlyForNumbersAndRanks() {
        assertThat(Strength.distance(v("58,82"), v("64,70"))).isEqualByComparingTo("5.88");
        assertThat(Strength.distance(v("rank:11/20"), v("rank:7/20"))).isEqualByComparingTo("4");
        assertThat(Strength.distance(v("Có"), v("Không"))).isNull();
        assertThat(Strength.distance(v("70"), v("Có"))).isNull();
    }

    /**
     * Counting the same values by keys gives, for every value, exactly as many as comparing it with each of them
     * ({@code sameValue}): numbers written every way, with and without comparators and units, ranks, yes/no and
     * met, levels, amounts, texts that read as numbers, words in any case, empty and unreadable cells, each
     * hinted every way, many times over in a shuffled order.
     */
    @Test
    void sameValuesCountedByKeysAreThoseComparedOneByOne() {
        List<String> typed = List.of("50", "50,0", "50.00", "050", ">50", "> 50", "<50", "50%", "0,5", "0", "0,00", "-0",
                "7/19", "7/20", "hạng 7/19", "Hạng 7", "7", "Có", "có", "CÓ", "Không", "Chưa", "Đạt", "đạt", "Chưa đạt",
                "Mức 2", "mức 2", "2", "1.000.000 đồng", "1000000", "1 000 000", "", " ", "x", "X", "abc", "ABC",
                "không có", "N/A", "=SUM(A1)", "ǅ", "ǆ", "Ǆ", "ß", "SS", "İ", "i", "ı", "I", "ﬁ", "Ω", "Ω", "ω");
        List<ParsedValue> values = new ArrayList<>();
        for (String t : typed) {
            for (UnitHint hint : UnitHint.values()) {
                values.add(PARSER.parse(t, hint));
                values.add(PARSER.parse(t, hint));
            }
        }
        Collections.shuffle(values, new Random(14));
        Strength.SameValueCount count = new Strength.SameValueCount();
        values.forEach(count::add);
        assertThat(values.stream().map(ParsedValue::kind).distinct().count()).as("every kind of value").isGreaterThan(8);
        for (ParsedValue v : values) {
            long compared = values.stream().filter(o -> Strength.sameValue(o, v)).count();
            assertThat(count.of(v)).as(v.toString()).isEqualTo(compared);
        }
    }
}
