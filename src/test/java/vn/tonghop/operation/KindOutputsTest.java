package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.selfassessment.SeedSelfAssessmentGrid;

/**
 * The outputs ask each kind the office collects for its part, and name none: with the sample office's
 * kinds (phasing table, self-assessment), one run's summary holds both kinds' sheets between the shared
 * ones, «Chưa nộp» says which document each unit still owes, facts.csv says which kind each fact belongs
 * to and names criteria as their catalogue does, each district gets its own summary to forward, and a
 * school that sent each kind in a file of its own gets a marked-up copy of each.
 */
class KindOutputsTest {

    @TempDir
    Path root;

    @Test
    void eachKindWritesItsPartOfTheSummaryAndEachDistrictGetsItsOwn() throws IOException {
        Office office = new Office(root);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        office.deliver("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx");
        office.deliver("TH_HoaAn_phan_ky_chi_tieu.xlsx");
        office.deliver(selfAssessment("Trường Tiểu học Phú Lộc"), "PhuLoc_tu_danh_gia.xlsx");
        office.deliver(selfAssessment("Trường Tiểu học Tân Thành B2"), "TanThanhB2_tu_danh_gia.xlsx");

        assertThat(office.run()).isZero();

        Path folder = office.lastRunFolder();
        try (Workbook wb = WorkbookFactory.create(folder.resolve("summary.xlsx").toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("Thông tin", "Theo huyện", "Cấp tỉnh", "Cấp huyện",
                    "Đơn vị × chỉ tiêu", "TĐG – Mức đạt", "TĐG – Tiêu chí", "Chưa nộp");
            Sheet info = wb.getSheet("Thông tin");
            assertThat(column(info, 0)).contains("Bảng phân kỳ thực hiện chỉ tiêu", "Tổng hợp kết quả tự đánh giá");
            Sheet missing = wb.getSheet("Chưa nộp");
            assertThat(text(missing.getRow(0), 5)).isEqualTo("Chưa nộp");
            // Hòa An sent its table only; Bình Minh sent nothing; Phú Lộc and Tân Thành B2 sent their table and
            // self-assessment, not their improvement plan nor their report on it (the office's third and fourth kinds)
            String plan = "Kế hoạch cải tiến chất lượng; Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng";
            assertThat(rows(missing)).contains("87715006|Tổng hợp kết quả tự đánh giá; " + plan,
                    "87715002|Bảng phân kỳ thực hiện chỉ tiêu; Tổng hợp kết quả tự đánh giá; " + plan,
                    "87715001|" + plan, "87612405|" + plan);
        }

        List<CSVRecord> facts = Office.csv(folder.resolve("facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("unit_code").equals("87715001"))
                .extracting(f -> f.get("document")).containsOnly("phasing", "self_assessment");
        assertThat(facts).filteredOn(f -> f.get("document").equals("self_assessment") && f.get("unit_code").equals("87715001")
                        && f.get("indicator_code").equals("1.1") && f.get("measure").equals("level"))
                .singleElement().extracting(f -> f.get("indicator_name")).asString().isNotBlank()
                .isNotEqualTo("1.1");

        // Tân Thành B2 sent two files, both with something to fix: a marked-up copy of each
        try (Stream<Path> feedback = Files.list(folder.resolve("gop-y"))) {
            assertThat(feedback.map(p -> p.getFileName().toString())).contains(
                    "87612405_gop-y_TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx",
                    "87612405_gop-y_TanThanhB2_tu_danh_gia.xlsx", "87715001_gop-y_PhuLoc_tu_danh_gia.xlsx");
        }

        // Sông Trà's own summary: its schools only, the two kinds' sheets too
        Path songTra;
        try (Stream<Path> districts = Files.list(folder.resolve("theo-huyen"))) {
            songTra = districts.filter(p -> p.getFileName().toString().startsWith("PGD-ST")).findFirst().orElseThrow();
        }
        try (Workbook wb = WorkbookFactory.create(songTra.resolve("summary.xlsx").toFile(), null, true)) {
            Sheet info = wb.getSheet("Thông tin");
            assertThat(column(info, 1)).contains("Phòng Giáo dục và Đào tạo huyện Sông Trà (PGD-ST)");
            assertThat(wb.getSheet("Cấp huyện")).isNotNull();
            assertThat(wb.getSheet("TĐG – Mức đạt")).isNotNull();
            assertThat(rows(wb.getSheet("Chưa nộp"))).noneMatch(r -> r.startsWith("87612405|"))
                    .contains("87715001|Kế hoạch cải tiến chất lượng; Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng")
                    .anyMatch(r -> r.startsWith("87715002|"));
        }
    }

    private Path selfAssessment(String school) throws IOException {
        Path file = Files.createTempFile(root, "sa", ".xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Tự đánh giá");
            SeedSelfAssessmentGrid.write(sheet);
            sheet.getRow(0).createCell(3).setCellValue(school);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private static String text(Row row, int col) {
        return row == null ? "" : FORMAT.formatCellValue(row.getCell(col));
    }

    private static List<String> column(Sheet sh, int col) {
        List<String> out = new ArrayList<>();
        sh.forEach(r -> out.add(text(r, col)));
        return out;
    }

    /** Each row as its code and its last column. */
    private static List<String> rows(Sheet sh) {
        List<String> out = new ArrayList<>();
        for (Row r : sh) {
            if (r.getRowNum() > 0) {
                out.add(text(r, 0) + "|" + text(r, Math.max(0, r.getLastCellNum() - 1)));
            }
        }
        return out;
    }
}
