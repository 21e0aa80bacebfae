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
 * office's registry, the kinds it collects): each gives one self-assessment document of its school, read
 * against the catalogue of its school level (THCS 18/2018, primary 17/2018, preschool 19/2018), and the
 * checks find exactly what sample-workbooks/README.md lists for them, at those cells.
 */
class SampleSelfAssessmentTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final Path SAMPLES = Path.of("sample-workbooks");
    private static final String SEED = "THCS_PhuMy_tu_danh_gia.xlsx";
    private static final String VARIANT = "THCS_TanLong_tu_danh_gia.xlsx";
    private static final String PRESCHOOL = "MN_HoaMai_tu_danh_gia.xlsx";
    private static final String PRIMARY = "TH_AnHoa_tu_danh_gia.xlsx";
    private static final String CODES = "TH_TanPhuA_tu_danh_gia.xlsx";
    private static final String TITLES = "TH_MyXuan_tu_danh_gia.xlsx";
    private static final String SINGLE = "TH_VinhXuan_tu_danh_gia.xlsx";
    private static final List<String> FILES = List.of(SEED, VARIANT, PRESCHOOL, PRIMARY, CODES, TITLES, SINGLE);

    private static SelfAssessmentKind kind;
    private static final List<Submission> documents = new ArrayList<>();
    private static final List<Finding> findings = new ArrayList<>();

    @BeforeAll
    static void readTheSamples() {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        kind = new SelfAssessmentKind(new CriteriaSettings(JOB.resolve("tu-danh-gia")), registry);
        PhasingKind phasing = new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")));
        SubmissionReader reader = new SubmissionReader(registry, List.of(phasing, kind), 20L << 20);
        for (String file : FILES) {
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
                VARIANT + " | self_assessment | READ | 87715012",
                PRESCHOOL + " | self_assessment | READ | 87715013",
                PRIMARY + " | self_assessment | READ | 87715003",
                CODES + " | self_assessment | READ | 87715004",
                TITLES + " | self_assessment | READ | 87715007",
                SINGLE + " | self_assessment | READ | 87715010");
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
    void eachSchoolLevelIsReadAgainstItsOwnCircular() {
        SelfAssessment preschool = kind.assessment(documents.get(2));
        assertThat(preschool.catalogueId()).isEqualTo("tt19-2018-tt22-2024");
        assertThat(preschool.levels()).hasSize(25).doesNotContainKey("2.4").containsEntry("5.2", 1)
                .containsEntry("5.4", 1).containsEntry("1.1", 2);
        assertThat(preschool.computedLevel()).isEqualTo(1);
        assertThat(preschool.statedLevel()).isEqualTo(1);

        SelfAssessment primary = kind.assessment(documents.get(3));
        assertThat(primary.catalogueId()).isEqualTo("tt17-2018-tt22-2024");
        assertThat(primary.levels()).hasSize(27).containsEntry("4.2", null).containsEntry("3.4", null)
                .containsEntry("5.5", 2);
        assertThat(primary.computedLevel()).isZero();
        assertThat(primary.statedLevel()).isEqualTo(1);

        // codes as number cells, 1.10 shown as 1.1 after 1.9; 3.3 twice, the first row counted
        SelfAssessment codes = kind.assessment(documents.get(4));
        assertThat(codes.levels()).hasSize(27).doesNotContainValue(null).containsEntry("1.10", 2)
                .containsEntry("1.1", 3).containsEntry("3.3", 2).containsEntry("5.5", 3);
        assertThat(codes.computedLevel()).isEqualTo(2);
        assertThat(codes.statedLevel()).isEqualTo(2);

        // titles only, in the newest wording at hand (aliases), one with a letter dropped; marks the number 1
        SelfAssessment titles = kind.assessment(documents.get(5));
        assertThat(titles.levels()).hasSize(27).doesNotContainValue(null).containsEntry("1.3", 3)
                .containsEntry("1.10", 2).containsEntry("4.1", 2).containsEntry("3.4", 1).containsEntry("5.4", 2);
        assertThat(titles.computedLevel()).isEqualTo(1);
        assertThat(titles.statedLevel()).isNull();

        // the level as a value in one «Mức đạt» column: «Mức 2», «2», «Đạt mức 2»; «Tốt» is none; «Mức 4» capped
        SelfAssessment single = kind.assessment(documents.get(6));
        assertThat(single.catalogueId()).isEqualTo("tt17-2018-tt22-2024");
        assertThat(single.levels()).hasSize(27).containsEntry("1.1", 2).containsEntry("1.2", 1)
                .containsEntry("1.8", null).containsEntry("3.5", 3).containsEntry("5.5", 2);
        assertThat(single.levels().values().stream().filter(java.util.Objects::nonNull).count()).isEqualTo(26);
        assertThat(single.computedLevel()).isZero();
        assertThat(single.statedLevel()).isEqualTo(1);
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
                        VARIANT + " | CONCLUSION_MISMATCH | A44 | WARNING",
                        PRESCHOOL + " | CRITERION_UNKNOWN | A22 | WARNING",
                        PRESCHOOL + " | CRITERION_MARK_UNREADABLE | D35 | WARNING",
                        PRIMARY + " | CRITERION_MARKS_CONFLICT | B27 | ERROR",
                        PRIMARY + " | CRITERION_MISSING |  | ERROR",
                        PRIMARY + " | CONCLUSION_MISMATCH | A40 | WARNING",
                        CODES + " | CRITERION_DUPLICATED | B26 | ERROR",
                        TITLES + " | CRITERION_UNKNOWN | A31 | WARNING",
                        TITLES + " | CONCLUSION_MISSING | B6 | WARNING",
                        SINGLE + " | CRITERION_MARK_UNREADABLE | C13 | WARNING",
                        SINGLE + " | CRITERION_NOT_MARKED | B13 | ERROR",
                        SINGLE + " | CRITERION_LEVEL_NOT_IN_CIRCULAR | C26 | ERROR",
                        SINGLE + " | CONCLUSION_MISMATCH | A38 | WARNING");

        // the README's table of findings says the same, line for line, sheet and cell
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+_tu_danh_gia\\.xlsx)` \\| [^|]+ \\| "
                        + "(?:`'([^']+)'!([A-Z]+\\d+)`|\\(no cell\\)) \\| .* \\| ([A-Z_]+) \\|$")
                .matcher(Files.readString(SAMPLES.resolve("README.md")));
        while (m.find()) {
            listed.add(m.group(1) + " | " + m.group(4) + " | " + (m.group(2) == null ? "" : m.group(2) + "!" + m.group(3)));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(findings.stream().map(f -> f.file() + " | " + f.rule()
                + " | " + (f.cell().isEmpty() ? "" : f.sheet() + "!" + f.cell())).toList());
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
