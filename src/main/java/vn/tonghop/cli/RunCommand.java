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
    public int run(List<String> args) throws Exception {
        JobExecution execution;
        try {
            execution = launcher.runOnce();
        } catch (RunRefused refused) {
            System.out.println(refused.getMessage());
            return refused.exitCode();
        }
        printer.print(execution, System.out);
        if (launcher.lastBackup() != null) {
            System.out.println("Sao lưu cơ sở dữ liệu: " + launcher.lastBackup().toAbsolutePath().normalize());
        }
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}
