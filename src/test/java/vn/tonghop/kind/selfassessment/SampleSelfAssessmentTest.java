package vn.tonghop.kind.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;

/**
 * The self-assessment samples of sample-workbooks/ read as the README's run reads them (the sample
 * office's registry, both kinds it collects): each gives one self-assessment document of its school, and
 * the checks find exactly what sample-workbooks/README.md lists for them, at those cells.
 */
class SampleSelfAssessmentTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final Path SAMPLES = Path.of("sample-workbooks");
    private static final String SEED = "THCS_PhuMy_tu_danh_gia.xlsx";
    private static final String VARIANT = "THCS_TanLong_tu_danh_gia.xlsx";

    private static SelfAssessmentKind kind;
    private static final List<Submission> documents = new ArrayList<>();
    private static final List<Finding> findings = new ArrayList<>();

    @BeforeAll
    static void readTheSamples() {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        kind = new SelfAssessmentKind(new CriteriaSettings(JOB.resolve("tu-danh-gia")), registry);
        PhasingKind phasing = new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")));
        SubmissionReader reader = new SubmissionReader(registry, List.of(phasing, kind), 20L << 20);
        for (String file : List.of(SEED, VARIANT)) {
            for (Submission s : reader.readDocuments(SAMPLES.resolve(file))) {
                documents.add(s);
                findings.addAll(kind.check(s, null));
            }
        }
    }

    @Test
    void eachFileIsItsSchoolsSelfAssessmentReadAgainstCircular18() {
        assertThat(documents).extracting(d -> d.fileName() + " | " + d.kind() + " | " + d.outcome() + " | "
                + d.unitCode()).containsExactly(
                SEED + " | self_assessment | READ | 87715011",
                VARIANT + " | self_assessment | READ | 87715012");
        SelfAssessment seed = kind.assessment(documents.get(0));
        assertThat(seed.catalogueId()).isEqualTo("tt18-2018-tt22-2024"); // in force since 25/01/2025
        assertThat(seed.levels()).hasSize(28).containsEntry("2.3", 1).containsEntry("5.6", 1)
                .containsEntry("1.4", 2);
        assertThat(seed.computedLevel()).isEqualTo(1);
        assertThat(seed.statedLevel()).isEqualTo(1);
        SelfAssessment variant = kind.assessment(documents.get(1));
        assertThat(variant.levels()).hasSize(28).containsEntry("1.1", 3).containsEntry("1.3", 3)
                .containsEntry("3.2", 1).containsEntry("3.4", null).containsEntry("5.3", null)
                .containsEntry("2.1", 3).containsEntry("1.7", 2);
        assertThat(variant.statedLevel()).isEqualTo(2);
        assertThat(variant.computedLevel()).isZero(); // the stand-in rule: every criterion at the level
    }

    @Test
    void exactlyTheFindingsTheReadmeLists() throws IOException {
        assertThat(findings).extracting(f -> f.file() + " | " + f.rule() + " | " + f.cell() + " | " + f.severity())
                .containsExactly(
                        SEED + " | CRITERION_LEVEL_SKIPPED | E24 | ERROR",
                        SEED + " | CRITERION_LEVEL_SKIPPED | E42 | ERROR",
                        VARIANT + " | CRITERION_LEVEL_NOT_IN_CIRCULAR | H8 | ERROR",
                        VARIANT + " | CRITERION_CODE_TITLE_DIFFER | B14 | WARNING",
                        VARIANT + " | CRITERION_MARKED_SEVERAL | G29 | ERROR",
                        VARIANT + " | CRITERION_NOT_MARKED | B38 | ERROR",
                        VARIANT + " | CONCLUSION_MISMATCH | A44 | WARNING");
        assertThat(findings).allMatch(f -> f.sheet().equals("Tự đánh giá"));

        // the README's table of findings says the same, line for line
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `(THCS_[^`]+)` \\| [^|]+ \\| `'Tự đánh giá'!([A-Z]+\\d+)` \\| .* \\| ([A-Z_]+) \\|$")
                .matcher(Files.readString(SAMPLES.resolve("README.md")));
        while (m.find()) {
            listed.add(m.group(1) + " | " + m.group(3) + " | " + m.group(2));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                findings.stream().map(f -> f.file() + " | " + f.rule() + " | " + f.cell()).toList());
    }

    @Test
    void theMessagesNameTheCriterionTheCellsAndWhatToDo() {
        assertThat(findings).filteredOn(f -> f.cell().equals("E24")).singleElement().extracting(Finding::message)
                .asString().contains("Tiêu chí 2.3", "Mức 1, Mức 3", "Mức 2", "cộng dồn");
        assertThat(findings).filteredOn(f -> f.cell().equals("H8")).singleElement().extracting(Finding::message)
                .asString().contains("Tiêu chí 1.1: ô H8 đánh dấu Mức 4", "đánh giá Mức 4 riêng");
        assertThat(findings).filteredOn(f -> f.cell().equals("B14")).singleElement().extracting(Finding::message)
                .asString().contains("ô B14", "mã tiêu chí 1.7", "của tiêu chí 1.6", "Quản lý hành chính, tài chính và tài sản");
        assertThat(findings).filteredOn(f -> f.cell().equals("A44")).singleElement().extracting(Finding::message)
                .asString().contains("Kết luận ghi trường đạt Mức 2", "trường chưa đạt Mức 1", "chưa được đối chiếu với thông tư");
    }
}
