package vn.tonghop.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every distinct value form in the five seed documents, read and normalized. Columns: the raw text
 * as typed, the row's unit (ĐVT), the expected kind, the expected normalized value, the expected
 * flags (space separated, empty for none).
 */
class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) -> {2} {3}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, nullValues = "NULL", textBlock = """
            100|%|PERCENT|100|
            99,00|%|PERCENT|99|
            >99,00|%|PERCENT|>99|
            96,67|%|PERCENT|96.67|
            99,80|%|PERCENT|99.8|
            97,00|%|PERCENT|97|
            92, 70|%|PERCENT|92.7|SPACE_IN_NUMBER
            92,70|%|PERCENT|92.7|
            94,00|%|PERCENT|94|
            58,82|%|PERCENT|58.82|
            70,00|%|PERCENT|70|
            76,47|%|PERCENT|76.47|
            64,70|%|PERCENT|64.7|
            70,52|%|PERCENT|70.52|
            92,56|%|PERCENT|92.56|
            94,50|%|PERCENT|94.5|
            95,50|%|PERCENT|95.5|
            56,25 |%|PERCENT|56.25|
            60,00|%|PERCENT|60|
            85,00|%|PERCENT|85|
            61,96|%|PERCENT|61.96|
            80,00|%|PERCENT|80|
            55,00|%|PERCENT|55|
            95,00|%|PERCENT|95|
            0,73|%|PERCENT|0.73|
            < 0,20|%|PERCENT|<0.2|
            0|%|PERCENT|0|
            < 0,1|%|PERCENT|<0.1|
            < 0,05|%|PERCENT|<0.05|
            4,76|%|PERCENT|4.76|
            1,00|%|PERCENT|1|
            0,3|%|PERCENT|0.3|
            0,60|%|PERCENT|0.6|
            0,80|%|PERCENT|0.8|
            39,00|%|PERCENT|39|
            70.8|%|PERCENT|70.8|
            72.7|%|PERCENT|72.7|
            75|%|PERCENT|75|
            79.16|%|PERCENT|79.16|
            100||NUMBER|100|
            1||NUMBER|1|
            11/20|Xếp hạng|RANK|11/20|
            07/20|Xếp hạng|RANK|7/20|
            7/19|Xếp hạng|RANK|7/19|
            5/19|Xếp hạng|RANK|5/19|
            0|ĐV|COUNT|0|
            01|ĐV|COUNT|1|
            X|ĐV|MARK|X|
            X||MARK|X|
            Chưa              đánh giá|%|NOT_ASSESSED|Chưa đánh giá|
            Chưa |%|YES_NO|Chưa|
            Có |%|YES_NO|Có|
            Có||YES_NO|Có|
            Không||YES_NO|Không|
            Không có||YES_NO|Không|
            Đạt||MET|Đạt|
            Không đạt||MET|Không đạt|
            Đạt mức 3||LEVEL|3|
            Đạt mức 2||LEVEL|2|
            Mức 1||LEVEL|1|
            Chưa có môn dẫn đầu toàn đoàn||YES_NO|Chưa|PROSE_READ_AS_WORD
            Có môn dẫn đầu toàn đoàn ||YES_NO|Có|PROSE_READ_AS_WORD
            500 triệu đồng||MONEY|500000000|
            50 triệu đồng||MONEY|50000000|
            50 triệu||MONEY|50000000|
            20 triệu đồng||MONEY|20000000|
            250.000.000đ||MONEY|250000000|
            300.000.000đ||MONEY|300000000|
            Nguồn kinh phí ngành||MONEY|Nguồn kinh phí ngành|
            ---||EMPTY||
            --||EMPTY||
            ||EMPTY||
            """)
    void readsEverySeedValue(String raw, String unit, ValueKind kind, String normalized, String flags) {
        ParsedValue v = parser.parse(raw == null ? "" : raw, UnitHint.fromUnitLabel(unit == null ? "" : unit));
        assertThat(v.kind()).as("kind").isEqualTo(kind);
        assertThat(v.normalized()).as("normalized").isEqualTo(normalized == null ? "" : normalized);
        assertThat(v.raw()).as("raw kept as typed").isEqualTo(raw == null ? "" : raw);
        assertThat(v.flags().stream().map(Enum::name).sorted().toList())
                .as("flags").isEqualTo(flags == null ? java.util.List.of() : java.util.List.of(flags.split(" ")));
    }

    @Test
    void decomposedUnicodeAndNonBreakingSpacesReadLikeComposed() {
        String decomposed = java.text.Normalizer.normalize("Chưa\u00A0 đánh giá", java.text.Normalizer.Form.NFD);
        assertThat(parser.parse(decomposed).kind()).isEqualTo(ValueKind.NOT_ASSESSED);
        assertThat(parser.parse("ĐẠT").kind()).isEqualTo(ValueKind.MET);
    }

    @Test
    void percentFormattedCellIsScaledToPercent() {
        ParsedValue v = parser.parse(CellContent.number(0.995, "99.5%", true), UnitHint.PERCENT);
        assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
        assertThat(v.normalized()).isEqualTo("99.5");
    }

    @Test
    void numericCellKeepsItsExactDecimal() {
        ParsedValue v = parser.parse(CellContent.number(70.8, "70.8", false), UnitHint.PERCENT);
        assertThat(v.normalized()).isEqualTo("70.8");
        assertThat(v.raw()).isEqualTo("70.8");
    }

    @Test
    void countWithDecimalsIsFlagged() {
        assertThat(parser.parse("1,5", UnitHint.COUNT).flags()).containsExactly(ValueFlag.NOT_WHOLE_NUMBER);
    }

    @Test
    void loneDotWithThreeDigitsIsAmbiguous() {
        ParsedValue count = parser.parse("1.000", UnitHint.COUNT);
        assertThat(count.normalized()).isEqualTo("1000");
        assertThat(count.flags()).containsExactly(ValueFlag.AMBIGUOUS_SEPARATOR);
        ParsedValue percent = parser.parse("99.500", UnitHint.PERCENT);
        assertThat(percent.normalized()).isEqualTo("99.5");
        assertThat(percent.flags()).containsExactly(ValueFlag.AMBIGUOUS_SEPARATOR);
    }

    @Test
    void percentSignAndComparatorsAreRead() {
        assertThat(parser.parse("≥ 95%").normalized()).isEqualTo(">=95");
        assertThat(parser.parse("≥ 95%").kind()).isEqualTo(ValueKind.PERCENT);
        assertThat(parser.parse("1.234,5").normalized()).isEqualTo("1234.5");
    }

    @Test
    void brokenFormulaIsFlaggedNotGuessed() {
        ParsedValue v = parser.parse(CellContent.brokenFormula("=F12/0"), UnitHint.PERCENT);
        assertThat(v.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(v.flags()).isEqualTo(Set.of(ValueFlag.FORMULA_WITHOUT_VALUE));
    }

    @Test
    void aSentenceWhereAWordIsMeantIsReadAsItsFirstWord() {
        assertThat(parser.parse("Chưa có môn dẫn đầu toàn đoàn")).satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ValueKind.YES_NO);
            assertThat(v.truth()).isFalse();
            assertThat(v.word()).isEqualTo("Chưa");
            assertThat(v.raw()).isEqualTo("Chưa có môn dẫn đầu toàn đoàn");
            assertThat(v.flags()).containsExactly(ValueFlag.PROSE_READ_AS_WORD);
        });
        assertThat(parser.parse("Có, 2 môn dẫn đầu").truth()).isTrue();
        assertThat(parser.parse("Đạt chuẩn, đã công nhận", UnitHint.PERCENT).kind()).isEqualTo(ValueKind.MET);
        assertThat(parser.parse("Không đạt do thiếu phòng học").word()).isEqualTo("Không đạt");
        // not an answer: no data, not assessed, a count's or a rank's row, a word alone
        for (String notAWord : List.of("Không có số liệu", "Chưa có dữ liệu báo cáo", "Chưa đánh giá lại",
                "Cố gắng duy trì", "X huyện giao", "chưa rõ", "Không rõ", "Chưa xác định", "Chưa biết")) {
            assertThat(parser.parse(notAWord).flags()).as(notAWord).containsExactly(ValueFlag.UNPARSEABLE);
        }
        assertThat(parser.parse("Có 3 trường", UnitHint.COUNT).flags()).containsExactly(ValueFlag.UNPARSEABLE);
        assertThat(parser.parse("Có").flags()).isEmpty();
    }

    @Test
    void garbageIsKeptRawAndFlagged() {
        ParsedValue v = parser.parse("=HYPERLINK(\"x\")");
        assertThat(v.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(v.raw()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(v.flags()).containsExactly(ValueFlag.UNPARSEABLE);
        assertThat(parser.parse("12,3,4").flags()).containsExactly(ValueFlag.UNPARSEABLE);
    }

    /** A key read as a plain number without the pattern is one the pattern reads the same way. */
    @Test
    void aPlainNumberKeyIsReadAsThePatternReadsIt() {
        java.util.regex.Pattern compared = java.util.regex.Pattern.compile(
                "^(<=|>=|=<|=>|≤|≥|<|>)?\\s*([+-]?\\d[\\d.,\\s]*?)\\s*(%)?$");
        String[] keys = {"95", "95%", "9%5", "95%%", "70.8", "1,234.5", "1.234", "1.", "1,,", "0", "%", "", "a1", "1a",
            "+1", "-1", "1 000", "1/2", "٣", "1\n", "12%\n", ".5", "1.5%", "<5", "1e5"};
        for (String key : keys) {
            int end = ValueParser.plainNumberEnd(key);
            if (end > 0) {
                java.util.regex.Matcher m = compared.matcher(key);
                assertThat(m.matches()).as(key).isTrue();
                assertThat(m.group(1)).as(key).isNull();
                assertThat(m.group(2)).as(key).isEqualTo(key.substring(0, end));
                assertThat(m.group(3) != null).as(key).isEqualTo(end < key.length());
            }
        }
        assertThat(ValueParser.plainNumberEnd("95%")).isEqualTo(2);
        assertThat(ValueParser.plainNumberEnd("1 000")).isZero();
    }
}
