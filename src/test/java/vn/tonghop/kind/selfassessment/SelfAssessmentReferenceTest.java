package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/** The office's self-assessment folder: the shipped catalogues and rule, the choice of catalogue, mistakes reported. */
class SelfAssessmentReferenceTest {

    static final Path SHIPPED = Path.of("jobs/so-dong-thap/tu-danh-gia");
    static final UnitRegistry REGISTRY = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));

    @TempDir
    Path dir;

    @Test
    void theShippedCataloguesLoadWithoutProblemsAndSayWhatIsUnconfirmed() {
        ReferenceProblems problems = new ReferenceProblems();
        SelfAssessmentReference ref = SelfAssessmentReference.parse(SHIPPED, REGISTRY, problems);

        assertThat(problems.lines()).isEmpty();
        assertThat(ref.catalogue("tt18-2018").size()).isEqualTo(28);
        assertThat(ref.catalogue("tt19-2018").size()).isEqualTo(25);
        assertThat(ref.catalogue("tt19-2018").criteria().stream().map(Criterion::code).toList())
                .startsWith("1.1", "1.2").contains("1.10", "2.3", "3.6", "4.2", "5.4").doesNotContain("2.4", "5.5");
        CriteriaCatalogue tt17 = ref.catalogue("tt17-2018");
        assertThat(tt17.size()).isEqualTo(27);
        assertThat(tt17.criteria()).allMatch(c -> c.confirmed().equals("no") && c.note().startsWith("CHƯA XÁC NHẬN"));
        assertThat(ref.catalogue("tt18-2018").criteria()).allMatch(c -> c.levels().equals(java.util.Set.of(1, 2, 3)));
        for (CriteriaCatalogue c : ref.catalogues()) {
            LevelRule rule = ref.ruleFor(c);
            assertThat(rule.confirmed()).as(c.id()).isFalse();
            assertThat(rule.steps()).extracting(LevelRule.Step::level).containsExactly(1, 2, 3);
            assertThat(rule.steps().get(0).source()).contains("KHÔNG PHẢI CỦA THÔNG TƯ");
        }
    }

    @Test
    void aSchoolsCatalogueComesFromItsNameUnlessTheOfficeNamesOne() throws IOException {
        SelfAssessmentReference ref = SelfAssessmentReference.load(SHIPPED, REGISTRY);
        LocalDate today = LocalDate.of(2024, 11, 27); // before Thông tư 22/2024's versions are in force

        assertThat(ref.catalogueFor(REGISTRY.find("87715001"), today).id()).isEqualTo("tt17-2018");
        assertThat(ref.catalogueFor(school("Trường TiH – THCS và THPT Hòa Bình"), today).id()).isEqualTo("tt18-2018");
        assertThat(ref.catalogueFor(school("Trường THCS xã Thanh Xương"), today).id()).isEqualTo("tt18-2018");
        assertThat(ref.catalogueFor(school("Trường Mầm non xã Hua Thanh"), today).id()).isEqualTo("tt19-2018");
        assertThat(ref.catalogueFor(school("Trường Mẫu giáo Sơn Ca"), today).id()).isEqualTo("tt19-2018");
        assertThat(ref.catalogueFor(school("Trung tâm Giáo dục thường xuyên"), today)).isNull();

        copyShipped();
        Files.writeString(dir.resolve("don-vi.csv"), "unit_code,catalogue,note\n87715002,trung_hoc,trường liên cấp\n");
        SelfAssessmentReference overridden = SelfAssessmentReference.load(dir, REGISTRY);
        assertThat(overridden.catalogueFor(REGISTRY.find("87715002"), today).id()).isEqualTo("tt18-2018");
        assertThat(overridden.catalogueFor(REGISTRY.find("87715001"), today).id()).isEqualTo("tt17-2018");
    }

    @Test
    void anAmendedVersionAppliesFromTheDayItIsInForce() throws IOException {
        SelfAssessmentReference ref = SelfAssessmentReference.load(SHIPPED, REGISTRY); // ships 22/2024's versions
        Unit thcs = school("Trường THCS Tân Thành");

        assertThat(ref.catalogueFor(thcs, LocalDate.of(2025, 1, 24)).id()).isEqualTo("tt18-2018");
        assertThat(ref.catalogueFor(thcs, LocalDate.of(2025, 1, 25)).id()).isEqualTo("tt18-2018-tt22-2024");
    }

    @Test
    void everyMistakeInTheFolderIsOneLineNamingTheFileAndLine() throws IOException {
        copyShipped();
        Files.writeString(dir.resolve("tt19-2018.csv"), """
                code,standard,standard_title,title_2018,title_2024,aliases,levels,confirmed,note
                1.1,1,Tổ chức,Phương hướng,,,1;2;3,code,
                1.1,1,Tổ chức,Phương hướng,,,1;2;3,code,
                2.1,3,Cán bộ,Hiệu trưởng,,,1;2;3,code,
                2.2,2,Cán bộ,Giáo viên,,,1;5,code,
                2.3,2,Cán bộ,,,,1;2,maybe,
                """);
        Files.writeString(dir.resolve("quy-tac-muc.csv"), Files.readString(SHIPPED.resolve("quy-tac-muc.csv"))
                .replace("tt18-2018,2,all", "tt18-2018,2,99") + "tt99,1,all,yes,no,\n");
        Files.writeString(dir.resolve("don-vi.csv"), "unit_code,catalogue\nKHONG-CO,tt18-2018\n87715001,tt99\n");
        ReferenceProblems problems = new ReferenceProblems();
        SelfAssessmentReference.parse(dir, REGISTRY, problems);

        String t19 = dir.resolve("tt19-2018.csv").toString();
        String rules = dir.resolve("quy-tac-muc.csv").toString();
        String units = dir.resolve("don-vi.csv").toString();
        assertThat(problems.lines()).containsExactly(
                t19 + ", dòng 3: tiêu chí «1.1» đã có ở dòng 2. Xóa một trong hai dòng.",
                t19 + ", dòng 4: tiêu chuẩn (cột standard) «3» không khớp mã tiêu chí «2.1» (tiêu chí 2.1 thuộc tiêu "
                        + "chuẩn 2).",
                t19 + ", dòng 5: các mức (cột levels) «1;5» của tiêu chí 2.2 phải là các số 1 đến 4 ngăn bằng dấu chấm "
                        + "phẩy, ví dụ 1;2;3.",
                t19 + ", dòng 6: tiêu chí 2.3 chưa có tên (cột title_2018 hoặc title_2024).",
                t19 + ", dòng 6: cột confirmed ghi «maybe»; chỉ nhận yes (mã và tên đã đối chiếu thông tư), code (chỉ mã) "
                        + "hoặc no (chưa đối chiếu).",
                units + ", dòng 2: đơn vị «KHONG-CO» không có trong danh mục đơn vị.",
                units + ", dòng 3: bộ tiêu chí «tt99» không có trong bo-tieu-chi.csv; ghi mã bộ (cột id) hoặc cấp học (cột "
                        + "school_level) có trong đó: tt18-2018, trung_hoc, tt17-2018, tieu_hoc, tt19-2018, mam_non, "
                        + "tt18-2018-tt22-2024, tt17-2018-tt22-2024, tt19-2018-tt22-2024.",
                rules + ", dòng 3: số tiêu chí tối thiểu (cột min_criteria) «99» phải là all hoặc một số từ 0 đến 28 (số "
                        + "tiêu chí của bộ tt18-2018).",
                rules + ", dòng 20: bộ tiêu chí «tt99» (cột catalogue) không có trong bo-tieu-chi.csv. Sửa cho đúng mã bộ "
                        + "tiêu chí.");
    }

    @Test
    void theRuleComputesASchoolsLevelFromItsCriteria() {
        LevelRule strict = new LevelRule("x", List.of(step(1, null), step(2, null), step(3, null)));
        LevelRule counted = new LevelRule("x", List.of(step(1, 3), step(2, 2), step(3, 2)));
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        levels.put("1.1", 3);
        levels.put("1.2", 2);
        levels.put("1.3", 1);

        assertThat(strict.compute(levels, 3)).isEqualTo(1);
        assertThat(counted.compute(levels, 3)).isEqualTo(2); // two at Mức 2 or above, one at Mức 3
        levels.put("1.3", null); // unreadable: counts as reaching nothing
        assertThat(strict.compute(levels, 3)).isZero();
        assertThat(counted.compute(levels, 3)).isZero();
        levels.put("1.3", 0);
        assertThat(counted.compute(levels, 3)).isZero();
    }

    private static LevelRule.Step step(int level, Integer min) {
        return new LevelRule.Step(level, min, true, false, "", 0);
    }

    private static Unit school(String name) {
        return new Unit("X", name, "truong", "PGD-TH", null, null);
    }

    private void copyShipped() throws IOException {
        try (var files = Files.list(SHIPPED)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
