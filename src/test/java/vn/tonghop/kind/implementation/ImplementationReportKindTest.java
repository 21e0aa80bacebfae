package vn.tonghop.kind.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.samples.ImplementationReportSamples;

/**
 * The kind through the shared reading: the seed's report, sent by a lower-secondary school named in the
 * file's name, is one document of kind {@code implementation_report} for the school year 2022-2023, its
 * rows as facts, checked from the facts against the 18/2018 catalogue the school's name says.
 */
class ImplementationReportKindTest {

    @TempDir
    Path dir;

    /** The sample registry and an invented lower-secondary school (the seed's report is a THCS's). */
    static UnitRegistry registry() {
        List<Unit> units = new ArrayList<>(UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv")).units());
        units.add(new Unit("87612998", "Trường THCS Tân Thành", "truong", "PGD-TH", null, null));
        return new UnitRegistry(units);
    }

    static ImplementationReportKind kind(UnitRegistry registry) {
        return new ImplementationReportKind(new CriteriaSettings(Path.of("jobs/so-dong-thap/tu-danh-gia")), registry);
    }

    @Test
    void theSeedsReportIsOneDocumentOfItsSchoolAndYear() throws Exception {
        UnitRegistry registry = registry();
        Path file = dir.resolve("87612998_bao_cao_thuc_hien_KHCTCL.xlsx");
        try (Workbook wb = ImplementationReportSamples.seed(); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        ImplementationReportKind kind = kind(registry);
        SubmissionReader reader = new SubmissionReader(registry, List.of(kind), 20_000_000);

        List<Submission> docs = reader.readDocuments(file);

        assertThat(docs).extracting(Submission::kind, Submission::outcome, Submission::unitCode, Submission::period)
                .containsExactly(tuple("implementation_report", FileOutcome.READ, "87612998", "2022-2023"));
        Submission report = docs.get(0);
        assertThat(report.sheets()).isEqualTo(ImplementationReportSamples.SEED_SHEET);
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("report_row")).extracting(f -> f.indicatorCode())
                .containsExactly("1.4", "1.7", "2.1", "3.2", "3.3", "3.6", "4.1", "4.2", "5.4", "5.6");
        assertThat(kind.check(report, null)).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("REPORT_NUMBER_MISSING", "A5"), tuple("REPORT_DATE_MISSING", "A5"),
                tuple("REPORT_ROW_CONTRADICTORY", "E22"), tuple("REPORT_ROW_CONTRADICTORY", "E23"),
                tuple("REPORT_ROW_CONTRADICTORY", "E26"));
    }

    @Test
    void phuLocsReportIsReadWithItsLetterheadItsTitlesAndItsRepeatedHeader() throws Exception {
        UnitRegistry registry = registry();
        Path file = dir.resolve(ImplementationReportSamples.PHU_LOC_FILE);
        try (Workbook wb = ImplementationReportSamples.phuLoc(); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        ImplementationReportKind kind = kind(registry);

        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file);

        assertThat(docs).extracting(Submission::outcome, Submission::unitCode, Submission::period)
                .containsExactly(tuple(FileOutcome.READ, "87715001", "2023-2024"));
        Submission report = docs.get(0);
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("report_row"))
                .extracting(f -> f.indicatorCode(), f -> f.cell()).containsExactly(
                        tuple("1.4", "'BC thực hiện KH'!B10"), tuple("2.2", "'BC thực hiện KH'!B12"),
                        tuple("3.3", "'BC thực hiện KH'!B16"), tuple("4.1", "'BC thực hiện KH'!B18"),
                        tuple("5.2", "'BC thực hiện KH'!B20"));
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("under_way") && "2.2".equals(f.indicatorCode()))
                .extracting(f -> f.value().raw()).containsExactly("02 giáo viên đang học năm thứ hai, dự kiến tốt nghiệp "
                        + "tháng 6/2025; chậm so với kế hoạch do lớp học khai giảng muộn.");
        assertThat(report.facts()).filteredOn(f -> f.measure().code().equals("report_number"))
                .extracting(f -> f.value().raw(), f -> f.cell()).containsExactly(tuple("15/BC-THPL", "'BC thực hiện KH'!A3"));
        assertThat(kind.check(report, null)).extracting(Finding::rule, Finding::cell).containsExactly(
                tuple("REPORT_DATE_MISSING", "E3"), tuple("REPORT_ROW_CONTRADICTORY", "E16"),
                tuple("REPORT_ROW_EMPTY", "E20"));
        assertThat(kind.check(report, null).get(0).message()).isEqualTo("Chưa ghi đủ ngày của báo cáo: dòng «Phú Lộc, "
                + "ngày … tháng 5 năm 2024» ghi «ngày … tháng 5 năm 2024». Ghi đủ ngày, tháng, năm (ví dụ «ngày 25 tháng 5 "
                + "năm 2023»).");
    }

    @Test
    void aCriterionTheSchoolsCircularDoesNotHaveIsNamed() throws Exception {
        UnitRegistry registry = registry();
        Path file = dir.resolve("87612998_bao_cao.xlsx");
        try (Workbook wb = ImplementationReportSamples.seed(); OutputStream out = Files.newOutputStream(file)) {
            // 5.7: the 18/2018 circular's standard 5 ends at 5.6
            wb.getSheetAt(0).getRow(35).getCell(1).setCellValue("Tiêu chí 5.7");
            wb.write(out);
        }
        ImplementationReportKind kind = kind(registry);
        Submission report = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file).get(0);

        assertThat(kind.check(report, null)).filteredOn(f -> f.rule().equals("REPORT_CRITERION_UNKNOWN"))
                .extracting(Finding::cell, Finding::message).containsExactly(tuple("B36",
                        "Tiêu chí 5.7 không có trong bộ tiêu chí của Thông tư 18/2018/TT-BGDĐT mà trường áp dụng. Sửa lại "
                                + "mã tiêu chí cho đúng."));
    }

    @Test
    void aWorkbookWithoutAReportGridHoldsNoDocumentOfTheKind() throws Exception {
        UnitRegistry registry = registry();
        ImplementationReportKind kind = kind(registry);
        SubmissionReader reader = new SubmissionReader(registry, List.of(kind), 20_000_000);

        List<Submission> docs = reader.readDocuments(Path.of("sample-workbooks/PhuLoc_ke_hoach_cai_tien.xlsx"));

        assertThat(docs).extracting(Submission::outcome).containsExactly(FileOutcome.NO_TABLE);
        assertThat(docs.get(0).reason()).contains("«Những công việc đã triển khai xong»");
    }
}
