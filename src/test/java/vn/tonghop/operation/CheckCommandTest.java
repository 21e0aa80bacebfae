package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code check}: every sample file read and checked as a run would, its findings on the console and
 * in a discrepancy workbook, and nothing taken in: the database (every table, row for row), the archive
 * and the inbox are as they were.
 */
class CheckCommandTest {

    @TempDir
    Path tmp;

    @Test
    void checksEverySampleAndStoresNothing() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        out(() -> office.run(), 0);
        Map<String, List<Map<String, Object>>> before = database(office.jdbc());
        List<String> archived = tree(office.archive);
        List<String> inbox = tree(office.inbox);
        Path lists = tmp.resolve("ket-qua");

        String printed = out(() -> office.run("check", Office.SAMPLES.toString(), "-o", lists.toString()), 0);

        assertThat(database(office.jdbc())).as("the database, every table row for row").isEqualTo(before);
        assertThat(tree(office.archive)).isEqualTo(archived);
        assertThat(tree(office.inbox)).isEqualTo(inbox);
        assertThat(office.runFolders()).hasSize(1);

        assertThat(printed).contains("Kiểm tra 23 tệp (không nhận vào, không lưu, không gửi thư):",
                "Tổng cộng: 20/23 tệp đọc được;",
                "  ✓ TH_PhuLoc_phan_ky_chi_tieu.xlsx (87715001 Trường Tiểu học Phú Lộc) — ",
                "  ✗ LongKhanh_co_mat_khau.xlsx (87715005 Trường Tiểu học Long Khánh) — không dùng được: Tệp được "
                        + "đặt mật khẩu",
                "  ✗ TH_HongNgu9_phan_ky.xlsx — không dùng được: Không tìm thấy đơn vị «Trường Tiểu học Hồng Ngự 9»",
                "Lỗi 'Phụ lục II'!F10 [QUOTA_MISMATCH]",
                "Lỗi 'Phụ lục II'!L13 [PHASE_END_NE_TARGET]",
                "Lỗi 'Phụ lục II'!J11 [PERCENT_OUT_OF_RANGE]",
                "[INDICATOR_UNKNOWN]",
                "Lỗi 'Tự đánh giá'!E24 [CRITERION_LEVEL_SKIPPED] Tiêu chí 2.3", // the seed's self-assessment grid
                "Lỗi 'KH cải tiến'!B9 [PLAN_LEVEL_ABOVE_CIRCULAR] Tiêu chí 3.6", // Phú Lộc's improvement plan
                "Cảnh báo 'Báo cáo'!E22 [REPORT_ROW_CONTRADICTORY] Tiêu chí 3.2"); // seed 003's report
        for (String sample : samples()) {
            assertThat(printed).as(sample).contains("  " + (printed.contains("  ✓ " + sample) ? "✓ " : "✗ ") + sample);
        }

        List<Path> written = tree(lists).stream().map(lists::resolve).toList();
        assertThat(written).hasSize(1);
        assertThat(written.get(0).getFileName().toString()).startsWith("kiem-tra_").endsWith(".xlsx");
        List<String> lines = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(written.get(0).toFile(), null, true)) {
            Sheet sheet = wb.getSheet("Sai lệch");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    lines.add(row.getCell(0).getStringCellValue() + " " + row.getCell(5).getStringCellValue() + " "
                            + row.getCell(6).getStringCellValue());
                }
            }
        }
        long printedFindings = printed.lines().filter(l -> l.startsWith("      ")).count()
                + printed.lines().filter(l -> l.contains("không dùng được:")).count();
        assertThat(lines).hasSize((int) printedFindings)
                .contains("TH_AnHoa_phan_ky_chi_tieu.xlsx F10 QUOTA_MISMATCH",
                        "TH_HoaAn_phan_ky_chi_tieu.xlsx J18 PHASE_BACKWARDS",
                        "LongKhanh_co_mat_khau.xlsx  FILE_ENCRYPTED",
                        "PhuLoc_ke_hoach_cai_tien.xlsx F10 PLAN_BUDGET_UNREADABLE");
    }

    @Test
    void aFileCheckedInTheInboxLeavesNoListThere() throws Exception {
        Office office = new Office(tmp);
        Path file = office.deliver("TH_AnHoa_phan_ky_chi_tieu.xlsx");

        String printed = out(() -> office.run("check", file.toString()), 0);

        assertThat(tree(office.inbox)).containsExactly("TH_AnHoa_phan_ky_chi_tieu.xlsx");
        assertThat(printed).contains("[QUOTA_MISMATCH]", "Danh sách sai sót: "
                + office.output.toAbsolutePath().normalize().resolve("kiem-tra").resolve("kiem-tra_"));
        assertThat(tree(office.archive)).isEmpty();
    }

    @Test
    void withoutAFileItSaysWhatItNeeds() {
        Office office = tmpOffice();
        assertThat(out(() -> office.run("check"), 2)).contains("Cần ghi tệp hoặc thư mục cần kiểm tra");
        assertThat(out(() -> office.run("check", tmp.resolve("khong-co.xlsx").toString()), 2))
                .contains("Không có tệp hoặc thư mục «");
    }

    private Office tmpOffice() {
        try {
            return new Office(tmp);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(Office.SAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted().toList();
        }
    }

    /** Every table of the database with all its rows, in a stable order. */
    private static Map<String, List<Map<String, Object>>> database(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", String.class)) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM \"" + table + "\"");
            // a binary column (a submission's values blob) compared by its bytes, not as an array's identity
            rows.forEach(row -> row.replaceAll((column, v) -> v instanceof byte[] b ? HexFormat.of().formatHex(b) : v));
            List<Map<String, Object>> sorted = new ArrayList<>(rows);
            sorted.sort(java.util.Comparator.comparing(Object::toString));
            tables.put(table, sorted);
        }
        assertThat(tables).containsKey("BATCH_JOB_INSTANCE");
        return tables;
    }

    /** The files under a folder, relative, sorted (empty when the folder does not exist). */
    private static List<String> tree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
