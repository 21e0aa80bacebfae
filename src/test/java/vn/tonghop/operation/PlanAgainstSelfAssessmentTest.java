package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PLAN_LEVEL_BELOW_SELF_ASSESSMENT through a run: THCS Phú Mỹ's self-assessment (the seed's grid: 1.4 at
 * Mức 2, 2.3 and 5.6 at Mức 1) and its improvement plan arrive; the plan's 1.4 aims at Mức 1, below the
 * level the school already assessed, and is found at its cell, read from both documents as stored. The
 * plan's other rows keep or raise their level; Phú Lộc's plan, without a self-assessment, is not held
 * against anything.
 */
class PlanAgainstSelfAssessmentTest {

    @TempDir
    Path root;

    @Test
    void aPlanLevelBelowTheSchoolsSelfAssessedLevelIsFoundAtItsCell() throws IOException {
        Office office = new Office(root);
        office.deliver("THCS_PhuMy_tu_danh_gia.xlsx");
        office.deliver("PhuLoc_ke_hoach_cai_tien.xlsx");
        office.deliver(planOfPhuMy(), "THCS_PhuMy_ke_hoach_cai_tien.xlsx");

        assertThat(office.run()).isZero();

        List<CSVRecord> lines = Office.csv(office.lastRunFolder().resolve("discrepancies.csv"));
        assertThat(lines).filteredOn(l -> l.get("rule").equals("PLAN_LEVEL_BELOW_SELF_ASSESSMENT"))
                .extracting(l -> l.get("file"), l -> l.get("unit_code"), l -> l.get("sheet"), l -> l.get("cell"),
                        l -> l.get("severity"), l -> l.get("raw"), l -> l.get("message"))
                .containsExactly(tuple("THCS_PhuMy_ke_hoach_cai_tien.xlsx", "87715011", "KH cải tiến", "B5",
                        "WARNING", "Mức 1", "Tiêu chí 1.4: kế hoạch đặt kết quả cần đạt «Mức 1» (Mức 1) nhưng trường "
                                + "đã tự đánh giá tiêu chí này đạt Mức 2 (tệp «THCS_PhuMy_tu_danh_gia.xlsx»). Kế hoạch "
                                + "cải tiến giữ hoặc nâng mức đã đạt: sửa mức cần đạt, hoặc xem lại bảng tự đánh giá."));
    }

    @Test
    void theOfficeSetsTheChecksSeverity() throws IOException {
        Office office = new Office(root);
        office.deliver("THCS_PhuMy_tu_danh_gia.xlsx");
        office.deliver(planOfPhuMy(), "THCS_PhuMy_ke_hoach_cai_tien.xlsx");

        assertThat(office.run("--tonghop.validation.severity.PLAN_LEVEL_BELOW_SELF_ASSESSMENT=error")).isZero();

        assertThat(Office.csv(office.lastRunFolder().resolve("discrepancies.csv")))
                .filteredOn(l -> l.get("rule").equals("PLAN_LEVEL_BELOW_SELF_ASSESSMENT"))
                .extracting(l -> l.get("cell"), l -> l.get("severity")).containsExactly(tuple("B5", "ERROR"));
    }

    /** Phú Mỹ's plan for 2024–2025: 1.4 below its self-assessed Mức 2, 2.3 and 5.6 raised from Mức 1. */
    private Path planOfPhuMy() throws IOException {
        String[][] rows = {
                {"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024 - 2025"},
                {"Trường THCS Phú Mỹ"},
                {""},
                {"Tiêu chuẩn, tiêu chí", "Mức cần đạt", "Nhiệm vụ, giải pháp", "Người chủ trì", "Thời gian",
                        "Dự kiến kinh phí"},
                {"Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "Mức 1",
                        "Sinh hoạt chuyên môn theo nghiên cứu bài học", "Hiệu trưởng", "9/2024 - 5/2025", "Không"},
                {"Tiêu chí 2.3: Đối với nhân viên", "Mức 2", "Cử nhân viên thư viện đi bồi dưỡng", "Phó Hiệu trưởng",
                        "Học kỳ I", "5 triệu đồng"},
                {"Tiêu chí 5.6: Kết quả giáo dục", "Mức 2", "Phụ đạo học sinh yếu, bồi dưỡng học sinh giỏi",
                        "Tổ trưởng chuyên môn", "Năm học 2024-2025", "Nguồn kinh phí ngành"},
        };
        Path file = Files.createTempFile(root, "plan", ".xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("KH cải tiến");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
