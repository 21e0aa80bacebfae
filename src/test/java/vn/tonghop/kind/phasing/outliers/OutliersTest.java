package vn.tonghop.kind.phasing.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource.Pair;
import vn.tonghop.store.PlanHistorySource.Table;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueParser;

/** Far from the peers (median and MAD) and jumps from the previous version: information findings, exact. */
class OutliersTest {

    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load(Path.of("jobs/so-dong-thap/catalogue.csv"));
    static final ValueParser PARSER = new ValueParser();
    static final Outliers.CellsOf NO_CELL = places -> Map.of();
    static final Unit DISTRICT = new Unit("PGD-X", "Phòng X", "huyen", "SGD-X", null, null);

    @Test
    void oneValueFarFromItsPeersIsAnInformationFinding() {
        String[] values = {"99,0", "98,5", "99,5", "98,0", "99,2", "70,0"};
        List<Unit> units = new ArrayList<>(List.of(new Unit("SGD-X", "Sở X", "tinh", null, null, null), DISTRICT));
        List<UnitReport> reports = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Unit school = new Unit("S" + i, "Trường " + i, "truong", "PGD-X", null, null);
            units.add(school);
            reports.add(new UnitReport(school, "s" + i + ".xlsx", "sha" + i,
                    Map.of("TW.1.a", Map.of("current", PARSER.parse(values[i])),
                            "TW.1.b", Map.of("current", PARSER.parse("99,8")))));
        }
        UnitRegistry registry = new UnitRegistry(units);

        List<Outliers.Outlier> found = Outliers.amongPeers(reports, registry, CATALOGUE, OutlierSettings.defaults(), NO_CELL);

        // median (98,5 + 99,0) / 2 = 98,75; deviations 0,25 0,25 0,45 0,75 0,75 28,75, MAD 0,6:
        // z of 70 = 0,6745 × (70 − 98,75) / 0,6 = −32,32; of 98,0 = −0,84 (not far)
        assertThat(found).hasSize(1);
        assertThat(found.get(0).unit().code()).isEqualTo("S5");
        assertThat(found.get(0).reference()).isEqualByComparingTo("98.75");
        assertThat(found.get(0).score()).isEqualByComparingTo("-32.32");
        Finding f = Outliers.findings(found, OutlierSettings.defaults()).get(0);
        assertThat(f.rule()).isEqualTo("VALUE_OUTLIER");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("hiện trạng 70 khác xa", "trung vị 98,75", "Phòng X", "-32,32", "ngưỡng lưu ý 3,5", "không cần sửa");
        // everyone agrees on TW.1.b (MAD 0): nobody is far
        assertThat(found).noneMatch(o -> o.indicator().code().equals("TW.1.b"));
        // fewer peers than min-peers: no judgement
        assertThat(Outliers.amongPeers(reports.subList(0, 4), registry, CATALOGUE, OutlierSettings.defaults(), NO_CELL))
                .isEmpty();
    }

    @Test
    void aJumpFromThePreviousVersionBeyondTheShareSet() {
        Unit school = new Unit("S1", "Trường 1", "truong", "PGD-X", null, null);
        UnitRegistry registry = new UnitRegistry(List.of(new Unit("SGD-X", "Sở X", "tinh", null, null, null), DISTRICT,
                school));
        Table before = new Table(1, "S1", "cu.xlsx", 2023, 1, List.of(current("T.4", "40", "D36"),
                current("T.5", "68", "D38")));
        Table after = new Table(2, "S1", "moi.xlsx", 2023, 2, List.of(current("T.4", "65", "D36"),
                current("T.5", "70", "D38")));

        List<Outliers.Outlier> jumps = Outliers.jumps(List.of(new Pair(after, before)), registry, CATALOGUE,
                OutlierSettings.defaults());

        assertThat(jumps).hasSize(1); // T.4: +62,5 %; T.5: +2,94 %
        assertThat(jumps.get(0).score()).isEqualByComparingTo("0.63");
        Finding f = Outliers.findings(jumps, OutlierSettings.defaults()).get(0);
        assertThat(f.rule()).isEqualTo("VALUE_JUMP");
        assertThat(f.cell()).isEqualTo("D36");
        assertThat(f.message()).contains("hiện trạng 65 tăng 63 % so với phiên bản trước của đơn vị (40)");
    }

    private static Fact current(String indicator, String raw, String cell) {
        ParsedValue v = PARSER.parse(raw);
        return new Fact("S1", indicator, indicator, Measure.of(MeasureKind.CURRENT), v, "'Phụ lục II'!" + cell);
    }
}
