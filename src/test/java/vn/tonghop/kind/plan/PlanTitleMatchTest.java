package vn.tonghop.kind.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaSettings;

/**
 * A plan row that names its criterion by title only is matched against the school's catalogue in either
 * wording the catalogue knows (the circular's title, or the shorter one schools write: an alias).
 */
class PlanTitleMatchTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");

    @TempDir
    Path dir;

    @Test
    void aCriterionNamedByItsTitleInEitherWordingIsMatched() throws Exception {
        String[][] rows = {
                {"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024 - 2025"},
                {"Trường THCS Phú Mỹ"},
                {""},
                {"Tiêu chuẩn, tiêu chí", "Mức cần đạt", "Nhiệm vụ, giải pháp", "Người chủ trì", "Thời gian",
                        "Dự kiến kinh phí"},
                {"Phương hướng, chiến lược xây dựng và phát triển nhà trường", "Mức 3", "Rà soát kế hoạch chiến lược",
                        "Hiệu trưởng", "Năm học 2024-2025", "Không"},
                {"Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn, tổ văn phòng", "Mức 2", "Sinh hoạt chuyên môn",
                        "Phó Hiệu trưởng", "Năm học 2024-2025", "Không"},
        };
        Path file = dir.resolve("THCS_PhuMy_ke_hoach.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("KH");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        PlanKind kind = new PlanKind(new CriteriaSettings(JOB.resolve("tu-danh-gia")), registry);

        List<Submission> docs = new SubmissionReader(registry, List.of(kind), 20_000_000).readDocuments(file);

        assertThat(docs).singleElement().extracting(Submission::unitCode).isEqualTo("87715011");
        assertThat(PlanFacts.table(docs.get(0).facts()).rows()).extracting(PlanRow::code).containsExactly("1.1", "1.4");
        assertThat(kind.check(docs.get(0), null)).isEmpty();
    }
}
