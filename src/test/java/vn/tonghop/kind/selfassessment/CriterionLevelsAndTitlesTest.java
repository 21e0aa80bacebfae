package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentChecks;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.Criterion;

/**
 * Which levels each criterion has, per circular, as the shipped catalogues say and how sure they are of
 * it; the Thông tư 22/2024 versions; a mark at a level the circular does not give a criterion; a row whose
 * code and title name different criteria.
 */
class CriterionLevelsAndTitlesTest {

    static final Path SHIPPED = Path.of("jobs/so-dong-thap/tu-danh-gia");
    static final CriteriaReference CRITERIA = CriteriaReference.load(SHIPPED,
            UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv")));
    /** Criteria of 18/2018 a seed shows at Mức 3 (seed 001's «Đạt mức 3»): their levels 1–3 are confirmed. */
    static final Set<String> SEEN_AT_LEVEL_3 = Set.of("1.1", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.5", "3.6", "4.1", "4.2", "5.1", "5.2", "5.5", "5.6");

    @Test
    void theShippedCataloguesSayWhichLevelsEachCriterionHasAndWhatIsConfirmed() {
        CriteriaCatalogue tt18 = CRITERIA.catalogue("tt18-2018");
        assertThat(tt18.separateLevels()).containsExactly(4);
        assertThat(tt18.criteria()).allMatch(c -> c.levels().equals(Set.of(1, 2, 3)));
        assertThat(tt18.criteria()).filteredOn(Criterion::levelsConfirmed).extracting(Criterion::code)
                .containsExactlyInAnyOrderElementsOf(SEEN_AT_LEVEL_3);
        assertThat(tt18.criteria()).filteredOn(c -> !c.levelsConfirmed()).extracting(Criterion::code)
                .containsExactly("1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4")
                .allSatisfy(code -> assertThat(tt18.byCode(code).note()).contains("CHƯA XÁC NHẬN Mức 3"));
        for (String id : List.of("tt17-2018", "tt19-2018")) {
            CriteriaCatalogue c = CRITERIA.catalogue(id);
            assertThat(c.separateLevels()).as(id).containsExactly(4);
            assertThat(c.criteria()).as(id).allMatch(x -> x.levels().equals(Set.of(1, 2, 3)) && !x.levelsConfirmed()
                    && x.note().contains("các mức 1;2;3: CHƯA XÁC NHẬN"));
        }
    }

    @Test
    void theAmendmentsOf22Of2024AreALaterVersionWithEveryAmendedFactMarkedUnconfirmed() {
        for (String base : List.of("tt18-2018", "tt17-2018", "tt19-2018")) {
            CriteriaCatalogue v2018 = CRITERIA.catalogue(base);
            CriteriaCatalogue v2024 = CRITERIA.catalogue(base + "-tt22-2024");
            assertThat(v2024.version()).isEqualTo(2024);
            assertThat(v2024.inForceFrom()).isEqualTo(LocalDate.of(2025, 1, 25));
            assertThat(v2024.schoolLevel()).isEqualTo(v2018.schoolLevel());
            assertThat(v2024.circular()).isEqualTo(v2018.circular()); // the circular, as amended
            assertThat(v2024.criteria()).extracting(Criterion::code)
                    .containsExactlyElementsOf(v2018.criteria().stream().map(Criterion::code).toList());
            assertThat(v2024.criteria()).allSatisfy(c -> {
                assertThat(c.confirmed()).isEqualTo("no");
                assertThat(c.title2024()).isEmpty(); // no amended wording was at hand: none invented
                assertThat(c.note()).startsWith("CHƯA ĐỐI CHIẾU Thông tư 22/2024/TT-BGDĐT");
            });
        }
        Unit thcs = new Unit("X", "Trường THCS Tân Thành", "truong", "PGD-TH", null, null);
        assertThat(CRITERIA.catalogueFor(thcs, LocalDate.of(2025, 1, 24)).id()).isEqualTo("tt18-2018");
        assertThat(CRITERIA.catalogueFor(thcs, LocalDate.of(2025, 1, 25)).id()).isEqualTo("tt18-2018-tt22-2024");
    }

    @Test
    void aMistakeInTheNewColumnsIsOneLineNamingTheFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (var files = java.nio.file.Files.list(SHIPPED)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        java.nio.file.Files.writeString(dir.resolve("bo-tieu-chi.csv"), java.nio.file.Files.readString(
                SHIPPED.resolve("bo-tieu-chi.csv")).replaceFirst("nhiều cấp,4,", "nhiều cấp,5,"));
        java.nio.file.Files.writeString(dir.resolve("tt19-2018.csv"), java.nio.file.Files.readString(
                SHIPPED.resolve("tt19-2018.csv")).replaceFirst("1;2;3,no,code", "1;2;3;4,chắc,code"));
        vn.tonghop.reference.ReferenceProblems problems = new vn.tonghop.reference.ReferenceProblems();
        CriteriaReference.parse(dir, null, problems);

        assertThat(problems.lines()).containsExactly(
                dir.resolve("bo-tieu-chi.csv") + ", dòng 2: mức đánh giá riêng (cột separate_levels) «5» của bộ «tt18-2018» "
                        + "phải là các số 1 đến 4 ngăn bằng dấu chấm phẩy (ví dụ 4), hoặc để trống.",
                dir.resolve("tt19-2018.csv") + ", dòng 2: cột levels_confirmed ghi «chắc»; chỉ nhận yes (các mức của "
                        + "tiêu chí đã đối chiếu với nguồn) hoặc no (chưa).",
                dir.resolve("tt19-2018.csv") + ": tiêu chí 1.1 ghi Mức 4 trong cột levels, nhưng bo-tieu-chi.csv ghi bộ "
                        + "«tt19-2018» đánh giá Mức 4 riêng (cột separate_levels). Sửa một trong hai.");
    }

    /** The seed's grid with the rows given replaced (label, then marks under Không đạt, Mức 1 … Mức 4). */
    private static List<Finding> check(CriteriaCatalogue catalogue, Object[]... replaced) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ"});
        rows.add(new Object[]{"", "Tiêu chí", "Không đạt", "Mức 1", "Mức 2", "Mức 3", "Mức 4"});
        for (Criterion c : catalogue.criteria()) {
            Object[] row = new Object[]{"", "Tiêu chí " + c.code(), "", "✓"};
            for (Object[] r : replaced) {
                if (r[0].equals(c.code())) {
                    row = new Object[r.length + 1];
                    row[0] = "";
                    System.arraycopy(r, 1, row, 1, r.length - 1);
                }
            }
            rows.add(row);
        }
        rows.add(new Object[]{"", "Kết luận: Trường đạt Mức 1"});
        try (Workbook wb = SelfAssessmentLayoutTest.workbook(rows)) {
            return new SelfAssessmentChecks(null).check(SelfAssessmentLayoutTest.table(wb), catalogue,
                    SeedSelfAssessmentTest.REFERENCE.ruleFor(CRITERIA.catalogue("tt18-2018")), "tdg.xlsx", "u")
                    .findings();
        }
    }

    @Test
    void aMarkAtALevelTheCircularDoesNotGiveTheCriterionNamesItsCell() throws Exception {
        CriteriaCatalogue tt18 = CRITERIA.catalogue("tt18-2018");
        List<Finding> findings = check(tt18, new Object[]{"1.2", "Tiêu chí 1.2", "", "✓", "✓", "✓", "✓"});

        assertThat(findings).extracting(Finding::rule, Finding::cell, Finding::severity)
                .containsExactly(tuple("CRITERION_LEVEL_NOT_IN_CIRCULAR", "G4", Severity.ERROR));
        assertThat(findings.get(0).message()).isEqualTo("Tiêu chí 1.2: ô G4 đánh dấu Mức 4 nhưng Thông tư "
                + "18/2018/TT-BGDĐT đánh giá Mức 4 riêng, theo các tiêu chí của Mức 4, không phải là một mức của tiêu chí "
                + "này (tiêu chí 1.2 có Mức 1, Mức 2, Mức 3). Xóa dấu ở ô G4; đã tính tối đa Mức 3.");

        // a catalogue that gives 1.2 only Mức 1 and Mức 2: an error once confirmed, a warning while not
        for (boolean confirmed : List.of(true, false)) {
            List<Criterion> criteria = new ArrayList<>();
            for (Criterion c : tt18.criteria()) {
                criteria.add(!c.code().equals("1.2") ? c : new Criterion(c.code(), c.standard(), c.standardTitle(),
                        c.title2018(), c.title2024(), c.aliases(), Set.of(1, 2), c.confirmed(), c.note(), confirmed));
            }
            CriteriaCatalogue twoLevels = new CriteriaCatalogue("thu", "18/2018/TT-BGDĐT", "trung_hoc", 2018, null,
                    List.of(), criteria, Set.of(4));
            List<Finding> f = check(twoLevels, new Object[]{"1.2", "Tiêu chí 1.2", "", "✓", "✓", "✓"});
            assertThat(f).extracting(Finding::rule, Finding::cell, Finding::severity).containsExactly(
                    tuple("CRITERION_LEVEL_NOT_IN_CIRCULAR", "F4", confirmed ? Severity.ERROR : Severity.WARNING));
            assertThat(f.get(0).message()).contains("ô F4 đánh dấu Mức 3", "tiêu chí 1.2 chỉ có Mức 1, Mức 2",
                    "đã tính tối đa Mức 2");
            assertThat(f.get(0).message().contains("chưa được đối chiếu với thông tư")).isEqualTo(!confirmed);
        }
    }

    @Test
    void aCodeAndATitleNamingDifferentCriteriaIsAWarningNamingBoth() throws Exception {
        CriteriaCatalogue tt18 = CRITERIA.catalogue("tt18-2018");
        List<Finding> findings = check(tt18,
                new Object[]{"1.7", "Tiêu chí 1.7: Quản lý hành chính, tài chính và tài sản", "", "✓"},
                new Object[]{"1.5", "TC 1.5 - Lop hoc", "", "✓"},                                  // its own, folded
                new Object[]{"1.10", "Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn cho học sinh và cho cán bộ...",
                        "", "✓"},                                                                   // cut short: its own
                new Object[]{"3.4", "3.4. Khu vệ sinh, hệ thống cấp thoát nước", "", "✓"},
                new Object[]{"5.2", "Tiêu chí 5.2: Chúng tôi tự đặt tên", "", "✓"});             // names nothing

        assertThat(findings).extracting(Finding::rule, Finding::cell, Finding::severity)
                .containsExactly(tuple("CRITERION_CODE_TITLE_DIFFER", "B9", Severity.WARNING));
        assertThat(findings.get(0).message()).isEqualTo("Dòng «Tiêu chí 1.7: Quản lý hành chính, tài chính và tài sản» "
                + "(ô B9) ghi mã tiêu chí 1.7 («Quản lý cán bộ, giáo viên và nhân viên») nhưng tên lại là của tiêu chí 1.6 "
                + "(«Quản lý hành chính, tài chính và tài sản»). Đã tính kết quả của dòng cho tiêu chí 1.7 theo mã. Sửa mã "
                + "hoặc tên cho đúng tiêu chí được đánh giá.");
    }
}
