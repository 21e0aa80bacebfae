package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.QuotaBook;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.Submission;

/**
 * The targets of a row against each other and the official quotas: PHASE_END_NE_TARGET,
 * TARGET_WEAKER_THAN_DISTRICT, DISTRICT_WEAKER_THAN_PROVINCE, QUOTA_MISMATCH.
 */
class TargetRulesTest {

    private static final RuleContext CTX = Fixtures.context();

    @Test
    void lastPhaseMustEqualTheOwnTarget() {
        Submission s = Fixtures.submission()
                .row(38, "PCT", "target_unit=70.8", "phase_2024=75", "phase_2025=79.16")
                .row(9, "PCT", "target_unit=100", "phase_2025=100,00")
                .row(21, "YN", "target_unit=Chưa ", "phase_2025=Có ")
                .row(22, "YN", "target_unit=Không", "phase_2025=Chưa")
                .row(28, "DROP", "target_unit=0", "phase_2025=< 0,05")
                .row(29, "DROP", "target_unit=< 0,2", "phase_2025=<0,20")
                .row(34, "PCT", "target_unit=", "phase_2025=1,00")
                .row(51, "YN", "target_unit=Có môn dẫn đầu", "phase_2025=Có")
                .row(41, "RANK", "target_unit=07/20", "phase_2025=7/20")
                .build();

        List<Finding> found = new PhaseEndNeTargetRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("PHASE_END_NE_TARGET", "K38", Severity.ERROR, "79.16"),
                        tuple("PHASE_END_NE_TARGET", "K21", Severity.ERROR, "Có "),
                        tuple("PHASE_END_NE_TARGET", "K28", Severity.ERROR, "< 0,05"));
        assertThat(found.get(0).message()).contains("«79.16»", "«70.8»", "G38", "phân kỳ năm 2025", "Đề nghị");
        assertThat(found.get(1).message()).contains("«Có»", "«Chưa»");
    }

    @Test
    void ownTargetWeakerThanTheDistrictsInTheGoodDirection() {
        Submission s = Fixtures.submission()
                .row(10, "PCT", "target_district=99,80", "target_unit=95")
                .row(9, "PCT", "target_district=>99,00", "target_unit=100")
                .row(11, "PCT", "target_district=>99,00", "target_unit=99")
                .row(28, "DROP", "target_district=< 0,20", "target_unit=0,5")
                .row(29, "DROP", "target_district=< 0,20", "target_unit=0")
                .row(41, "RANK", "target_district=05/20", "target_unit=9/20")
                .row(48, "CNT", "target_district=X", "target_unit=01")
                .row(21, "YN", "target_district=55", "target_unit=Không")
                .build();

        List<Finding> found = new TargetWeakerThanDistrictRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("TARGET_WEAKER_THAN_DISTRICT", "G10", Severity.ERROR, "95"),
                        tuple("TARGET_WEAKER_THAN_DISTRICT", "G11", Severity.ERROR, "99"),
                        tuple("TARGET_WEAKER_THAN_DISTRICT", "G28", Severity.ERROR, "0,5"),
                        tuple("TARGET_WEAKER_THAN_DISTRICT", "G41", Severity.ERROR, "9/20"));
        assertThat(found.get(0).message()).contains("«95»", "thấp hơn", "«99,80»", "F10");
        assertThat(found.get(2).message()).contains("«0,5»", "cao hơn", "«< 0,20»", "càng thấp càng tốt");
        assertThat(found.get(3).message()).contains("«9/20»", "kém hơn", "«05/20»");
    }

    @Test
    void districtQuotaWeakerThanTheProvincesOrCentral() {
        Submission s = Fixtures.submission()
                .row(10, "PCT", "target_central=99,80", "target_district=95")
                .row(12, "PCT", "target_central=70,00", "target_district=76,47")
                .row(28, "DROP", "target_province=< 0,20", "target_district=< 0,30")
                .row(29, "DROP", "target_province=< 0,20", "target_district=0,3")
                .row(41, "RANK", "target_province=", "target_district=07/20")
                .build();

        List<Finding> found = new DistrictWeakerThanProvinceRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("DISTRICT_WEAKER_THAN_PROVINCE", "F10", Severity.ERROR, "95"),
                        tuple("DISTRICT_WEAKER_THAN_PROVINCE", "F29", Severity.ERROR, "0,3"));
        assertThat(found.get(0).message()).contains("«95»", "«99,80»", "E10", "chỉ tiêu TW giao");
        assertThat(found.get(1).message()).contains("«0,3»", "«< 0,20»", "chỉ tiêu Tỉnh giao");
    }

    @Test
    void quotaColumnsAgainstTheOfficialQuotas(@TempDir Path dir) {
        RuleContext ctx = Fixtures.context();
        QuotaBook quotas = Fixtures.quotas(dir,
                "PCT,SO,\"99,00\"", "PCT,PGD-A,\">99,00\"",
                "DROP,SO,\"< 0,20\"", "DROP,PGD-A,\"< 0,20\"",
                "RANK,PGD-A,05/20",
                "YN,PGD-A,\"95,00\"",
                "CNT,PGD-A,X", "CNT,PGD-B,X");
        Submission s = Fixtures.submission() // unit T1 under PGD-A under SO
                .row(9, "PCT", "target_central=99", "target_district=>99")
                .row(10, "DROP", "target_province=< 0,2", "target_district=0,2")
                .row(41, "RANK", "target_province=", "target_district=")
                .row(22, "YN", "target_central=95", "target_district=95,00")
                .row(48, "CNT", "target_district=X")
                .row(42, "NUM", "target_province=1", "target_district=2")
                .build();

        List<Finding> found = new QuotaMismatchRule(Fixtures.CATALOGUE, quotas).check(s, ctx);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("QUOTA_MISMATCH", "F10", Severity.ERROR, "0,2"),
                        tuple("QUOTA_MISMATCH", "F41", Severity.ERROR, ""));
        assertThat(found.get(0).message()).contains("«0,2»", "«< 0,20»", "Phòng Giáo dục và Đào tạo huyện A",
                "chỉ tiêu Huyện giao");
        assertThat(found.get(1).message()).contains("(để trống)", "«05/20»");
    }

    @Test
    void aUnitOutsideTheRegistryHasNoQuotas(@TempDir Path dir) {
        RuleContext ctx = Fixtures.context();
        QuotaBook quotas = Fixtures.quotas(dir, "PCT,PGD-A,\"99,00\"");
        Submission s = new Submission("x.xlsx", "x.xlsx", "sha", 1, vn.tonghop.reading.FileOutcome.READ, null, "ZZZ",
                "Phụ lục II", "2022-2025", 2023, Fixtures.submission().row(9, "PCT", "target_district=90").build()
                .facts(), List.of());
        assertThat(new QuotaMismatchRule(Fixtures.CATALOGUE, quotas).check(s, ctx)).isEmpty();
    }
}
