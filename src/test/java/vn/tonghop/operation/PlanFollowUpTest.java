package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.TimelinessTest.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan followed year by year, and the second round's timeliness, on the samples: the first night
 * every sample workbook (sent 20/11/2023, before the 30/11/2023 deadline), the second night the tables
 * of "Hiện trạng 9/2024" of {@code sample-workbooks-2024/} sent when its {@code ngay-gui.csv} says
 * (deadline 15/10/2024): Phú Lộc on plan, Bình Minh behind plan on two indicators and 3 days late,
 * An Hòa ahead on two.
 */
class PlanFollowUpTest {

    static final Path LATER = Path.of("sample-workbooks-2024");
    static final String ST = "PGD-ST | Phòng Giáo dục và Đào tạo huyện Sông Trà | ";
    static final String SO = "SGD-DT | Sở Giáo dục và Đào tạo Đồng Tháp | ";

    @TempDir
    Path tmp;

    @Test
    void behindOnPlanAndAheadPerNodeAndIndicatorAndTheLateFile() throws Exception {
        Office office = new Office(tmp);
        try (Stream<Path> samples = Files.list(Office.SAMPLES)) {
            for (Path sample : samples.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                sent(office.deliver(sample.getFileName().toString()), "2023-11-20T10:00:00+07:00");
            }
        }
        assertThat(office.run(rounds())).isZero();
        Path first = office.lastRunFolder();
        try (Workbook summary = WorkbookFactory.create(first.resolve("summary.xlsx").toFile(), null, true)) {
            assertThat(summary.getSheet("Theo dõi kế hoạch")).as("nothing to follow yet").isNull();
        }

        for (CSVRecord r : Office.csv(LATER.resolve("ngay-gui.csv"))) {
            sent(office.deliver(LATER.resolve(r.get("file")), r.get("file")), r.get("sent"));
        }
        assertThat(office.run(rounds())).isZero();

        Path folder = office.lastRunFolder();
        try (Workbook summary = WorkbookFactory.create(folder.resolve("summary.xlsx").toFile(), null, true)) {
            List<String> followUp = rows(summary.getSheet("Theo dõi kế hoạch"));
            assertThat(followUp).contains(
                    SO + "TW.1.b | Tỷ lệ trẻ 06 tuổi vào lớp 1 | 3 | 1 | 2 | 0 | Phòng Giáo dục và Đào tạo huyện Sông "
                            + "Trà: 1 trường",
                    ST + "TW.1.b | Tỷ lệ trẻ 06 tuổi vào lớp 1 | 3 | 1 | 2 | 0 | Trường Tiểu học Bình Minh",
                    ST + "T.5 | Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số | 3 | 1 | 2 | 0 | "
                            + "Trường Tiểu học Bình Minh",
                    ST + "TW.1.d | Trường đạt chuẩn quốc gia | 3 | 0 | 2 | 1 | ",
                    ST + "T.4 | Triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường mạng | 3 | 0 | 2 | 1 | ");
            assertThat(followUp.stream().filter(l -> l.startsWith("PGD-TH"))).as("Tân Hồng sent no later table")
                    .isEmpty();
            assertThat(followUp.stream().filter(l -> l.startsWith("PGD-ST")).mapToInt(l -> count(l, 5)).sum())
                    .as("units behind, all indicators").isEqualTo(2);
            assertThat(followUp.stream().filter(l -> l.startsWith("PGD-ST")).mapToInt(l -> count(l, 7)).sum())
                    .as("units ahead, all indicators").isEqualTo(2);
            assertThat(followUp.stream().filter(l -> l.startsWith("PGD-ST")).mapToInt(l -> count(l, 4)).max())
                    .hasValue(3);

            List<String> progress = rows(summary.getSheet("Tiến độ từng trường"));
            assertThat(progress).contains(
                    "87715002 | Trường Tiểu học Bình Minh | TW.1.b | Tỷ lệ trẻ 06 tuổi vào lớp 1 | 2023 | 99.70 | 99.50 | "
                            + "Chậm so với kế hoạch | TH_BinhMinh_phan_ky_2024.xlsx (hiện trạng 2024) | "
                            + "TH_BinhMinh_phan_ky_chi_tieu.xlsx (hiện trạng 2023)",
                    "87715003 | Trường Tiểu học An Hòa | TW.1.d | Trường đạt chuẩn quốc gia | 2023 | 63.75 | 68.00 | "
                            + "Vượt kế hoạch | TH_AnHoa_phan_ky_2024.xlsx (hiện trạng 2024) | "
                            + "TH_AnHoa_phan_ky_chi_tieu.xlsx (hiện trạng 2023)");
            assertThat(progress.stream().filter(l -> l.startsWith("87715001")))
                    .isNotEmpty().allMatch(l -> l.contains("| Đúng kế hoạch |"));

            assertThat(rows(summary.getSheet("Thông tin"))).contains("Đợt nộp | năm 2024 (hạn nộp 15/10/2024)",
                    "Số đơn vị nộp đúng hạn | 2", "Số đơn vị nộp trễ hạn | 1", "Số đơn vị chưa nộp khi đã quá hạn | 12");
            List<String> districts = rows(summary.getSheet("Theo huyện"));
            assertThat(districts.get(1)).startsWith("PGD-TH | ").endsWith(" | 0 | 0 | 2"); // with Tân Hộ Cơ, which sent no 2024 file
            assertThat(districts.get(2)).startsWith("PGD-ST | ").endsWith(" | 2 | 1 | 10"); // with the two THCS and the preschool, which sent no 2024 file
            assertThat(rows(summary.getSheet("Đúng hạn"))).hasSize(1 + 15 + 15).contains(
                    "2024 | 15/10/2024 | 87715002 | Trường Tiểu học Bình Minh | Phòng Giáo dục và Đào tạo huyện Sông "
                            + "Trà | Trễ hạn | 18/10/2024 | 3 | TH_BinhMinh_phan_ky_2024.xlsx",
                    "2024 | 15/10/2024 | 87715001 | Trường Tiểu học Phú Lộc | Phòng Giáo dục và Đào tạo huyện Sông "
                            + "Trà | Đúng hạn | 08/10/2024 |  | TH_PhuLoc_phan_ky_2024.xlsx",
                    "2023 | 30/11/2023 | 87715002 | Trường Tiểu học Bình Minh | Phòng Giáo dục và Đào tạo huyện Sông "
                            + "Trà | Đúng hạn | 20/11/2023 |  | TH_BinhMinh_phan_ky_chi_tieu.xlsx");
        }

        List<String> behind = Office.csv(folder.resolve("discrepancies.csv")).stream()
                .filter(r -> r.get("rule").equals("BEHIND_PLAN"))
                .map(r -> r.get("file") + " " + r.get("unit_code") + " " + r.get("cell") + " " + r.get("severity"))
                .toList();
        assertThat(behind).containsExactly("TH_BinhMinh_phan_ky_2024.xlsx 87715002 D13 WARNING",
                "TH_BinhMinh_phan_ky_2024.xlsx 87715002 D39 WARNING");
    }

    private static int count(String row, int column) {
        return Integer.parseInt(row.split(" \\| ", -1)[column]);
    }

    private static String[] rounds() {
        return new String[] {"--tonghop.timeliness.rounds[0].year=2023",
            "--tonghop.timeliness.rounds[0].deadline=30/11/2023", "--tonghop.timeliness.rounds[1].year=2024",
            "--tonghop.timeliness.rounds[1].deadline=15/10/2024"};
    }

    private static void sent(Path file, String when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime.parse(when).toInstant()));
    }
}
