package vn.tonghop.kind.selfassessment.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentReference;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.template.TemplateSettings;

/**
 * A self-assessment template for a lower-secondary school of the sample office: generated, filled as a
 * clerk would with POI (two planted mistakes), computed as Excel computes it, and read back by the kind's
 * own reader: every criterion's level, the stated conclusion, and the findings.
 */
class SelfAssessmentTemplateTest {

    static final Path FOLDER = Path.of("jobs/so-dong-thap/tu-danh-gia");
    static final String PHU_MY = "87715011";

    @TempDir
    Path dir;

    final UnitRegistry registry = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));
    final SelfAssessmentReference reference = SelfAssessmentReference.load(FOLDER, registry);
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final SelfAssessmentTemplate template = new SelfAssessmentTemplate(reference, new TemplateSettings(2022, 2025,
            "9/2023", "2026.1", "Phòng GD&ĐT: 0277 000 000", null), clock, OutputFiles.DEFAULT);

    Path generate() throws Exception {
        Unit school = registry.find(PHU_MY);
        Path file = dir.resolve(template.fileName(school));
        template.write(school, registry.find(school.parentCode()), file);
        return file;
    }

    /** Row (0-based) of each criterion code in column A. */
    static Map<String, Integer> rowsByCode(XSSFSheet s) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Row row : s) {
            Cell a = row.getCell(0);
            if (a != null && a.getStringCellValue().matches("\\d+\\.\\d+")) {
                rows.put(a.getStringCellValue(), row.getRowNum());
            }
        }
        return rows;
    }

    @Test
    void theSchoolsCriteriaArePrefilledLockedAndEachLevelHasADropdownWhoseArrowShows() throws Exception {
        Path file = generate();
        assertThat(file.getFileName().toString()).isEqualTo("87715011_Truong_THCS_Phu_My_tu_danh_gia.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(SelfAssessmentTemplate.SHEET);
            Map<String, Integer> rows = rowsByCode(s);
            // 18/2018 as amended in 2024 (in force on the day the template is made): 28 criteria
            assertThat(rows).hasSize(28).containsKeys("1.1", "1.10", "2.4", "3.6", "4.2", "5.6");
            DataFormatter fmt = new DataFormatter();
            assertThat(List.of(fmt.formatCellValue(s.getRow(5).getCell(2)), fmt.formatCellValue(s.getRow(5).getCell(3)),
                    fmt.formatCellValue(s.getRow(5).getCell(5)))).containsExactly("Không đạt", "Mức 1", "Mức 3");
            Row r11 = s.getRow(rows.get("1.1"));
            assertThat(r11.getCell(1).getStringCellValue()).isEqualTo("Phương hướng, chiến lược xây dựng và phát triển nhà trường");
            assertThat(r11.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(List.of(2, 3, 4, 5)).allSatisfy(c -> assertThat(r11.getCell(c).getCellStyle().getLocked()).isFalse());
            assertThat(s.getRow(rows.get("1.1") - 1).getCell(1).getStringCellValue())
                    .isEqualTo("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("5:6");
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
        String xml = sheetXml(file, 1);
        Matcher lists = Pattern.compile("<dataValidation [^>]*type=\"list\"[^>]*>").matcher(xml);
        int found = 0;
        while (lists.find()) {
            found++;
            assertThat(lists.group()).as("showDropDown=\"1\" would hide the arrow").doesNotContainPattern(
                    "showDropDown=\"(1|true)\"");
        }
        assertThat(found).as("the marks' list and the conclusion's").isEqualTo(2);
    }

    @Test
    void aFilledTemplateIsReadBackByTheKindsReaderAndItsFormulasAgreeWithIt() throws Exception {
        Path file = generate();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(SelfAssessmentTemplate.SHEET);
            Map<String, Integer> rows = rowsByCode(s);
            rows.forEach((code, r) -> {
                s.getRow(r).getCell(3).setCellValue("X"); // Mức 1
                s.getRow(r).getCell(4).setCellValue("X"); // Mức 2
            });
            Row skipped = s.getRow(rows.get("2.3")); // Mức 1 and Mức 3 without Mức 2
            skipped.getCell(4).setBlank();
            skipped.getCell(5).setCellValue("X");
            Row notMet = s.getRow(rows.get("5.6"));
            notMet.getCell(2).setCellValue("X");
            notMet.getCell(3).setBlank();
            notMet.getCell(4).setBlank();
            Row three = s.getRow(rows.get("1.1"));
            three.getCell(5).setCellValue("X");
            int conclusion = rows.get("5.6") + 2;
            assertThat(s.getRow(conclusion).getCell(0).getStringCellValue()).isEqualTo("Kết luận:");
            s.getRow(conclusion).getCell(2).setCellValue("Trường đạt Mức 2");
            XSSFFormulaEvaluator excel = wb.getCreationHelper().createFormulaEvaluator();
            excel.evaluateAll(); // as Excel does on opening and on every change, caching each result in the file

            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(three.getCell(6), excel)).isEqualTo("Mức 3");
            assertThat(fmt.formatCellValue(s.getRow(rows.get("1.2")).getCell(6), excel)).isEqualTo("Mức 2");
            assertThat(fmt.formatCellValue(skipped.getCell(6), excel)).isEqualTo(SelfAssessmentTemplate.CHECK);
            assertThat(fmt.formatCellValue(notMet.getCell(6), excel)).isEqualTo("Không đạt");
            // the office's rule (every criterion at Mức n for Mức n): 5.6 is not met, 2.3 is unclear
            assertThat(fmt.formatCellValue(s.getRow(conclusion + 1).getCell(6), excel)).isEqualTo("Chưa đạt Mức 1");
            s.getRow(rows.get("5.6")).getCell(2).setBlank();
            s.getRow(rows.get("5.6")).getCell(3).setCellValue("X");
            skipped.getCell(4).setCellValue("X");
            excel.clearAllCachedResultValues();
            excel.evaluateAll();
            assertThat(fmt.formatCellValue(s.getRow(conclusion + 1).getCell(6), excel)).isEqualTo("Mức 1");
            s.getRow(rows.get("5.6")).getCell(2).setCellValue("X"); // back to the planted mistakes
            s.getRow(rows.get("5.6")).getCell(3).setBlank();
            skipped.getCell(4).setBlank();
            excel.clearAllCachedResultValues();
            excel.evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        SelfAssessmentKind kind = new SelfAssessmentKind(new CriteriaSettings(FOLDER), registry);
        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file);

        assertThat(docs).extracting(Submission::kind, Submission::outcome, Submission::unitCode, Submission::templateVersion)
                .containsExactly(tuple("self_assessment", FileOutcome.READ, PHU_MY, "2026.1"));
        Map<String, String> levels = new LinkedHashMap<>();
        for (Fact f : docs.get(0).facts()) {
            if (f.measure().code().equals("level") && f.indicatorCode() != null) {
                levels.put(f.indicatorCode(), f.value().normalized());
            }
        }
        assertThat(levels).hasSize(28).containsEntry("1.1", "3").containsEntry("1.2", "2").containsEntry("2.3", "1")
                .containsEntry("5.6", "Không đạt");
        assertThat(docs.get(0).facts()).filteredOn(f -> f.measure().code().equals("stated_conclusion"))
                .extracting(f -> f.value().raw()).containsExactly("Kết luận: Trường đạt Mức 2");
        List<Finding> findings = kind.check(docs.get(0), null);
        assertThat(findings).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("CRITERION_LEVEL_SKIPPED", "F" + (rows(file).get("2.3") + 1)),
                tuple("CONCLUSION_MISMATCH", "A" + (rows(file).get("5.6") + 3)));
        assertThat(kind.assessment(docs.get(0)).computedLevel()).isZero();
    }

    @Test
    void aTemplateSentBackBlankAsksForEveryCriterionAndTheConclusion() throws Exception {
        Path file = generate();
        SelfAssessmentKind kind = new SelfAssessmentKind(new CriteriaSettings(FOLDER), registry);
        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file);

        assertThat(docs).extracting(Submission::outcome, Submission::unitCode).containsExactly(tuple(FileOutcome.READ, PHU_MY));
        List<Finding> findings = kind.check(docs.get(0), null);
        assertThat(findings).filteredOn(f -> f.rule().equals("CRITERION_NOT_MARKED")).hasSize(28);
        assertThat(findings).filteredOn(f -> !f.rule().equals("CRITERION_NOT_MARKED")).extracting(Finding::rule, Finding::message)
                .containsExactly(tuple("CONCLUSION_MISSING", "Không thấy dòng «Kết quả» hay «Kết luận» (ví dụ «Kết luận: "
                        + "Trường đạt Mức 1») dưới bảng tổng hợp tự đánh giá; theo các tiêu chí, trường chưa đạt Mức 1. Ghi kết "
                        + "luận mức đạt của trường ngay dưới bảng."));
    }

    @Test
    void throughTheHookEverySchoolGetsOneAndADistrictNone() throws Exception {
        SelfAssessmentKind kind = new SelfAssessmentKind(new CriteriaSettings(FOLDER), registry, null,
                new TemplateSettings(2022, 2025, "9/2023", "2026.1", "", null), OutputFiles.DEFAULT);

        var phuMy = kind.writeTemplate(registry.find(PHU_MY), dir);
        var phuLoc = kind.writeTemplate(registry.find("87715001"), dir);

        assertThat(kind.writeTemplate(registry.find("PGD-ST"), dir)).isNull();
        assertThat(phuMy.kind()).isEqualTo("self_assessment");
        assertThat(phuMy.title()).isEqualTo("Mẫu tổng hợp kết quả tự đánh giá theo Thông tư 18/2018/TT-BGDĐT (phiên bản 2026.1)");
        assertThat(phuLoc.title()).contains("17/2018/TT-BGDĐT"); // a primary school: its own circular
        assertThat(phuLoc.file()).exists();
        assertThat(rows(phuLoc.file())).hasSize(27);
    }

    static Map<String, Integer> rows(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return rowsByCode(wb.getSheet(SelfAssessmentTemplate.SHEET));
        }
    }

    static String sheetXml(Path file, int n) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + n + ".xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
