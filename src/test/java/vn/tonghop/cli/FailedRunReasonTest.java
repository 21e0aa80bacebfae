package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/** What the run's summary says stopped a failed run. */
class FailedRunReasonTest {

    @Test
    void aFullDiskIsSaidInVietnameseWithWhatToDo() {
        // as the facts' workbook failed on a full tmpfs: the disk's words only in the cause
        JobExecution run = failed(new UncheckedIOException("cannot write /srv/ket-qua/2026-11-29_020000_lan-7/facts.xlsx",
                new IOException("No space left on device")));

        assertThat(RunSummaryPrinter.status(run)).isEqualTo("thất bại (ổ đĩa đầy: không ghi được "
                + "/srv/ket-qua/2026-11-29_020000_lan-7/facts.xlsx. Xin giải phóng chỗ trống (thư mục kết quả, kho "
                + "lưu, cơ sở dữ liệu); lần chạy sau sẽ tiếp tục lần tổng hợp này)");
    }

    @Test
    void anotherFailureIsItsFirstLineWithoutTheClassName() {
        JobExecution run = failed(new IllegalStateException("the run's time is not once on «Thông tin»"));

        assertThat(RunSummaryPrinter.status(run)).isEqualTo("thất bại (the run's time is not once on «Thông tin»)");
    }

    private static JobExecution failed(Throwable failure) {
        JobExecution run = new JobExecution(1, new JobInstance(1, "consolidate"), new JobParameters());
        run.setStatus(BatchStatus.FAILED);
        run.addFailureException(failure);
        // as Spring Batch records it: the exception's class, its message, the stack trace
        run.setExitStatus(ExitStatus.FAILED.addExitDescription(failure));
        return run;
    }
}
