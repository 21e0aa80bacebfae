package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary a run ends with, for the office: read outcomes in Vietnamese words, and every file that
 * could not be used named with the reason. README shows it as the program prints it.
 */
class RunSummaryTest {

    @TempDir
    Path tmp;

    @Test
    void namesEachUnusableFileWithItsReasonAndMatchesTheReadme() throws Exception {
        Office office = new Office(tmp);
        try (Stream<Path> samples = Files.list(Office.SAMPLES)) {
            for (Path sample : samples.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                office.deliver(sample.getFileName().toString());
            }
        }

        String printed = out(() -> office.run(), 0);

        // Phú Lộc's improvement plan is read as a plan (kind plan), no longer a file without a table
        assertThat(printed).contains("Kết quả đọc: đọc được 20, không rõ đơn vị 1, có mật khẩu 1, "
                        + "hỏng hoặc không phải bảng tính 1\n")
                .doesNotContain("READ", "ENCRYPTED", "UNREADABLE", "NO_TABLE", "UNKNOWN_UNIT")
                .doesNotContain("PhuLoc_ke_hoach_cai_tien.xlsx —")
                .contains("Tệp không dùng được: 3\n",
                        "  ✗ LongKhanh_co_mat_khau.xlsx — Tệp được đặt mật khẩu",
                        "  ✗ BinhMinh_ban_hong.xlsx — ");
        String summary = printed.substring(printed.indexOf("══ Lần tổng hợp"));
        String readme = Files.readString(Path.of("README.md"));
        String shown = readme.substring(readme.indexOf("══ Lần tổng hợp"));
        shown = shown.substring(0, shown.indexOf("```"));
        assertThat(normalised(summary)).isEqualTo(normalised(shown));
    }

    /** Without what differs from run to run: the time, the duration and the folders. */
    private static String normalised(String summary) {
        return summary.replaceAll("Bắt đầu .*, chạy \\d+ giây", "Bắt đầu …, chạy … giây")
                .replaceAll("(?m)^(Kết quả|Sao lưu cơ sở dữ liệu): .*$", "$1: …")
                .strip();
    }
}
