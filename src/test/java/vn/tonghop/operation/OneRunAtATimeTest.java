package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process changes an office at a time, decided before the database opens: while one holds the
 * office (here a {@code schedule} waiting for the night, its database open), a second {@code run} prints
 * the lock's line and ends with code 3 without touching H2, and {@code status} prints what the busy
 * process last wrote, saying it is running. Separate JVMs, as cron and an officer would start them.
 */
class OneRunAtATimeTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondRunIsToldAtOnceAndStatusReadsTheSnapshotWhileTheOfficeIsBusy() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        assertThat(office.run()).isZero();

        Process busy = child(office, "busy.log", "schedule", "--tonghop.cron=0 0 2 1 1 *");
        try {
            Path snapshot = office.data.resolve("status.txt");
            for (int i = 0; i < 1200 && !(Files.exists(snapshot) && Files.readString(snapshot).contains("schedule đang chờ")); i++) {
                assertThat(busy.isAlive()).as(log(office, "busy.log")).isTrue();
                Thread.sleep(100);
            }
            assertThat(Files.readString(snapshot)).contains("schedule đang chờ");

            Process second = child(office, "second.log", "run");
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String secondLog = log(office, "second.log");
            assertThat(second.exitValue()).as(secondLog).isEqualTo(3);
            assertThat(secondLog.strip()).isEqualTo("Đang có một lần tổng hợp khác chạy cho đơn vị này; không chạy thêm.");

            Process status = child(office, "status.log", "status");
            assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String statusLog = log(office, "status.log");
            assertThat(status.exitValue()).as(statusLog).isZero();
            assertThat(statusLog).startsWith("Đang chạy…").contains("Lệnh schedule đang chờ", "hoàn thành",
                    office.lastRunFolder().toString()).doesNotContainIgnoringCase("exception");
        } finally {
            busy.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        // the OS dropped the lock with the process: the office runs again
        assertThat(office.run()).isZero();
        assertThat(Office.out(() -> office.run("status"), 0)).doesNotContain("Đang chạy…").contains("hoàn thành");
    }

    private static Process child(Office office, String logName, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication"));
        args.addAll(List.of(command));
        args.addAll(office.args());
        return new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(office.root.resolve(logName).toFile()).start();
    }

    private static String log(Office office, String name) throws IOException {
        Path file = office.root.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
