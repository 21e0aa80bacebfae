package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ValueParser;

/**
 * A school answering a percent row with a word ("Trường đạt chuẩn quốc gia, %": Có) is recognised or
 * not: the level above reports the share of its schools recognised, with the count, where the answers
 * used to be left out (a node with only answers had no figure at all).
 */
class YesNoInPercentRowTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");
    static final ValueParser PARSER = new ValueParser();

    @Test
    void schoolsRecognisedOverSchoolsWithTheCountShown() {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        ConsolidationEngine engine = new ConsolidationEngine(registry, catalogue, new QuotaBook(Map.of()));
        // "Giáo viên có bằng ĐHSP" (TW.1.c, %, the school's own): two schools answer Có, one Không, one 50
        String[][] typed = {{"87715001", "Có"}, {"87715002", "Có "}, {"87715003", "Không"}, {"87715004", "50"}};
        List<UnitReport> reports = java.util.Arrays.stream(typed).map(t -> new UnitReport(registry.find(t[0]),
                t[0] + ".xlsx", "sha" + t[0], Map.of("TW.1.c", Map.of("current", PARSER.parse(t[1]))))).toList();

        Consolidation three = engine.consolidate("Sở", registry.find("SGD-DT"), LocalDateTime.of(2026, 11, 27, 2, 0),
                List.of(2022, 2025), reports.subList(0, 3));
        Aggregate songTra = row(three, "PGD-ST").current();
        assertThat(songTra.count()).isEqualTo(3);
        assertThat(songTra.value()).isEqualByComparingTo("66.6666666667"); // 2 of 3 schools
        assertThat(songTra.description()).endsWith("tỷ lệ đơn vị trả lời Có/Đạt: 2/3 đơn vị");

        // with a number among the answers the figure is still the mean of 100, 100, 0 and 50, without a count
        Consolidation four = engine.consolidate("Sở", registry.find("SGD-DT"), LocalDateTime.of(2026, 11, 27, 2, 0),
                List.of(2022, 2025), reports);
        Aggregate mixed = row(four, "PGD-ST").current();
        assertThat(mixed.count()).isEqualTo(4);
        assertThat(mixed.value()).isEqualByComparingTo("62.5");
        assertThat(mixed.description()).doesNotContain("trả lời");
    }

    private static NodeSummary row(Consolidation c, String node) {
        return c.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals("TW.1.c"))
                .findFirst().orElseThrow();
    }
}
