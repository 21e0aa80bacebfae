package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import vn.tonghop.output.DiskRoom;

/** What the run's summary and the office's mail say of the inbox files the intake left for the next run. */
class LeftInInboxTest {

    @Test
    void filesLeftBecauseTheArchivesDiskIsFullAreSaidSo() {
        assertThat(RunAttention.leftInInbox(run(15, 15))).isEqualTo("Tệp chưa nhận được lần này: 15 (ổ đĩa của "
                + "kho lưu đầy: xin giải phóng chỗ trống). Các tệp vẫn nằm nguyên trong thư mục nhận; lần chạy sau sẽ "
                + "nhận lại.");
        assertThat(RunAttention.leftInInbox(run(3, 2))).startsWith("Tệp chưa nhận được lần này: 3 (2 tệp vì ổ "
                + "đĩa của kho lưu đầy");
    }

    @Test
    void filesLeftForAnotherReasonPointToTheLog() {
        assertThat(RunAttention.leftInInbox(run(1, 0))).isEqualTo("Tệp chưa nhận được lần này: 1 (xem nhật ký). "
                + "Các tệp vẫn nằm nguyên trong thư mục nhận; lần chạy sau sẽ nhận lại.");
        assertThat(RunAttention.leftInInbox(run(0, 0))).isNull();
        assertThat(RunAttention.leftInInbox(new JobExecution(1, new JobInstance(1, "consolidate"),
                new JobParameters()))).as("a run that did not take anything in yet").isNull();
    }

    @Test
    void theOfficesMailSaysItBesideTheDisksRoom(@TempDir Path runFolder) throws IOException {
        Files.writeString(runFolder.resolve("summary.xlsx"), "x"); // room for many more such folders
        String left = RunAttention.leftInInbox(run(15, 15));

        assertThat(RunDelivery.attention(left, DiskRoom.warningFor(runFolder))).isEqualTo(left);
        assertThat(RunDelivery.attention(null, DiskRoom.warningFor(runFolder))).isNull();
    }

    /** A run whose intake left {@code failed} files, {@code full} of them for a full disk. */
    private static JobExecution run(int failed, int full) {
        JobExecution run = new JobExecution(1, new JobInstance(1, "consolidate"), new JobParameters());
        StepExecution intake = new StepExecution(1, "takeIn", run);
        intake.getExecutionContext().putInt(ConsolidateJobConfig.INTAKE_FAILED, failed);
        intake.getExecutionContext().putInt(ConsolidateJobConfig.INTAKE_FULL, full);
        run.addStepExecution(intake);
        return run;
    }
}
