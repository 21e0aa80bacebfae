package vn.tonghop.kind.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.implementation.consolidation.NodeProgress;
import vn.tonghop.kind.implementation.consolidation.OpenWork;
import vn.tonghop.kind.implementation.consolidation.ProgressConsolidation;
import vn.tonghop.kind.implementation.consolidation.UnitReport;
import vn.tonghop.kind.implementation.reading.ReportScanner;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.kind.implementation.report.ProgressSheets;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.samples.ImplementationReportSamples;

/**
 * The reports up the tree: per node the plan rows of its schools' reports by where they stand, each row
 * once, and the rows not done with the schools' reasons; written as the kind's two sheets of summary.xlsx,
 * printable on landscape A4.
 */
class ProgressConsolidationTest {

    @TempDir
    Path dir;

    static ReportTable table(Workbook wb, CriteriaReference reference, String unit, UnitRegistry registry) {
        SheetGrid grid = SheetGrid.of(wb.getSheetAt(0), new DataFormatter(), new SheetGrid.WorkbookBudget());
        return new ReportScanner(reference.catalogueFor(registry.find(unit), null)).scan(grid).get(0);
    }

    static Map<String, UnitReport> reports(UnitRegistry registry) throws Exception {
        CriteriaReference reference = CriteriaReference.load(Path.of("jobs/so-dong-thap/tu-danh-gia"), registry);
        Map<String, UnitReport> byUnit = new LinkedHashMap<>();
        try (Workbook seed = ImplementationReportSamples.seed(); Workbook phuLoc = ImplementationReportSamples.phuLoc()) {
            byUnit.put("87612998", new UnitReport("87612998", "87612998_bao_cao.xlsx",
                    table(seed, reference, "87612998", registry)));
            byUnit.put("87715001", new UnitReport("87715001", ImplementationReportSamples.PHU_LOC_FILE,
                    table(phuLoc, reference, "87715001", registry)));
        }
        return byUnit;
    }

    @Test
    void eachNodeCountsItsSchoolsPlanRowsOnceByWhereTheyStand() throws Exception {
        UnitRegistry registry = ImplementationReportKindTest.registry();

        List<NodeProgress> nodes = new ProgressConsolidation(registry).consolidate("SGD-DT", reports(registry));

        assertThat(nodes).extracting(NodeProgress::nodeCode, n -> n.expected().size(), n -> n.reported().size(),
                NodeProgress::total, n -> n.count(Progress.DONE), n -> n.count(Progress.UNDER_WAY),
                n -> n.count(Progress.NOT_STARTED), n -> n.count(Progress.UNCLEAR)).containsExactly(
                // Tân Hồng: Tân Thành B2, the registry's THCS Tân Hộ Cơ and the test's invented THCS 87612998
                tuple("SGD-DT", 16, 2, 15, 7, 3, 0, 5),
                tuple("PGD-TH", 3, 1, 10, 5, 2, 0, 3),
                tuple("PGD-ST", 13, 1, 5, 2, 1, 0, 2));
        assertThat(nodes.get(0).periods()).containsExactly("2022-2023", "2023-2024");
        assertThat(nodes.get(2).share(Progress.DONE)).isEqualTo(40.0);
    }

    @Test
    void theRowsNotDoneAreListedWithTheSchoolsReasons() throws Exception {
        UnitRegistry registry = ImplementationReportKindTest.registry();

        List<OpenWork> open = ProgressConsolidation.openWork(reports(registry).values());

        assertThat(open).extracting(OpenWork::unitCode, OpenWork::criterion, OpenWork::progress, OpenWork::sheet,
                        OpenWork::cell)
                .containsExactly(
                        tuple("87612998", "1.4", Progress.UNDER_WAY, "Báo cáo", "F11"),
                        tuple("87612998", "2.1", Progress.UNDER_WAY, "Báo cáo", "F18"),
                        tuple("87612998", "3.2", Progress.UNCLEAR, "Báo cáo", "E22"),
                        tuple("87612998", "3.3", Progress.UNCLEAR, "Báo cáo", "E23"),
                        tuple("87612998", "3.6", Progress.UNCLEAR, "Báo cáo", "E26"),
                        tuple("87715001", "2.2", Progress.UNDER_WAY, "BC thực hiện KH", "F12"),
                        tuple("87715001", "3.3", Progress.UNCLEAR, "BC thực hiện KH", "E16"),
                        tuple("87715001", "5.2", Progress.UNCLEAR, "BC thực hiện KH", "E20"));
        assertThat(open.get(5).reason()).isEqualTo("02 giáo viên đang học năm thứ hai, dự kiến tốt nghiệp tháng 6/2025; "
                + "chậm so với kế hoạch do lớp học khai giảng muộn.");
        assertThat(open.get(2).reason()).endsWith("chưa thực hiện kế hoạch xây dựng.");
        assertThat(open.get(7).reason()).isEmpty();
    }

    @Test
    void theSheetsSayWhatTheyCountAndPrintOnLandscapeA4() throws Exception {
        UnitRegistry registry = ImplementationReportKindTest.registry();
        Map<String, UnitReport> reports = reports(registry);
        List<NodeProgress> nodes = new ProgressConsolidation(registry).consolidate("SGD-DT", reports);
        Path file = dir.resolve("summary.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            ProgressSheets.write(wb, new ReportStyles(wb), nodes, ProgressConsolidation.openWork(reports.values()),
                    registry::find);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet progress = wb.getSheet(ProgressSheets.PROGRESS);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(progress.getRow(0).getCell(7))).isEqualTo("Đã triển khai xong");
            assertThat(f.formatCellValue(progress.getRow(3).getCell(1))).isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà");
            assertThat(progress.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(40.0);
            assertThat(progress.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(15.0);
            assertThat(progress.getPrintSetup().getLandscape()).isTrue();
            assertThat(progress.getRepeatingRows()).isNotNull();
            Sheet reasons = wb.getSheet(ProgressSheets.REASONS);
            assertThat(reasons.getLastRowNum()).isGreaterThanOrEqualTo(8);
            assertThat(f.formatCellValue(reasons.getRow(6).getCell(0))).isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà");
            assertThat(f.formatCellValue(reasons.getRow(8).getCell(6))).isEqualTo("(không ghi lý do)");
            assertThat(reasons.getPrintSetup().getLandscape()).isTrue();
        }
        if (System.getProperty("render.to") != null) {
            Files.copy(file, Path.of(System.getProperty("render.to")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
