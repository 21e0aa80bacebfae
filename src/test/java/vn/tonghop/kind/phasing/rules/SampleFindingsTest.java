package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;
import vn.tonghop.reference.criteria.CriteriaSettings;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.validation.RunChecks.SubmittedFile;

/**
 * Every file of sample-workbooks/ read with the sample office (jobs/so-dong-thap) and the kinds it
 * collects (phasing tables, self-assessments), validated, and the run checked under SGD-DT: exactly the
 * planted mistakes of sample-workbooks/README.md and the seeds' own irregularities (TanThanhB2, the real
 * Annex II; Phú Mỹ, the seed's self-assessment grid), nothing else.
 */
class SampleFindingsTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");
    private static final String SEED = "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx";

    private static List<Finding> findings;

    @BeforeAll
    static void validateTheSamples() throws IOException {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        // the kinds the sample office collects, as its run reads them
        QuotaBook quotas = QuotaBook.load(JOB.resolve("quotas.csv"), catalogue);
        List<DocumentKind> kinds = List.of(new PhasingKind(catalogue, quotas), new SelfAssessmentKind(
                new CriteriaSettings(JOB.resolve("tu-danh-gia")), registry));
        SubmissionReader reader = new SubmissionReader(registry, kinds, 20L << 20);
        SubmissionValidator validator = new SubmissionValidator(new RuleContext(registry, ValidationSettings.defaults()),
                kinds);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sample-workbooks"))) {
            files = list.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        findings = new ArrayList<>();
        List<SubmittedFile> run = new ArrayList<>();
        for (Path file : files) {
            for (Submission s : reader.readDocuments(file)) {
                run.add(new SubmittedFile(s.fileName(), s.unitCode(), s.outcome(), s.kind()));
                findings.addAll(validator.validate(s));
            }
        }
        findings.addAll(new RunChecks(ValidationSettings.defaults()).check(run, registry, "SGD-DT"));
    }

    @Test
    void exactlyThePlantedMistakesAndTheSeedsOwn() {
        assertThat(findings).extracting(f -> f.file() + " | " + f.rule() + " | " + f.cell())
                .containsExactlyInAnyOrder(
                        // the seed's own irregularities
                        SEED + " | VALUE_DOUBTFUL | D11",                 // "92, 70"
                        SEED + " | VALUE_DOUBTFUL | D51",                 // "Chưa có môn dẫn đầu toàn đoàn": Chưa
                        SEED + " | VALUE_DOUBTFUL | F51",                 // "Có môn dẫn đầu toàn đoàn ": Có
                        SEED + " | RANK_TOTAL_DIFFERS | J41",             // 7/19 after 11/20 and 07/20
                        SEED + " | REQUIRED_VALUE_MISSING | G34",         // T.3 no school target
                        SEED + " | REQUIRED_VALUE_MISSING | G41",         // T.6.b no school target
                        SEED + " | REQUIRED_VALUE_MISSING | D42",         // T.7 no current value
                        SEED + " | REQUIRED_VALUE_MISSING | D50",         // H.2.a no current value
                        SEED + " | REQUIRED_VALUE_MISSING | J51",         // H.2.b no 2025 phasing
                        SEED + " | PHASE_END_NE_TARGET | K21",            // "Có" vs "Chưa"
                        SEED + " | PHASE_END_NE_TARGET | K22",            // "Có" vs "Chưa"
                        SEED + " | PHASE_END_NE_TARGET | K28",            // "< 0,05" vs 0
                        SEED + " | PHASE_END_NE_TARGET | K38",            // 79.16 vs 70.8
                        SEED + " | PHASE_BACKWARDS | I38",                // 72.7 -> 70.8
                        // "Hiện trạng 9/2023" is phasing year 2022 (equal in four rows)
                        SEED + " | PHASE_CURRENT_YEAR_FAR | H20",         // 100 vs 61,96
                        SEED + " | PHASE_CURRENT_YEAR_FAR | H28",         // < 0,1 vs 0,73: most of it
                        SEED + " | PHASE_CURRENT_YEAR_FAR | H34",         // 0,3 vs 4,76: most of it
                        SEED + " | PHASE_CURRENT_YEAR_FAR | H36",         // 100 vs 39,00
                        SEED + " | PLAN_BELOW_CURRENT | H34",             // 0,3 after 4,76
                        // planted in the Sông Trà files
                        "TH_AnHoa_phan_ky_chi_tieu.xlsx | QUOTA_MISMATCH | F10",
                        "TH_AnHoa_phan_ky_chi_tieu.xlsx | DISTRICT_WEAKER_THAN_PROVINCE | F10",
                        "TH_TanPhuA_phan_ky_chi_tieu.xlsx | PHASE_END_NE_TARGET | L13",
                        "TH_LongKhanh_phan_ky_chi_tieu.xls | PERCENT_OUT_OF_RANGE | J11",
                        "TH_LongKhanh_phan_ky_chi_tieu.xls | PHASE_BACKWARDS | K11",
                        "TH_HoaAn_phan_ky_chi_tieu.xlsx | PHASE_BACKWARDS | J18",
                        "TH_HoaAn_phan_ky_chi_tieu.xlsx | INDICATOR_MISSING | ",
                        "TH_MyXuan_phan_ky_chi_tieu.xlsx | INDICATOR_UNKNOWN | B39",
                        // the self-assessments: the seed's grid (its own two skipped levels) and the variant's
                        "THCS_PhuMy_tu_danh_gia.xlsx | CRITERION_LEVEL_SKIPPED | E24",
                        "THCS_PhuMy_tu_danh_gia.xlsx | CRITERION_LEVEL_SKIPPED | E42",
                        "THCS_TanLong_tu_danh_gia.xlsx | CRITERION_LEVEL_NOT_IN_CIRCULAR | H8",
                        "THCS_TanLong_tu_danh_gia.xlsx | CRITERION_CODE_TITLE_DIFFER | B14",
                        "THCS_TanLong_tu_danh_gia.xlsx | CRITERION_MARKED_SEVERAL | G29",
                        "THCS_TanLong_tu_danh_gia.xlsx | CRITERION_NOT_MARKED | B38",
                        "THCS_TanLong_tu_danh_gia.xlsx | CONCLUSION_MISMATCH | A44",
                        // the other school levels' self-assessments (sample-workbooks/README.md)
                        "MN_HoaMai_tu_danh_gia.xlsx | CRITERION_UNKNOWN | A22",
                        "MN_HoaMai_tu_danh_gia.xlsx | CRITERION_MARK_UNREADABLE | D35",
                        "TH_AnHoa_tu_danh_gia.xlsx | CRITERION_MARKS_CONFLICT | B27",
                        "TH_AnHoa_tu_danh_gia.xlsx | CRITERION_MISSING | ",
                        "TH_AnHoa_tu_danh_gia.xlsx | CONCLUSION_MISMATCH | A40",
                        "TH_MyXuan_tu_danh_gia.xlsx | CRITERION_UNKNOWN | A31",
                        "TH_MyXuan_tu_danh_gia.xlsx | CONCLUSION_MISSING | B6",
                        "TH_TanPhuA_tu_danh_gia.xlsx | CRITERION_DUPLICATED | B26",
                        "TH_VinhXuan_tu_danh_gia.xlsx | CRITERION_MARK_UNREADABLE | C13",
                        "TH_VinhXuan_tu_danh_gia.xlsx | CRITERION_NOT_MARKED | B13",
                        "TH_VinhXuan_tu_danh_gia.xlsx | CRITERION_LEVEL_NOT_IN_CIRCULAR | C26",
                        "TH_VinhXuan_tu_danh_gia.xlsx | CONCLUSION_MISMATCH | A38",
                        // files not read, and the school that sent nothing
                        "TH_HongNgu9_phan_ky.xlsx | UNKNOWN_UNIT | ",
                        "BinhMinh_ban_hong.xlsx | FILE_UNREADABLE | ",
                        "LongKhanh_co_mat_khau.xlsx | FILE_ENCRYPTED | ",
                        "PhuLoc_ke_hoach_cai_tien.xlsx | FILE_NO_TABLE | ",
                        // the implementation reports, a kind this reading does not collect; Tân Hộ Cơ sent nothing else
                        "87612406_bao_cao_thuc_hien_KHCTCL_2022-2023.xlsx | FILE_NO_TABLE | ",
                        "PhuLoc_bao_cao_thuc_hien_KHCTCL_2023-2024.xlsx | FILE_NO_TABLE | ",
                        " | MISSING_SUBMISSION | ",
                        " | MISSING_SUBMISSION | ");
    }

    @Test
    void findingsNameTheirPlaceAndValues() {
        assertThat(find("TH_AnHoa_phan_ky_chi_tieu.xlsx", "QUOTA_MISMATCH")).satisfies(f -> {
            assertThat(f.unitCode()).isEqualTo("87715003");
            assertThat(f.sheet()).isEqualTo("Phụ lục II");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.raw()).isEqualTo("95.0%");
            assertThat(f.message()).contains("TW.1.b", "«95.0%»", "«99,80»", "huyện Sông Trà");
        });
        assertThat(find("TH_AnHoa_phan_ky_chi_tieu.xlsx", "DISTRICT_WEAKER_THAN_PROVINCE").message())
                .contains("«95.0%»", "thấp hơn", "«99.8%»");
        assertThat(find("TH_HoaAn_phan_ky_chi_tieu.xlsx", "INDICATOR_MISSING").message())
                .contains("«Xóa mù chữ mức độ 2»", "T.2.b");
        assertThat(find("TH_MyXuan_phan_ky_chi_tieu.xlsx", "INDICATOR_UNKNOWN")).satisfies(f -> {
            assertThat(f.raw()).isEqualTo("Tỷ lệ học sinh biết bơi");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(find(SEED, "VALUE_DOUBTFUL").message()).contains("«92, 70»", "đã đọc là 92,7")
                .doesNotContain("92.7");
        assertThat(find(SEED, "PHASE_BACKWARDS").message()).contains("«70.8»", "«72.7»");
        assertThat(findings).filteredOn(f -> f.cell().equals("D51")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("«Chưa có môn dẫn đầu toàn đoàn» — là một câu, không phải một từ "
                    + "(Có/Không, Đạt/Không đạt); lấy từ đầu câu, đã đọc là Chưa");
        });
        assertThat(findings).filteredOn(f -> f.file().equals(SEED) && f.rule().equals("PHASE_CURRENT_YEAR_FAR"))
                .first().satisfies(f -> assertThat(f.message()).contains("«100»", "«61,96»",
                        "Phân kỳ năm 2022 là năm của hiện trạng (nhận ra từ bảng: hiện trạng bằng phân kỳ năm 2022 ở 4 dòng)"));
        assertThat(findings.stream().filter(f -> f.rule().equals("MISSING_SUBMISSION") && f.unitCode().equals("87715009"))
                .findFirst().orElseThrow()).satisfies(f -> {
            assertThat(f.message()).contains("Trường Tiểu học Bến Đình");
        });
        assertThat(find("LongKhanh_co_mat_khau.xlsx", "FILE_ENCRYPTED").message()).contains("mật khẩu");
    }

    private static Finding find(String file, String rule) {
        return findings.stream().filter(f -> f.file().equals(file) && f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + file));
    }
}
