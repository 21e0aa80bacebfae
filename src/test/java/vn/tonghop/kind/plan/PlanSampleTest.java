package vn.tonghop.kind.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.value.MoneyParser;

/** sample-workbooks/PhuLoc_ke_hoach_cai_tien.xlsx: read as Phú Lộc's plan, its planted mistakes found exactly. */
class PlanSampleTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");

    @Test
    void phuLocsImprovementPlanIsReadAsAPlanWithItsPlantedMistakes() throws Exception {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        PlanKind kind = new PlanKind(new CriteriaSettings(JOB.resolve("tu-danh-gia")), registry);
        PhasingKind phasing = new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")));
        List<Submission> docs = new SubmissionReader(registry, List.of(phasing, kind), 20_000_000)
                .readDocuments(Path.of("sample-workbooks/PhuLoc_ke_hoach_cai_tien.xlsx"));

        assertThat(docs).extracting(Submission::kind, Submission::outcome, Submission::unitCode)
                .containsExactly(tuple("plan", FileOutcome.READ, "87715001"));
        Submission plan = docs.get(0);
        PlanTable t = PlanFacts.table(plan.facts());
        assertThat(t.rows()).extracting(PlanRow::code).containsExactly("1.4", "3.3", "3.5", "5.2", "3.6", "2.2");
        assertThat(t.rows().get(4).text(PlanColumn.TASK))
                .isEqualTo("- Bổ sung sách tham khảo cho thư viện - Đề nghị bổ sung 01 nhân viên thư viện");
        BigDecimal requested = plan.facts().stream().filter(f -> f.measure().code().equals("plan_budget"))
                .map(f -> f.value().number()).filter(n -> n != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(requested).isEqualByComparingTo("110000000");
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_budget")
                && MoneyParser.isSourceWithoutAmount(f.value())).extracting(f -> f.value().word())
                .containsExactly("Nguồn kinh phí ngành", "Xã hội hóa");
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_staff"))
                .extracting(f -> f.cell(), f -> f.value().number().intValue())
                .containsExactly(tuple("'KH cải tiến'!C9", 1));

        assertThat(kind.check(plan, null)).extracting(Finding::rule, Finding::cell, Finding::raw).containsExactly(
                tuple("PLAN_LEVEL_ABOVE_CIRCULAR", "B9", "Mức 4"),
                tuple("PLAN_ROW_INCOMPLETE", "D10", ""),
                tuple("PLAN_BUDGET_UNREADABLE", "F10", "khoảng vài chục triệu"));
        assertThat(kind.check(plan, null).get(0).message()).isEqualTo("Tiêu chí 3.6 đặt kết quả cần đạt «Mức 4» nhưng "
                + "17/2018/TT-BGDĐT chỉ quy định đến Mức 3 cho tiêu chí này. Sửa mức cần đạt (Mức 1 đến 3).");
    }
}
