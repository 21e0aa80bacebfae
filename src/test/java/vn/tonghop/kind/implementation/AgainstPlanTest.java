package vn.tonghop.kind.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.kind.implementation.reading.ReportScanner;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.kind.implementation.rules.AgainstPlan;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.samples.ImplementationReportSamples;

/**
 * Phú Lộc's report held against its 2023–2024 plan (criteria 1.4, 3.3, 3.5, 5.2, 3.6, 2.2, as the plan
 * sample has them): 4.1 reported but not planned, 3.5 and 3.6 planned but not reported.
 */
class AgainstPlanTest {

    @Test
    void aCriterionNotPlannedAndThePlannedOnesLeftOutAreNamed() throws Exception {
        ReportTable report;
        try (Workbook wb = ImplementationReportSamples.phuLoc()) {
            report = new ReportScanner(null).scan(SheetGrid.of(wb.getSheetAt(0), new DataFormatter(),
                    new SheetGrid.WorkbookBudget())).get(0);
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        for (String c : List.of("1.4", "3.3", "3.5", "5.2", "3.6", "2.2")) {
            criteria.put(c, "'KH cải tiến'!A" + (5 + criteria.size()));
        }
        // 1.4 is named by its title only: without the catalogue it matches no code, and is left out of the comparison
        AgainstPlan.Plan plan = new AgainstPlan.Plan("PhuLoc_ke_hoach_cai_tien.xlsx", 2023, criteria);

        List<Finding> findings = new AgainstPlan(null).check(report, ImplementationReportSamples.PHU_LOC_FILE,
                "87715001", plan);

        assertThat(findings).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("REPORT_CRITERION_NOT_IN_PLAN", "B18"),
                tuple("REPORT_PLAN_CRITERION_MISSING", ""), tuple("REPORT_PLAN_CRITERION_MISSING", ""),
                tuple("REPORT_PLAN_CRITERION_MISSING", ""));
        assertThat(findings).extracting(Finding::message).contains("Kế hoạch cải tiến chất lượng năm học 2023-2024 của "
                + "trường (tệp PhuLoc_ke_hoach_cai_tien.xlsx, ô 'KH cải tiến'!A7) có tiêu chí 3.5 nhưng báo cáo kết quả "
                + "thực hiện không có dòng nào cho tiêu chí này. Bổ sung kết quả thực hiện của tiêu chí 3.5.");
        assertThat(findings.get(0).message()).startsWith("Tiêu chí 4.1 có trong báo cáo nhưng kế hoạch cải tiến chất "
                + "lượng năm học 2023-2024 của trường (tệp PhuLoc_ke_hoach_cai_tien.xlsx) không có tiêu chí này.");
        assertThat(report.year()).isEqualTo(2023);
    }
}
