package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.consolidation.CriteriaConsolidation;
import vn.tonghop.kind.selfassessment.consolidation.CriterionDistribution;
import vn.tonghop.kind.selfassessment.consolidation.NodeCriteria;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/** Schools by level per node and criterion, the schools at Không đạt, who has not sent. */
class CriteriaConsolidationTest {

    static final UnitRegistry REGISTRY = new UnitRegistry(List.of(
            new Unit("SGD", "Sở GD&ĐT", "tinh", null, null, null),
            new Unit("PGD-A", "Phòng GD&ĐT A", "huyen", "SGD", null, null),
            new Unit("PGD-B", "Phòng GD&ĐT B", "huyen", "SGD", null, null),
            new Unit("A1", "Trường THCS A1", "truong", "PGD-A", null, null),
            new Unit("A2", "Trường THCS A2", "truong", "PGD-A", null, null),
            new Unit("A3", "Trường Tiểu học A3", "truong", "PGD-A", null, null),
            new Unit("B1", "Trường THCS B1", "truong", "PGD-B", null, null)));

    @Test
    void eachNodeCountsItsSchoolsByLevelPerCriterion() {
        CriteriaCatalogue tt18 = SeedSelfAssessmentTest.REFERENCE.catalogue("tt18-2018");
        Map<String, SelfAssessment> sent = new LinkedHashMap<>();
        sent.put("A1", assessment("A1", tt18, 2, Map.of("1.1", 0), 0, 1));
        sent.put("A2", assessment("A2", tt18, 2, Map.of("1.1", 3, "1.2", 1), 1, 1));
        sent.put("B1", assessment("B1", tt18, 1, Map.of("1.1", 0, "2.3", -1), 0, null));

        List<NodeCriteria> nodes = new CriteriaConsolidation(REGISTRY, SeedSelfAssessmentTest.REFERENCE)
                .consolidate("SGD", sent);

        assertThat(nodes).extracting(NodeCriteria::nodeCode).containsExactly("SGD", "PGD-A", "PGD-B");
        NodeCriteria province = nodes.get(0);
        assertThat(province.expected()).containsExactly("A1", "A2", "A3", "B1");
        assertThat(province.reported()).containsExactly("A1", "A2", "B1");
        assertThat(province.missing()).containsExactly("A3");
        assertThat(province.byComputedLevel()).containsEntry(0, List.of("A1", "B1")).containsEntry(1, List.of("A2"));
        assertThat(province.byStatedLevel()).containsEntry(1, List.of("A1", "A2"))
                .containsEntry(null, List.of("B1"));
        assertThat(province.conclusionDiffers()).containsExactly("A1");
        assertThat(province.shareAt(0)).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));

        CriterionDistribution c11 = criterion(province, "1.1");
        assertThat(c11.at(0)).isEqualTo(2);
        assertThat(c11.at(3)).isEqualTo(1);
        assertThat(c11.notMet()).containsExactly("A1", "B1");
        assertThat(c11.title()).isEqualTo("Phương hướng, chiến lược xây dựng và phát triển nhà trường");
        CriterionDistribution c23 = criterion(province, "2.3");
        assertThat(c23.at(2)).isEqualTo(2);
        assertThat(c23.at(1)).isZero();
        assertThat(c23.unclear()).isEqualTo(1);
        assertThat(c23.schools()).isEqualTo(3);
        assertThat(province.criteria()).hasSize(28);

        NodeCriteria a = nodes.get(1);
        assertThat(criterion(a, "1.1").notMet()).containsExactly("A1");
        assertThat(a.missing()).containsExactly("A3");
        assertThat(nodes.get(2).criteria()).allMatch(c -> c.schools() == 1);
    }

    /** Every criterion at {@code base}, except those in {@code except} (−1: unreadable). */
    private static SelfAssessment assessment(String unit, CriteriaCatalogue catalogue, int base,
                                             Map<String, Integer> except, int computed, Integer stated) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Criterion c : catalogue.criteria()) {
            Integer l = except.getOrDefault(c.code(), base);
            levels.put(c.code(), l != null && l < 0 ? null : l);
        }
        return new SelfAssessment(unit, catalogue.id(), levels, computed, false, stated);
    }

    private static CriterionDistribution criterion(NodeCriteria node, String code) {
        return node.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
