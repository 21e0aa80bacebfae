package vn.tonghop.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;

/**
 * {@code schedule}: stays up and runs the consolidation on the office's cron ({@code tonghop.cron},
 * {@code tonghop.zone}). A failed run does not stop the schedule; the next one restarts it.
 */
@Component
class ScheduleCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    private final RunLauncher launcher;
    private final RunSummaryPrinter printer;
    private final TonghopProperties props;
    private final LostDatabaseCheck lostDatabase;
    private final StatusSnapshot snapshot;

    ScheduleCommand(RunLauncher launcher, RunSummaryPrinter printer, TonghopProperties props,
                    LostDatabaseCheck lostDatabase, StatusSnapshot snapshot) {
        this.launcher = launcher;
        this.printer = printer;
        this.props = props;
        this.lostDatabase = lostDatabase;
        this.snapshot = snapshot;
    }

    @Override
    public String name() {
        return "schedule";
    }


    @Override
    public int run(List<String> args) throws InterruptedException, java.io.IOException {
        CronExpression cron = CronExpression.parse(props.cron());
        ZoneId zone = ZoneId.of(props.zone());
        try {
            lostDatabase.check(); // said at once, not at 2 a.m.
        } catch (RunRefused refused) {
            System.out.println(refused.getMessage());
            return refused.exitCode();
        }
        while (!Thread.currentThread().isInterrupted()) {
            ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
            if (next == null) {
                log.warn("The cron '{}' never fires again; stopping", props.cron());
                return 1;
            }
            log.info("Next run at {}", next);
            snapshot.write("Lệnh schedule đang chờ; lần tổng hợp tới lúc "
                    + RunSummaryPrinter.TIME.format(next.toLocalDateTime()));
            Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(zone), next).toMillis()));
            try {
                printer.print(launcher.runOnce(), System.out);
            } catch (RunRefused refused) {
                System.out.println(refused.getMessage());
            } catch (Exception e) {
                // the schedule outlives a bad night; the next run restarts this one
                log.error("Run failed: {}", e.toString(), e);
            }
        }
        return 0;
    }
}
