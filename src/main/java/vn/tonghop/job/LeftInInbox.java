package vn.tonghop.job;

import java.util.Comparator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The inbox files a run's intake could not take in (they stay in the inbox, untouched, and the next run takes them),
 * and why when a full disk was, as the run's summary and the office's e-mail say it: counted by the takeIn step
 * in its context ({@link ConsolidateJobConfig#INTAKE_FAILED}, {@link ConsolidateJobConfig#INTAKE_FULL}).
 */
public final class LeftInInbox {

    private LeftInInbox() {
    }

    /** What to tell the office, in Vietnamese; null when the intake left nothing (or has not run). */
    public static String of(JobExecution execution) {
        StepExecution intake = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("takeIn")).max(Comparator.comparingLong(StepExecution::getId))
                .orElse(null);
        int failed = intake == null ? 0 : intake.getExecutionContext().getInt(ConsolidateJobConfig.INTAKE_FAILED, 0);
        if (failed == 0) {
            return null;
        }
        int full = intake.getExecutionContext().getInt(ConsolidateJobConfig.INTAKE_FULL, 0);
        return "Tệp chưa nhận được lần này: " + failed + (full > 0 ? " (" + (full == failed ? "" : full + " tệp vì ")
                + "ổ đĩa của kho lưu đầy: xin giải phóng chỗ trống)" : " (xem nhật ký)")
                + ". Các tệp vẫn nằm nguyên trong thư mục nhận; lần chạy sau sẽ nhận lại.";
    }
}
