package vn.tonghop.kind.implementation.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.implementation.ImplementationReportKind;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.template.TemplateSettings;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * An implementation report template for a lower-secondary school of the sample office: pre-filled with the
 * school's plan of the running school year as the store gives it back (its facts), filled as a clerk would
 * with POI, and read back by the kind's reader: the year, the report's number and date, the plan's criteria
 * and what they planned, the results; without a plan of that year, every criterion and the blanks named.
 */
class ReportTemplateTest {

    static final Path FOLDER = Path.of("jobs/so-dong-thap/tu-danh-gia");
    static final String PHU_MY = "87715011";

    @TempDir
    Path dir;

    final UnitRegistry registry = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final ReportTemplate template = new ReportTemplate(CriteriaReference.load(FOLDER, registry),
            new TemplateSettings(2022, 2025, "9/2023", "2026.1", "", null), clock, OutputFiles.DEFAULT);
    final ImplementationReportKind kind = new ImplementationReportKind(new CriteriaSettings(FOLDER), registry);

    /** Phú Mỹ's plan of 2026-2027 as stored: two rows for 1.4, one for 3.2. */
    static PlanOfTheYear plan(int year) {
        return PlanOfTheYear.of("PhuMy_ke_hoach_" + year + ".xlsx", List.of(
                fact(null, MeasureKind.PLAN_YEAR, new ParsedValue("Năm học " + year + "-" + (year + 1), ValueKind.NUMBER,
                        BigDecimal.valueOf(year), null, null, null, null, Set.of()), "A2"),
                fact("1.4", MeasureKind.PLAN_CRITERION, text("Tiêu chí 1.4"), "B10"),
                fact("1.4", MeasureKind.PLAN_LEVEL, text("Đạt Mức 2"), "C10"),
                fact("1.4", MeasureKind.PLAN_TASK, text("Bồi dưỡng tổ trưởng chuyên môn."), "D10"),
                fact("1.4", MeasureKind.PLAN_CRITERION, text("Tiêu chí 1.4"), "B11"),
                fact("1.4", MeasureKind.PLAN_TASK, text("Kiện toàn tổ văn phòng."), "D11"),
                fact("3.2", MeasureKind.PLAN_CRITERION, text("Tiêu chí 3.2"), "B14"),
                fact("3.2", MeasureKind.PLAN_LEVEL, text("Đạt Mức 3"), "C14"),
                fact("3.2", MeasureKind.PLAN_TASK, text("Sửa chữa 04 phòng học."), "D14")));
    }

    static Fact fact(String code, MeasureKind kind, ParsedValue value, String cell) {
        return new Fact(PHU_MY, code, code == null ? "" : "Tiêu chí " + code, Measure.of(kind), value, "'KH'!" + cell);
    }

    static ParsedValue text(String s) {
        return new ParsedValue(s, ValueKind.TEXT, null, null, null, null, null, Set.of());
    }

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
    void aReportPrefilledWithThePlanOfTheYearIsReadBackByTheKindsReader() throws Exception {
        Unit school = registry.find(PHU_MY);
        var made = template.writeInto(school, registry.find("PGD-ST"), plan(2026), dir);
        assertThat(made.kind()).isEqualTo("implementation_report");
        assertThat(made.file().getFileName().toString())
                .isEqualTo("87715011_Truong_THCS_Phu_My_bao_cao_thuc_hien_2026-2027.xlsx");
        Map<String, Integer> rows;
        try (InputStream in = Files.newInputStream(made.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(ReportTemplate.SHEET);
            rows = rowsByCode(s);
            assertThat(rows.keySet()).containsExactly("1.4", "3.2");
            Cell planned = s.getRow(rows.get("1.4")).getCell(ReportTemplate.PLAN_MADE);
            assertThat(planned.getStringCellValue()).isEqualTo("Đạt Mức 2: Bồi dưỡng tổ trưởng chuyên môn.\nKiện toàn tổ văn phòng.");
            assertThat(planned.getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(rows.get("1.4")).getCell(ReportTemplate.DONE).getCellStyle().getLocked()).isFalse();
            s.getRow(3).getCell(ReportTemplate.PLAN_MADE).setCellValue("45/BC-THCSPM");
            s.getRow(3).getCell(ReportTemplate.DONE).setCellValue("25/05/2027");
            Row a = s.getRow(rows.get("1.4"));
            a.getCell(ReportTemplate.DONE).setCellValue("Đã bồi dưỡng 04 tổ trưởng; đã kiện toàn tổ văn phòng.");
            a.getCell(ReportTemplate.UNDER_WAY).setCellValue("Không có");
            a.getCell(ReportTemplate.NOT_STARTED).setCellValue("Không có");
            Row b = s.getRow(rows.get("3.2"));
            b.getCell(ReportTemplate.DONE).setCellValue("Không có");
            b.getCell(ReportTemplate.UNDER_WAY).setCellValue("Đang sửa chữa 02 phòng học, chậm do kinh phí cấp muộn.");
            b.getCell(ReportTemplate.NOT_STARTED).setCellValue("02 phòng học chưa sửa, chờ kinh phí năm sau.");
            try (OutputStream out = Files.newOutputStream(made.file())) {
                wb.write(out);
            }
        }

        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(made.file());

        assertThat(docs).extracting(Submission::kind, Submission::outcome, Submission::unitCode, Submission::period,
                Submission::templateVersion).containsExactly(
                tuple("implementation_report", FileOutcome.READ, PHU_MY, "2026-2027", "2026.1"));
        Submission report = docs.get(0);
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("report_row")).extracting(Fact::indicatorCode)
                .containsExactly("1.4", "3.2");
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("plan_made") && "1.4".equals(f.indicatorCode()))
                .extracting(f -> f.value().raw()).containsExactly("Đạt Mức 2: Bồi dưỡng tổ trưởng chuyên môn.\nKiện toàn tổ văn phòng.");
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("report_number") || f.measure().code().equals("report_date"))
                .extracting(f -> f.measure().code(), f -> f.value().raw(), f -> f.ref()).containsExactly(
                        tuple("report_number", "45/BC-THCSPM", "C4"), tuple("report_date", "25/05/2027", "E4"));
        assertThat(kind.check(report, null)).isEmpty();
    }

    @Test
    void withoutThePlanOfTheYearEveryCriterionIsListedAndABlankNumberIsNamedAtItsCell() throws Exception {
        var made = template.writeInto(registry.find(PHU_MY), null, plan(2025), dir); // last year's plan: not this report's

        Map<String, Integer> rows;
        try (InputStream in = Files.newInputStream(made.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(ReportTemplate.SHEET);
            rows = rowsByCode(s);
            assertThat(rows).hasSize(28);
            assertThat(s.getRow(rows.get("1.4")).getCell(ReportTemplate.PLAN_MADE).getCellStyle().getLocked()).isFalse();
        }
        Submission report = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(made.file()).get(0);
        assertThat(kind.check(report, null)).filteredOn(f -> f.rule().startsWith("REPORT_NUMBER") || f.rule().startsWith("REPORT_DATE"))
                .extracting(Finding::rule, Finding::cell).containsExactly(
                        tuple("REPORT_NUMBER_MISSING", "C4"), tuple("REPORT_DATE_MISSING", "E4"));
        assertThat(template.writeInto(registry.find("PGD-ST"), null, null, dir)).isNull();
    }
}
