package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;

/**
 * The kind through the shared reading: a workbook holding the seed's phasing annex and the seed's
 * self-assessment grid gives both documents; the self-assessment's facts and findings.
 */
class SelfAssessmentKindTest {

    @TempDir
    Path dir;

    /** The sample registry and the seed's school (a multi-level school: 18/2018). */
    static UnitRegistry registry() {
        List<Unit> units = new ArrayList<>(UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv")).units());
        units.add(new Unit("87612999", "Trường TiH – THCS và THPT Hòa Bình", "truong", "PGD-TH", null, null));
        return new UnitRegistry(units);
    }

    @Test
    void aWorkbookWithAPhasingTableAndASelfAssessmentGivesBothDocuments() throws Exception {
        UnitRegistry registry = registry();
        Path file = dir.resolve("ke_hoach_2023-2024.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("sample-workbooks/TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            // the seed's annex and, on a sheet of its own under its school's name, the seed's self-assessment
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                wb.setSheetName(i, "Phụ lục " + (i + 1));
            }
            Sheet sa = wb.createSheet("Tự đánh giá");
            SeedSelfAssessmentGrid.write(sa);
            sa.getRow(0).createCell(3).setCellValue("Trường TiH – THCS và THPT Hòa Bình"); // whose grid it is
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SelfAssessmentKind kind = new SelfAssessmentKind(
                new CriteriaSettings(Path.of("jobs/so-dong-thap/tu-danh-gia")), registry);
        PhasingKind phasing = new PhasingKind(IndicatorCatalogue.load(Path.of("jobs/so-dong-thap/catalogue.csv")));
        SubmissionReader reader = new SubmissionReader(registry, List.of(phasing, kind), 20_000_000);

        List<Submission> docs = reader.readDocuments(file);

        assertThat(docs).extracting(Submission::kind, Submission::outcome).containsExactly(
                tuple("phasing", FileOutcome.READ), tuple("self_assessment", FileOutcome.READ));
        Submission sa = docs.get(1);
        assertThat(sa.sheets()).isEqualTo("Tự đánh giá");
        assertThat(sa.facts()).filteredOn(f -> f.measure().code().equals("level")).hasSize(28);
        List<Finding> findings = kind.check(sa, null);
        assertThat(findings).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("CRITERION_LEVEL_SKIPPED", "E21"), tuple("CRITERION_LEVEL_SKIPPED", "E39"));
        SelfAssessment a = kind.assessment(sa);
        assertThat(a.catalogueId()).isEqualTo("tt18-2018-tt22-2024"); // the version in force today
        assertThat(a.computedLevel()).isEqualTo(1);
        assertThat(a.statedLevel()).isEqualTo(1);
    }
}
