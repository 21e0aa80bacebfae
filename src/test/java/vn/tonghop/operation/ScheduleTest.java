package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule} stays up and runs the consolidation on the office's cron, again and again. */
class ScheduleTest {

    @TempDir
    Path tmp;

    @Test
    void runsOnTheCronUntilStopped() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        Thread schedule = new Thread(() -> {
            try {
                office.run("schedule", "--tonghop.cron=*/2 * * * * *");
            } catch (RuntimeException stopped) {
                // interrupted: the way this test stops the service
            }
        });
        schedule.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int runs = 0;
        while (runs < 2 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            runs = office.runFolders().isEmpty() ? 0 : completedRuns(office);
        }
        schedule.interrupt();
        schedule.join(30_000);

        assertThat(runs).as("completed scheduled runs").isGreaterThanOrEqualTo(2);
        assertThat(office.runFolders()).hasSize(1); // the second night had nothing new
    }

    /** Runs completed so far (the service runs in this JVM: its open database is shared). */
    private static int completedRuns(Office office) {
        try {
            Integer n = office.jdbc().queryForObject(
                    "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'", Integer.class);
            return n == null ? 0 : n;
        } catch (RuntimeException notYet) {
            return 0;
        }
    }
}
