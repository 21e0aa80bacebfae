package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample office run on every sample workbook: the summary's "Theo huyện" sheet has one line per
 * district of the registry with counts that add up to what the run reports.
 */
class DistrictOverviewTest {

    @TempDir
    Path tmp;

    @Test
    void summaryHasOneLinePerDistrictOfTheSampleOffice() throws IOException {
        Office office = new Office(tmp);
        try (Stream<Path> s = Files.list(Office.SAMPLES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted()
                    .toList()) {
                office.deliver(p.getFileName().toString());
            }
        }
        assertThat(office.run()).isZero();
        Path folder = office.lastRunFolder();

        List<List<String>> lines = sheet(folder.resolve("summary.xlsx"), "Theo huyện");
        assertThat(lines).containsExactly(
                List.of("Mã", "Đơn vị", "Số đơn vị phải báo cáo", "Số đơn vị đã báo cáo", "Số đơn vị chưa nộp",
                        "Số tệp không dùng được", "Số lỗi", "Số cảnh báo", "Số tệp không tạo được góp ý"),
                // Tân Thành B2: read, the seed's own 9 errors and 10 warnings; Tân Hộ Cơ (THCS) sent seed 003's
                // implementation report only: expected and missing here (the phasing tables), its report's 5
                // warnings counted (number and date blank, 3.2, 3.3, 3.6 contradicting themselves)
                List.of("PGD-TH", "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "2", "1", "1", "0", "9", "15", "0"),
                // Bến Đình sends nothing; Bình Minh's truncated copy and Long Khánh's encrypted copy cannot
                // be used (Phú Lộc's improvement plan is read as a plan: its 3 errors counted); An Hòa 2 errors, Tân Phú A 1, Long Khánh 1 and
                // 1 warning, Hòa An 1 and 1, Mỹ Xuân 1 warning; five copies of a district figure that are
                // not Sông Trà's (An Hòa, Long Khánh, Mỹ Xuân, Vĩnh Xuân, Bình Minh: COPIED_FIGURE_DIFFERS).
                // Phú Mỹ and Tân Long (THCS) sent their self-assessment only: expected and missing here
                // (this line counts the phasing tables), their self-assessments' 5 errors and 2 warnings
                // counted with the consolidated versions' findings; Phú Lộc's implementation report its 6
                // warnings (3 of its own, 3 against its plan of 2023-2024)
                List.of("PGD-ST", "Phòng Giáo dục và Đào tạo huyện Sông Trà", "13", "9", "4", "2", "18", "23", "0"),
                // Hồng Ngự 9 is in no district of the registry
                List.of("", "Chưa xác định được đơn vị", "0", "0", "0", "1", "0", "0", "0"));
        // the lines add up to the discrepancy report: each error on its line, each unusable file once
        List<CSVRecord> report = Office.csv(folder.resolve("discrepancies.csv"));
        long errors = report.stream().filter(r -> r.get(7).equals("ERROR")).count();
        long warningsOnFiles = report.stream().filter(r -> r.get(7).equals("WARNING") && !r.get(0).isEmpty()).count();
        assertThat(errors).isEqualTo(9 + 18 + 3); // the two districts' lines and the three unusable files
        assertThat(warningsOnFiles).isEqualTo(15 + 23); // the two districts' lines
        assertThat(sheet(folder.resolve("summary.xlsx"), "Thông tin")).anyMatch(l -> l.get(0).equals("Theo huyện"));

        // per district, a folder with its own schools' lines to forward: 24 for Tân Hồng (Tân Thành B2's 19,
        // Tân Hộ Cơ's report's 5), 32 for Sông Trà (its 9 errors and 8 warnings above, Bến Đình's missing
        // submission, the self-assessments' 5 errors and 2 warnings; the plan's 3 errors instead of its
        // FILE_NO_TABLE; Phú Lộc's report's 6 warnings)
        Path districts = folder.resolve("theo-huyen");
        try (Stream<Path> s = Files.list(districts)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "PGD-ST_Phòng Giáo dục và Đào tạo huyện Sông Trà", "PGD-TH_Phòng Giáo dục và Đào tạo huyện Tân Hồng");
        }
        List<List<String>> tanHong = sheet(districts.resolve("PGD-TH_Phòng Giáo dục và Đào tạo huyện Tân Hồng")
                .resolve("discrepancies.xlsx"), "Sai lệch");
        List<List<String>> songTra = sheet(districts.resolve("PGD-ST_Phòng Giáo dục và Đào tạo huyện Sông Trà")
                .resolve("discrepancies.xlsx"), "Sai lệch");
        assertThat(tanHong).hasSize(1 + 24);
        assertThat(tanHong.subList(1, tanHong.size())).allSatisfy(l -> assertThat(l.subList(1, 4)).isIn(
                List.of("87612405", "Trường Tiểu học Tân Thành B2", "Phòng Giáo dục và Đào tạo huyện Tân Hồng"),
                List.of("87612406", "Trường THCS Tân Hộ Cơ", "Phòng Giáo dục và Đào tạo huyện Tân Hồng")));
        assertThat(tanHong).filteredOn(l -> l.get(1).equals("87612406")).hasSize(5);
        assertThat(songTra).hasSize(1 + 44); // with the five self-assessments of the other school levels
        assertThat(songTra.subList(1, songTra.size())).allSatisfy(l -> assertThat(l.get(3))
                .isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà"));
        assertThat(songTra).anyMatch(l -> l.get(0).equals("LongKhanh_co_mat_khau.xlsx"))
                .anyMatch(l -> l.get(1).equals("87715009") && l.get(6).equals("MISSING_SUBMISSION"))
                .noneMatch(l -> l.get(0).equals("TH_HongNgu9_phan_ky.xlsx"));
        assertThat(report).hasSize(1 + 24 + 44); // Hồng Ngự 9's line is the run's only line outside both
    }

    static List<List<String>> sheet(Path workbook, String name) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheet(name);
            assertThat(sh).as(name).isNotNull();
            for (Row row : sh) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
