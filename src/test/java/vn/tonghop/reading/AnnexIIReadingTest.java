package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonghop.domain.Fact;

/**
 * The seed's Annex II (sample-workbooks/TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx, transcribed cell
 * for cell from seeds/004): every value of the table, where it sits, and how it is read. Sections I
 * and II map the combined "TW, Tỉnh" column to target_central and target_province; section III has
 * no such column.
 */
class AnnexIIReadingTest {

    static final Path ANNEX = Path.of("sample-workbooks/TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx");
    static Submission submission;
    static Map<String, Fact> byKey;

    @BeforeAll
    static void read() {
        submission = SampleOffice.reader().read(ANNEX);
        byKey = submission.facts().stream().collect(Collectors.toMap(
                f -> f.indicatorCode() + "|" + f.measure().code(), Function.identity()));
    }

    @Test
    void identifiesTheSchoolFromTheTitleAndReadsThePeriod() {
        assertThat(submission.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(submission.unitCode()).isEqualTo("87612405");
        assertThat(submission.period()).isEqualTo("2022-2025");
        assertThat(submission.notes()).isEmpty();
    }

    @Test
    void everyCellOfTheTableBecomesExactlyOneFact() {
        // 19 indicators of sections I-II x 8 columns + 3 of section III x 7 columns, and the caption's
        // plan number and date («Kèm theo Kế hoạch số …»), facts of no indicator
        assertThat(submission.facts()).hasSize(173 + 2);
        assertThat(byKey).hasSize(173 + 2);
        assertThat(submission.facts()).filteredOn(f -> f.indicatorCode() == null)
                .extracting(f -> f.measure().code()).containsExactly("plan_number", "plan_date");
    }

    @ParameterizedTest(name = "{0} {1} = \"{2}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            TW.1.a|current|100|100|PERCENT||D9
            TW.1.a|target_central|99,00|99|PERCENT||E9
            TW.1.a|target_district|>99,00|>99|PERCENT||F9
            TW.1.a|target_unit|100|100|PERCENT||G9
            TW.1.a|phase_2022|>99,00|>99|PERCENT||H9
            TW.1.a|phase_2023|>99,00|>99|PERCENT||I9
            TW.1.a|phase_2024|>99,00|>99|PERCENT||J9
            TW.1.a|phase_2025|100|100|PERCENT||K9
            TW.1.b|current|96,67|96.67|PERCENT||D10
            TW.1.b|target_central|99,80|99.8|PERCENT||E10
            TW.1.b|target_district|99,80|99.8|PERCENT||F10
            TW.1.b|target_unit|100|100|PERCENT||G10
            TW.1.b|phase_2022|96,67|96.67|PERCENT||H10
            TW.1.b|phase_2023|97,00|97|PERCENT||I10
            TW.1.b|phase_2024|99,00|99|PERCENT||J10
            TW.1.b|phase_2025|100|100|PERCENT||K10
            TW.1.c|current|92, 70|92.7|PERCENT|SPACE_IN_NUMBER|D11
            TW.1.c|target_central|100|100|PERCENT||E11
            TW.1.c|target_district|100|100|PERCENT||F11
            TW.1.c|target_unit|100|100|PERCENT||G11
            TW.1.c|phase_2022|92,70|92.7|PERCENT||H11
            TW.1.c|phase_2023|94,00|94|PERCENT||I11
            TW.1.c|phase_2024|97,00|97|PERCENT||J11
            TW.1.c|phase_2025|100|100|PERCENT||K11
            TW.1.d|current|58,82|58.82|PERCENT||D12
            TW.1.d|target_central|70,00|70|PERCENT||E12
            TW.1.d|target_district|76,47|76.47|PERCENT||F12
            TW.1.d|target_unit|100|100|PERCENT||G12
            TW.1.d|phase_2022|58,82|58.82|PERCENT||H12
            TW.1.d|phase_2023|64,70|64.7|PERCENT||I12
            TW.1.d|phase_2024|70,52|70.52|PERCENT||J12
            TW.1.d|phase_2025|100|100|PERCENT||K12
            TW.1.dd|current|92,56|92.56|PERCENT||D13
            TW.1.dd|target_central|97,00|97|PERCENT||E13
            TW.1.dd|target_district|97,00|97|PERCENT||F13
            TW.1.dd|target_unit|100|100|PERCENT||G13
            TW.1.dd|phase_2022|92,56|92.56|PERCENT||H13
            TW.1.dd|phase_2023|94,50|94.5|PERCENT||I13
            TW.1.dd|phase_2024|95,50|95.5|PERCENT||J13
            TW.1.dd|phase_2025|100|100|PERCENT||K13
            TW.2|current|56,25 |56.25|PERCENT||D17
            TW.2|target_central|100|100|PERCENT||E17
            TW.2|target_district|100|100|PERCENT||F17
            TW.2|target_unit|100|100|PERCENT||G17
            TW.2|phase_2022|60,00|60|PERCENT||H17
            TW.2|phase_2023|70,00|70|PERCENT||I17
            TW.2|phase_2024|85,00|85|PERCENT||J17
            TW.2|phase_2025|100|100|PERCENT||K17
            TW.7.a|current|100|100|PERCENT||D19
            TW.7.a|target_central|100|100|PERCENT||E19
            TW.7.a|target_district|100|100|PERCENT||F19
            TW.7.a|target_unit|100|100|PERCENT||G19
            TW.7.a|phase_2022|100|100|PERCENT||H19
            TW.7.a|phase_2023|100|100|PERCENT||I19
            TW.7.a|phase_2024|100|100|PERCENT||J19
            TW.7.a|phase_2025|100|100|PERCENT||K19
            TW.7.b|current|61,96|61.96|PERCENT||D20
            TW.7.b|target_central|80,00|80|PERCENT||E20
            TW.7.b|target_district|80,00|80|PERCENT||F20
            TW.7.b|target_unit|100|100|PERCENT||G20
            TW.7.b|phase_2022|100|100|PERCENT||H20
            TW.7.b|phase_2023|100|100|PERCENT||I20
            TW.7.b|phase_2024|100|100|PERCENT||J20
            TW.7.b|phase_2025|100|100|PERCENT||K20
            TW.7.c|current|Chưa              đánh giá|Chưa đánh giá|NOT_ASSESSED||D21
            TW.7.c|target_central|55,00|55|PERCENT||E21
            TW.7.c|target_district|55,00|55|PERCENT||F21
            TW.7.c|target_unit|Chưa |Chưa|YES_NO||G21
            TW.7.c|phase_2022|||EMPTY||H21
            TW.7.c|phase_2023|||EMPTY||I21
            TW.7.c|phase_2024|||EMPTY||J21
            TW.7.c|phase_2025|Có |Có|YES_NO||K21
            TW.7.d|current|Chưa              đánh giá|Chưa đánh giá|NOT_ASSESSED||D22
            TW.7.d|target_central|95,00|95|PERCENT||E22
            TW.7.d|target_district|95,00|95|PERCENT||F22
            TW.7.d|target_unit|Chưa |Chưa|YES_NO||G22
            TW.7.d|phase_2022|||EMPTY||H22
            TW.7.d|phase_2023|||EMPTY||I22
            TW.7.d|phase_2024|||EMPTY||J22
            TW.7.d|phase_2025|Có |Có|YES_NO||K22
            T.1.a|current|0,73|0.73|PERCENT||D28
            T.1.a|target_province|< 0,20|<0.2|PERCENT||E28
            T.1.a|target_district|< 0,20|<0.2|PERCENT||F28
            T.1.a|target_unit|0|0|PERCENT||G28
            T.1.a|phase_2022|< 0,1|<0.1|PERCENT||H28
            T.1.a|phase_2023|< 0,1|<0.1|PERCENT||I28
            T.1.a|phase_2024|< 0,1|<0.1|PERCENT||J28
            T.1.a|phase_2025|< 0,05|<0.05|PERCENT||K28
            T.2.a|current|Đạt|Đạt|MET||D31
            T.2.a|target_province|Đạt|Đạt|MET||E31
            T.2.a|target_district|Đạt|Đạt|MET||F31
            T.2.a|target_unit|Đạt|Đạt|MET||G31
            T.2.a|phase_2022|Đạt|Đạt|MET||H31
            T.2.a|phase_2023|Đạt|Đạt|MET||I31
            T.2.a|phase_2024|Đạt|Đạt|MET||J31
            T.2.a|phase_2025|Đạt|Đạt|MET||K31
            T.2.b|current|Đạt|Đạt|MET||D32
            T.2.b|target_province|Đạt|Đạt|MET||E32
            T.2.b|target_district|Đạt|Đạt|MET||F32
            T.2.b|target_unit|Đạt|Đạt|MET||G32
            T.2.b|phase_2022|Đạt|Đạt|MET||H32
            T.2.b|phase_2023|Đạt|Đạt|MET||I32
            T.2.b|phase_2024|Đạt|Đạt|MET||J32
            T.2.b|phase_2025|Đạt|Đạt|MET||K32
            T.3|current|4,76|4.76|PERCENT||D34
            T.3|target_province|1,00|1|PERCENT||E34
            T.3|target_district|1,00|1|PERCENT||F34
            T.3|target_unit|||EMPTY||G34
            T.3|phase_2022|0,3|0.3|PERCENT||H34
            T.3|phase_2023|0,60|0.6|PERCENT||I34
            T.3|phase_2024|0,80|0.8|PERCENT||J34
            T.3|phase_2025|1,00|1|PERCENT||K34
            T.4|current|39,00|39|PERCENT||D36
            T.4|target_province|60,00|60|PERCENT||E36
            T.4|target_district|60,00|60|PERCENT||F36
            T.4|target_unit|100|100|PERCENT||G36
            T.4|phase_2022|100|100|PERCENT||H36
            T.4|phase_2023|100|100|PERCENT||I36
            T.4|phase_2024|100|100|PERCENT||J36
            T.4|phase_2025|100|100|PERCENT||K36
            T.5|current|70.8|70.8|PERCENT||D38
            T.5|target_province|70,00|70|PERCENT||E38
            T.5|target_district|70,00|70|PERCENT||F38
            T.5|target_unit|70.8|70.8|PERCENT||G38
            T.5|phase_2022|72.7|72.7|PERCENT||H38
            T.5|phase_2023|70.8|70.8|PERCENT||I38
            T.5|phase_2024|75|75|PERCENT||J38
            T.5|phase_2025|79.16|79.16|PERCENT||K38
            T.6.a|current|100|100|PERCENT||D40
            T.6.a|target_province|100|100|PERCENT||E40
            T.6.a|target_district|100|100|PERCENT||F40
            T.6.a|target_unit|100|100|PERCENT||G40
            T.6.a|phase_2022|100|100|PERCENT||H40
            T.6.a|phase_2023|100|100|PERCENT||I40
            T.6.a|phase_2024|100|100|PERCENT||J40
            T.6.a|phase_2025|100|100|PERCENT||K40
            T.6.b|current|11/20|11/20|RANK||D41
            T.6.b|target_province|||EMPTY||E41
            T.6.b|target_district|07/20|7/20|RANK||F41
            T.6.b|target_unit|||EMPTY||G41
            T.6.b|phase_2022|||EMPTY||H41
            T.6.b|phase_2023|||EMPTY||I41
            T.6.b|phase_2024|7/19|7/19|RANK||J41
            T.6.b|phase_2025|5/19|5/19|RANK||K41
            T.7|current|||EMPTY||D42
            T.7|target_province|||EMPTY||E42
            T.7|target_district|||EMPTY||F42
            T.7|target_unit|1|1|NUMBER||G42
            T.7|phase_2022|1|1|NUMBER||H42
            T.7|phase_2023|1|1|NUMBER||I42
            T.7|phase_2024|1|1|NUMBER||J42
            T.7|phase_2025|1|1|NUMBER||K42
            H.1|current|0|0|COUNT||D48
            H.1|target_district|X|X|MARK||E48
            H.1|target_unit|01|1|COUNT||F48
            H.1|phase_2022|0|0|COUNT||G48
            H.1|phase_2023|0|0|COUNT||H48
            H.1|phase_2024|01|1|COUNT||I48
            H.1|phase_2025|01|1|COUNT||J48
            H.2.a|current|||EMPTY||D50
            H.2.a|target_district|X|X|MARK||E50
            H.2.a|target_unit|Không|Không|YES_NO||F50
            H.2.a|phase_2022|Không|Không|YES_NO||G50
            H.2.a|phase_2023|Không|Không|YES_NO||H50
            H.2.a|phase_2024|Không|Không|YES_NO||I50
            H.2.a|phase_2025|Không|Không|YES_NO||J50
            H.2.b|current|Chưa có môn dẫn đầu toàn đoàn|Chưa|YES_NO|PROSE_READ_AS_WORD|D51
            H.2.b|target_district|X|X|MARK||E51
            H.2.b|target_unit|Có môn dẫn đầu toàn đoàn |Có|YES_NO|PROSE_READ_AS_WORD|F51
            H.2.b|phase_2022|||EMPTY||G51
            H.2.b|phase_2023|||EMPTY||H51
            H.2.b|phase_2024|Có|Có|YES_NO||I51
            H.2.b|phase_2025|||EMPTY||J51
            """)
    void readsAndNormalizesEveryValue(String indicator, String measure, String raw, String value, String kind,
                                      String flags, String cell) {
        Fact f = byKey.get(indicator + "|" + measure);
        assertThat(f).as("fact %s %s", indicator, measure).isNotNull();
        assertThat(f.value().raw()).isEqualTo(raw == null ? "" : raw);
        assertThat(f.value().normalized()).isEqualTo(value == null ? "" : value);
        assertThat(f.value().kind().name()).isEqualTo(kind);
        assertThat(f.value().flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))
                .isEqualTo(flags == null ? "" : flags);
        assertThat(f.cell()).isEqualTo("'Phụ lục II'!" + cell);
        assertThat(f.unitCode()).isEqualTo("87612405");
    }
}
