package vn.tonghop.kind.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;

/** Seeds 001 and 002 cell for cell through the shared reading: what is read, and exactly what is found. */
class SeedPlanTest {

    @TempDir
    Path dir;

    private final UnitRegistry registry = SeedPlanWorkbooks.registry();
    private final PlanKind kind = new PlanKind(new CriteriaSettings(Path.of("jobs/so-dong-thap/tu-danh-gia")), registry);

    private Submission read(Path seed) throws Exception {
        Path file = SeedPlanWorkbooks.write(seed, dir.resolve(seed.getFileName() + ".xlsx"));
        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file);
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void seed001IsReadRowByRowWithItsTasksPageBreaksAndBudgets() throws Exception {
        Submission plan = read(SeedPlanWorkbooks.SEED_001);

        assertThat(plan.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(plan.unitCode()).isEqualTo("87715101");
        PlanTable t = PlanFacts.table(plan.facts());
        // 28 criteria of 18/2018, 5.1, 5.2 and 5.5 with three task rows, 5.3, 5.4, 5.6 with two: 37 rows
        assertThat(t.rows()).hasSize(37);
        assertThat(t.rows().stream().map(PlanRow::code).distinct()).hasSize(28);
        assertThat(t.rows()).filteredOn(r -> "5.1".equals(r.code())).hasSize(3);
        assertThat(t.standards()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5);
        assertThat(t.title().year()).isEqualTo(2025);

        // 1.6 was cut by a page break: its title, task (with <p> markup gone), timing and support are whole
        PlanRow r16 = t.rows().stream().filter(r -> "1.6".equals(r.code())).findFirst().orElseThrow();
        assertThat(r16.label()).isEqualTo("Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản");
        assertThat(r16.text(PlanColumn.TASK)).isEqualTo("Tăng cường công tác quản lý hành chính. Ứng dụng công nghệ "
                + "thông tin trong công tác quản lý hành chính. Tiếp tục thực hiện tốt các quy định về quản lý tài chính, "
                + "tài sản trong nhà trường, thực hiện thu chi đúng qui định. Xây dựng quy chế chi tiêu nội bộ rõ ràng, "
                + "chi tiết công khai tài chính theo định kỳ.");
        assertThat(r16.text(PlanColumn.TIMING)).isEqualTo("Trong năm học 2025-2026 và các năm tiếp theo");
        assertThat(r16.cell(PlanColumn.TASK).ref()).isEqualTo("D35");
        // 5.2's title runs on beside its second task row, which keeps its own lead
        List<PlanRow> r52 = t.rows().stream().filter(r -> "5.2".equals(r.code())).toList();
        assertThat(r52).extracting(r -> r.text(PlanColumn.LEAD))
                .containsExactly("Hiệu trưởng GV", "GV văn -thể - mỹ", "BGH, GVCN, PHHS, Kế toán");
        assertThat(r52.get(0).label()).endsWith("học sinh gặp khó khăn trong học tập và rèn luyện");

        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_budget") && f.value().number() != null)
                .extracting(Fact::cell, f -> f.value().number().longValue()).containsExactly(
                        tuple("'Kế hoạch'!G49", 500_000_000L), tuple("'Kế hoạch'!G50", 50_000_000L),
                        tuple("'Kế hoạch'!G51", 50_000_000L), tuple("'Kế hoạch'!G52", 20_000_000L));
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_budget") && f.value().number() == null)
                .extracting(f -> f.value().word()).containsOnly("Không", "Nguồn kinh phí ngành")
                .filteredOn("Nguồn kinh phí ngành"::equals).hasSize(1);
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_level") && f.value().number() != null)
                .hasSize(28);
    }

    @Test
    void seed001FindingsAreExactlyItsOwnIrregularities() throws Exception {
        Submission plan = read(SeedPlanWorkbooks.SEED_001);

        List<Finding> findings = kind.check(plan, null);

        assertThat(findings).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw).containsExactly(
                tuple("PLAN_YEAR_MISMATCH", "A11", Severity.WARNING, "- Xây dựng kế hoạch cải tiến chất lượng giáo dục để "
                        + "thực hiện trong năm học 2024 - 2025 nhằm đưa ra các giải pháp phát huy điểm mạnh, khắc phục "
                        + "điểm yếu, từng bước nâng cao chất lượng giáo dục."),
                tuple("PLAN_STANDARD_TITLE_DIFFERS", "B42", Severity.INFO,
                        "Tiêu chuẩn 2: Cán bộ quản lý giáo viên và nhân viên"),
                tuple("PLAN_STANDARD_TITLE_DIFFERS", "B60", Severity.INFO,
                        "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục"),
                tuple("PLAN_ROW_INCOMPLETE", "F49", Severity.ERROR, "Ban giám hiệu xây dựng kế hoạch thực hiện"),
                tuple("PLAN_ROW_INCOMPLETE", "E52", Severity.ERROR, "Không"));
        assertThat(findings.get(0).message()).isEqualTo("Kế hoạch ghi năm học 2025 – 2026 ở tên (ô A7) nhưng ô A11 ghi "
                + "thực hiện trong năm học 2024 – 2025. Sửa cho thống nhất năm học của kế hoạch.");
        assertThat(findings.get(3).message()).startsWith("Ô thời gian thực hiện của tiêu chí 3.1 ghi «Ban giám hiệu xây "
                + "dựng kế hoạch thực hiện», không phải một thời gian.");
        assertThat(findings.get(4).message()).startsWith("Dòng kế hoạch của tiêu chí 3.4 chưa ghi người chủ trì (ô ghi «Không»).");
        assertThat(findings).allMatch(f -> f.sheet().equals("Kế hoạch") && f.unitCode().equals("87715101"));
    }

    @Test
    void seed002ReadsTheCriterionWrittenTwiceTheMistitledStandardAndTheStaffAskedFor() throws Exception {
        Submission plan = read(SeedPlanWorkbooks.SEED_002);

        assertThat(plan.unitCode()).isEqualTo("87715102");
        PlanTable t = PlanFacts.table(plan.facts());
        assertThat(t.rows()).extracting(PlanRow::code).containsExactly("2.2", "3.2", "3.2");
        assertThat(t.title().year()).isEqualTo(2023);
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_staff"))
                .extracting(Fact::cell, f -> f.value().number().intValue())
                .containsExactly(tuple("'Kế hoạch'!C27", 2));
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_budget"))
                .extracting(f -> f.value().normalized()).containsExactly("", "250000000", "300000000");

        assertThat(kind.check(plan, null)).extracting(Finding::rule, Finding::cell, Finding::raw).containsExactly(
                tuple("PLAN_STANDARD_TITLE_DIFFERS", "B28", "Tiêu chuẩn 3: Cán bộ quản lý, giáo viên, nhân viên"));
    }
}
