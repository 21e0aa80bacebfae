package vn.tonghop.cli;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** {@code run}: one consolidation now (or the end of an interrupted one), then its summary. */
@Component
class RunCommand implements Command {

    private final RunLauncher launcher;
    private final RunSummaryPrinter printer;

    RunCommand(RunLauncher launcher, RunSummaryPrinter printer) {
        this.launcher = launcher;
        this.printer = printer;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String usage() {
        return "tổng hợp ngay một lần (mặc định); chạy tiếp lần trước nếu nó bị ngắt";
    }

    @Override
    public int run(List<String> args) throws Exception {
        JobExecution execution = launcher.runOnce();
        if (execution == null) {
            System.out.println("Đang có một lần tổng hợp khác chạy cho đơn vị này; không chạy thêm.");
            return 3;
        }
        printer.print(execution, System.out);
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}
