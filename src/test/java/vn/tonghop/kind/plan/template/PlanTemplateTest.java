package vn.tonghop.kind.plan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.plan.PlanKind;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.template.TemplateSettings;

/**
 * An improvement plan template for a lower-secondary school of the sample office: generated for the school
 * year about to run, filled as a clerk would with POI (one lead left blank), read back by the kind's reader:
 * the plan's year, number and date, each criterion's row, the budget and staff asked for, the finding.
 */
class PlanTemplateTest {

    static final Path FOLDER = Path.of("jobs/so-dong-thap/tu-danh-gia");
    static final String PHU_MY = "87715011";

    @TempDir
    Path dir;

    final UnitRegistry registry = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final PlanTemplate template = new PlanTemplate(CriteriaReference.load(FOLDER, registry),
            new TemplateSettings(2022, 2025, "9/2023", "2026.1", "", null), clock, OutputFiles.DEFAULT);

    /** Row (0-based) of each criterion by the code its label starts with. */
    static Map<String, Integer> rowsByCode(XSSFSheet s) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Row row : s) {
            Cell b = row.getCell(1);
            if (b != null && b.getStringCellValue().startsWith("Tiêu chí ")) {
                rows.put(b.getStringCellValue().replaceFirst("^Tiêu chí (\\d+\\.\\d+):.*", "$1"), row.getRowNum());
            }
        }
        return rows;
    }

    @Test
    void aFilledPlanTemplateIsReadBackByTheKindsReader() throws Exception {
        Unit school = registry.find(PHU_MY);
        var made = template.writeInto(school, registry.find("PGD-ST"), dir);
        assertThat(made.file().getFileName().toString()).isEqualTo("87715011_Truong_THCS_Phu_My_ke_hoach_cai_tien_2026-2027.xlsx");
        assertThat(template.writeInto(registry.find("PGD-ST"), null, dir)).isNull();
        Map<String, Integer> rows;
        try (InputStream in = Files.newInputStream(made.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(PlanTemplate.SHEET);
            rows = rowsByCode(s);
            assertThat(rows).hasSize(28);
            assertThat(s.getRow(rows.get("1.1")).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(rows.get("1.1")).getCell(PlanTemplate.TASK).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("7:7");
            s.getRow(3).getCell(2).setCellValue("125/KH-THCSPM");
            s.getRow(3).getCell(4).setCellValue("15/09/2026");
            rows.forEach((code, r) -> {
                Row row = s.getRow(r);
                row.getCell(PlanTemplate.LEVEL).setCellValue("Đạt Mức 2");
                row.getCell(PlanTemplate.TASK).setCellValue("Rà soát, bổ sung hồ sơ tiêu chí " + code + ".");
                row.getCell(PlanTemplate.LEAD).setCellValue("Hiệu trưởng; phối hợp: tổ chuyên môn");
                row.getCell(PlanTemplate.TIMING).setCellValue("9/2026 – 5/2027");
                row.getCell(PlanTemplate.BUDGET).setCellValue("Không");
            });
            Row first = s.getRow(rows.get("1.1"));
            first.getCell(PlanTemplate.LEVEL).setCellValue("Đạt Mức 3");
            first.getCell(PlanTemplate.TASK).setCellValue("Xây dựng chiến lược giai đoạn mới.\nXin thêm biên chế 02 giáo viên.");
            first.getCell(PlanTemplate.BUDGET).setCellValue("50 triệu đồng");
            first.getCell(PlanTemplate.SUPPORT).setCellValue("Kinh phí của địa phương");
            s.getRow(rows.get("5.6")).getCell(PlanTemplate.LEAD).setBlank();
            try (OutputStream out = Files.newOutputStream(made.file())) {
                wb.write(out);
            }
        }

        PlanKind kind = new PlanKind(new CriteriaSettings(FOLDER), registry);
        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(made.file());

        assertThat(docs).extracting(Submission::kind, Submission::outcome, Submission::unitCode, Submission::templateVersion)
                .containsExactly(tuple("plan", FileOutcome.READ, PHU_MY, "2026.1"));
        Submission plan = docs.get(0);
        assertThat(plan.facts()).filteredOn(f -> f.indicatorCode() == null && !f.measure().code().equals("plan_standard"))
                .extracting(f -> f.measure().code(), f -> f.value().raw(), f -> f.ref()).containsExactly(
                        tuple("plan_year", "Năm học 2026-2027", "A2"),
                        tuple("plan_number", "125/KH-THCSPM", "B4"),
                        tuple("plan_date", "2026-09-15", "B4"));
        assertThat(plan.facts()).filteredOn(f -> f.measure().code().equals("plan_criterion")).extracting(f -> f.indicatorCode())
                .hasSize(28).startsWith("1.1", "1.2").endsWith("5.6");
        assertThat(plan.facts()).filteredOn(f -> "1.1".equals(f.indicatorCode()) && f.value().number() != null)
                .extracting(f -> f.measure().code(), f -> f.value().number().longValue()).containsExactlyInAnyOrder(
                        tuple("plan_level", 3L), tuple("plan_budget", 50_000_000L), tuple("plan_staff", 2L));
        List<Finding> findings = kind.check(plan, null);
        assertThat(findings).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("PLAN_ROW_INCOMPLETE", "E" + (rows.get("5.6") + 1)));
    }
}
