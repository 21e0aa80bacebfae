package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;

/** Each district gets back its own units' findings, in the order they came, once; a unit of no district's is no copy's. */
class DistrictFindingsTest {

    @Test
    void eachDistrictTakesItsOwnFindingsInTheOrderTheyCame() throws Exception {
        Unit songTra = new Unit("PGD-ST", "Phòng GD&ĐT Sông Trà", "huyen", "SGD-DT", null, null);
        Unit tanHong = new Unit("PGD-TH", "Phòng GD&ĐT Tân Hồng", "huyen", "SGD-DT", null, null);
        Map<String, Unit> districtOf = Map.of("87715006", songTra, "87715001", songTra, "PGD-ST", songTra,
                "87612406", tanHong);
        Finding hoaAn = finding("87715006", "J18");
        Finding phuLoc = finding("87715001", "D9");
        Finding district = finding("PGD-ST", "E7");
        Finding tanHo = finding("87612406", "C3");
        try (DistrictFindings byDistrict = new DistrictFindings(districtOf)) {
            for (Finding f : List.of(hoaAn, tanHo, finding("KHONG-RO", "A1"), phuLoc, district)) {
                byDistrict.add(f);
            }
            assertThat(byDistrict.take(songTra)).containsExactly(hoaAn, phuLoc, district);
            assertThat(byDistrict.take(songTra)).as("taken once").isEmpty();
            assertThat(byDistrict.take(tanHong)).containsExactly(tanHo);
        }
    }

    private static Finding finding(String unit, String cell) {
        return new Finding(unit + ".xlsx", unit, "Phụ lục II", cell, "phase-backwards", Severity.WARNING,
                "Kế hoạch đi lùi", "80");
    }
}
