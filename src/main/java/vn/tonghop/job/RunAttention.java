package vn.tonghop.job;

import java.util.Comparator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a run asks the office to see to on the machine, as the steps that found it kept it in their contexts, for
 * the run's summary and the office's e-mail: the inbox files the intake could not take in (they stay in the inbox,
 * untouched, and the next run takes them), and why when a full disk was ({@link ConsolidateJobConfig#INTAKE_FAILED},
 * {@link ConsolidateJobConfig#INTAKE_FULL}); the outputs' disk running out of room, as the deliver step measured it
 * once ({@link ConsolidateJobConfig#DISK_ROOM}).
 */
public final class RunAttention {

    private RunAttention() {
    }

    /** The inbox files left for the next run, in Vietnamese; null when the intake left none (or has not run). */
    public static String leftInInbox(JobExecution execution) {
        ExecutionContext intake = lastContextOf(execution, "takeIn");
        int failed = intake == null ? 0 : intake.getInt(ConsolidateJobConfig.INTAKE_FAILED, 0);
        if (failed == 0) {
            return null;
        }
        int full = intake.getInt(ConsolidateJobConfig.INTAKE_FULL, 0);
        return "Tệp chưa nhận được lần này: " + failed + (full > 0 ? " (" + (full == failed ? "" : full + " tệp vì ")
                + "ổ đĩa của kho lưu đầy: xin giải phóng chỗ trống)" : " (xem nhật ký)")
                + ". Các tệp vẫn nằm nguyên trong thư mục nhận; lần chạy sau sẽ nhận lại.";
    }

    /** That the outputs' disk is running out of room, in Vietnamese; null when it is not (or nothing was written). */
    public static String diskRoom(JobExecution execution) {
        ExecutionContext deliver = lastContextOf(execution, "deliver");
        return deliver == null ? null : deliver.getString(ConsolidateJobConfig.DISK_ROOM, null);
    }

    /** The context of the last execution of step {@code name} in this run, or null. */
    private static ExecutionContext lastContextOf(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name))
                .max(Comparator.comparingLong(StepExecution::getId)).map(StepExecution::getExecutionContext)
                .orElse(null);
    }
}
