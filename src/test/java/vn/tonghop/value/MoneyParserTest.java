package vn.tonghop.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every budget form of the seeds (001, 002) and the ones clerks type beside them. */
class MoneyParserTest {

    private final MoneyParser parser = new MoneyParser();

    @ParameterizedTest(name = "{0} = {1} đồng")
    @CsvSource(delimiter = '|', value = {
            "500 triệu đồng | 500000000",
            "50 triệu | 50000000",
            "50 triệu đồng | 50000000",
            "20 triệu đồng | 20000000",
            "250.000.000đ | 250000000",
            "300.000.000đ | 300000000",
            "15 000 000 đồng | 15000000",
            "300,000,000 VNĐ | 300000000",
            "1,5 tỷ | 1500000000",
            "1 tỷ 200 triệu | 1200000000",
            "50tr | 50000000",
            "Dự kiến: 30 triệu | 30000000",
            "Khoảng 2,5 triệu đồng | 2500000",
            "50 triệu (xã hội hóa) | 50000000",
            "500k | 500000",
    })
    void amountsInDong(String raw, String dong) {
        ParsedValue v = parser.parse(raw);
        assertThat(v.kind()).isEqualTo(ValueKind.MONEY);
        assertThat(v.number()).isEqualByComparingTo(new BigDecimal(dong));
        assertThat(v.raw()).isEqualTo(raw);
        assertThat(v.flags()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Không | Không",
            "Không có | Không",
            "0 | Không",
            "Nguồn kinh phí ngành | Nguồn kinh phí ngành",
            "Kinh phí chi thường xuyên | Nguồn kinh phí ngành",
            "Xã hội hóa | Xã hội hóa",
            "XHH | Xã hội hóa",
            "Vận động nhà hảo tâm | Xã hội hóa",
            "Ngân sách nhà nước | Ngân sách nhà nước",
            "Nguồn quỹ hội cha mẹ | Nguồn quỹ hội cha mẹ",
    })
    void nonAmountsAreLabelled(String raw, String label) {
        ParsedValue v = parser.parse(raw);
        assertThat(v.kind()).isEqualTo(ValueKind.MONEY);
        assertThat(v.number()).isNull();
        assertThat(v.word()).isEqualTo(label);
        assertThat(MoneyParser.isNothing(v)).isEqualTo(label.equals("Không"));
        assertThat(MoneyParser.isSourceWithoutAmount(v)).isEqualTo(!label.equals("Không"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ban giám hiệu xây dựng kế hoạch", "50", "nhiều", "50 triệu hoặc hơn nữa", "1.2.3 triệu"})
    void whatIsNeitherIsUnreadableAndKept(String raw) {
        ParsedValue v = parser.parse(raw);
        assertThat(v.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(v.flags()).containsExactly(ValueFlag.UNPARSEABLE);
        assertThat(v.raw()).isEqualTo(raw);
    }

    @Test
    void blankAndNumberCells() {
        assertThat(parser.parse("  ").kind()).isEqualTo(ValueKind.EMPTY);
        assertThat(parser.parse(CellContent.number(2.5e7, "25,000,000", false)).number())
                .isEqualByComparingTo("25000000");
    }
}
