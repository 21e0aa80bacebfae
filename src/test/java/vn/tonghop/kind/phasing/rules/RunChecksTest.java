package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.validation.RunChecks.SubmittedFile;

/** DUPLICATE_SUBMISSION and MISSING_SUBMISSION across one run. */
class RunChecksTest {

    private static final RunChecks CHECKS = new RunChecks(ValidationSettings.defaults());

    @Test
    void twoReadFilesOfOneUnit() {
        List<SubmittedFile> files = List.of(
                new SubmittedFile("T1_a.xlsx", "T1", FileOutcome.READ), // sent first
                new SubmittedFile("T1_b.xlsx", "T1", FileOutcome.READ),
                new SubmittedFile("T1_hong.xlsx", null, FileOutcome.UNREADABLE),
                new SubmittedFile("T2.xlsx", "T2", FileOutcome.READ),
                new SubmittedFile("T3.xlsx", "T3", FileOutcome.READ));

        List<Finding> found = CHECKS.check(files, Fixtures.REGISTRY, "SO").stream()
                .filter(f -> !f.rule().equals("MISSING_SUBMISSION")).toList(); // PGD-C sent nothing

        assertThat(found).extracting(Finding::file, Finding::unitCode, Finding::rule, Finding::severity, Finding::cell)
                .containsExactly(
                        tuple("T1_a.xlsx", "T1", "DUPLICATE_SUBMISSION", Severity.WARNING, ""),
                        tuple("T1_b.xlsx", "T1", "DUPLICATE_SUBMISSION", Severity.WARNING, ""));
        assertThat(found.get(0).message()).contains("Trường Tiểu học Một", "T1_a.xlsx", "dùng tệp «T1_b.xlsx»");
    }

    @Test
    void aPhasingTableAndAnImprovementPlanOfOneUnitAreNoDuplicate() {
        List<SubmittedFile> files = List.of(
                new SubmittedFile("T1_phan_ky.xlsx", "T1", FileOutcome.READ, "phasing"),
                new SubmittedFile("T1_ke_hoach.xlsx", "T1", FileOutcome.READ, "plan"),
                new SubmittedFile("T1_ke_hoach_sua.xlsx", "T1", FileOutcome.READ, "plan"),
                // one workbook holding a phasing table and a self-assessment: two documents, one file
                new SubmittedFile("T2.xlsx", "T2", FileOutcome.READ, "phasing"),
                new SubmittedFile("T2.xlsx", "T2", FileOutcome.READ, "self_assessment"));

        List<Finding> found = CHECKS.check(files, Fixtures.REGISTRY, "SO").stream()
                .filter(f -> !f.rule().equals("MISSING_SUBMISSION")).toList();

        assertThat(found).extracting(Finding::file, Finding::rule).containsExactly(
                tuple("T1_ke_hoach.xlsx", "DUPLICATE_SUBMISSION"), tuple("T1_ke_hoach_sua.xlsx", "DUPLICATE_SUBMISSION"));
    }

    @Test
    void leafUnitsWithoutAReadFile() {
        List<SubmittedFile> files = List.of(
                new SubmittedFile("T1.xlsx", "T1", FileOutcome.READ),
                new SubmittedFile("T3.xlsx", "T3", FileOutcome.UNKNOWN_UNIT),
                new SubmittedFile("khac.xlsx", "ZZ", FileOutcome.READ));

        List<Finding> found = CHECKS.check(files, Fixtures.REGISTRY, "SO");

        // PGD-C has no schools: a leaf itself, so it owes a table of its own
        assertThat(found).extracting(Finding::file, Finding::unitCode, Finding::rule, Finding::severity)
                .containsExactly(
                        tuple("", "T2", "MISSING_SUBMISSION", Severity.WARNING),
                        tuple("", "T3", "MISSING_SUBMISSION", Severity.WARNING),
                        tuple("", "PGD-C", "MISSING_SUBMISSION", Severity.WARNING));
        assertThat(found.get(0).message()).contains("Trường Tiểu học Hai", "T2");
    }

    @Test
    void onlyUnderTheRoot() {
        List<Finding> found = CHECKS.check(List.of(new SubmittedFile("T1.xlsx", "T1", FileOutcome.READ)),
                Fixtures.REGISTRY, "PGD-A");
        assertThat(found).extracting(Finding::unitCode).containsExactly("T2");
    }

    @Test
    void severitiesMayBeChanged() {
        RunChecks checks = new RunChecks(new ValidationSettings(Map.of("MISSING_SUBMISSION", Severity.INFO), null, null));
        assertThat(checks.check(List.of(), Fixtures.REGISTRY, "PGD-A"))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
    }
}
