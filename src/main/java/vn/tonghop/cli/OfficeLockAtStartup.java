package vn.tonghop.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.tonghop.config.ConfigurationPreflight;
import vn.tonghop.output.TempFiles;

/**
 * Decides, as soon as the office's settings are known and before anything opens the database, whether
 * this process may go on (registered in {@code META-INF/spring.factories}; right after the configuration
 * check, {@link ConfigurationPreflight}):
 * <ul>
 *   <li>a command that changes the office (everything but {@code status}: run, schedule, rebuild, …)
 *       takes the office's lock; when another process has it, the lock's line is printed and the
 *       process ends with code 3, the embedded database never opened;</li>
 *   <li>{@code status} with the embedded database busy prints the snapshot the busy process keeps
 *       ({@link StatusSnapshot}) and ends with code 0; otherwise it holds the database range while it
 *       reads, so a run starting meanwhile waits for it instead of failing on H2's own lock.</li>
 * </ul>
 * The lock is held until the application context closes (or fails to start). Off with
 * {@code tonghop.cli.enabled=false} (tests that only want the beans) and without {@code tonghop.data-dir}.
 */
public class OfficeLockAtStartup implements GenericApplicationListener {

    /** A {@code status} waits this long for another {@code status} to finish before printing the snapshot. */
    private static final Duration READER_PATIENCE = Duration.ofSeconds(10);
    /** A writer waits this long for a {@code status} that is reading the database. */
    private static final Duration WRITER_PATIENCE = Duration.ofSeconds(60);
    private static final Set<String> READ_ONLY = Set.of("status");

    private OfficeLock held;

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ContextClosedEvent.class.isAssignableFrom(type) || ApplicationFailedEvent.class.isAssignableFrom(type));
    }

    @Override
    public int getOrder() {
        return ConfigurationPreflight.ORDER + 1; // a configuration found wrong stops the start before any lock
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            try {
                decide(prepared.getEnvironment(), command(prepared.getArgs()));
            } catch (IOException e) {
                throw new IllegalStateException("Không mở được tệp khoá " + OfficeLock.FILE + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EarlyExit(3);
            }
        } else if (held != null) { // closed or failed: the next process may go
            held.release();
            held = null;
            TempFiles.useDefault();
        }
    }

    private void decide(ConfigurableEnvironment env, String command) throws IOException, InterruptedException {
        String dataDir = env.getProperty("tonghop.data-dir");
        if (!env.getProperty("tonghop.cli.enabled", Boolean.class, true) || dataDir == null || dataDir.isBlank()) {
            return;
        }
        Path dir = Path.of(dataDir.strip());
        boolean embedded = env.getProperty("spring.datasource.url", "jdbc:h2:").startsWith("jdbc:h2:");
        OfficeLock lock = OfficeLock.of(dir);
        if (READ_ONLY.contains(command)) {
            if (!embedded) {
                return; // a database server serves readers during a run
            }
            if (lock.tryDatabase() || (!lock.writerElsewhere() && lock.awaitDatabase(READER_PATIENCE))) {
                held = lock;
                return;
            }
            releaseIfUnused(lock);
            printSnapshot(dir);
            throw new EarlyExit(0);
        }
        if (!lock.tryWriter()) {
            releaseIfUnused(lock);
            System.out.println(OfficeLock.BUSY);
            throw new EarlyExit(3);
        }
        held = lock;
        try {
            TempFiles.useUnder(dir); // what a killed run left is deleted; no other process of the office is here
        } catch (IOException e) { // the night goes on with the system's temporary folder
            System.err.println("Không dùng được thư mục tạm " + dir.resolve(TempFiles.FOLDER) + " (" + e.getMessage()
                    + "); tệp tạm ghi vào thư mục tạm của hệ thống.");
        }
        StatusSnapshot.retitle(dir, "Lệnh «" + command + "» đang chạy, bắt đầu "
                + RunSummaryPrinter.TIME.format(java.time.LocalDateTime.now()));
        if (embedded && !lock.awaitDatabase(WRITER_PATIENCE)) {
            held.release();
            held = null;
            System.out.println("Lệnh status đang đọc cơ sở dữ liệu quá lâu; không chạy. Thử lại sau ít phút.");
            throw new EarlyExit(3);
        }
    }

    /** The first plain argument, as {@code CommandLine} reads it; {@code run} when there is none. */
    static String command(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                return arg;
            }
        }
        return "run";
    }

    private static void releaseIfUnused(OfficeLock lock) {
        if (!lock.holdsWriter() && !lock.holdsDatabase()) {
            lock.release();
        }
    }

    private static void printSnapshot(Path dataDir) {
        String snapshot = StatusSnapshot.read(dataDir);
        System.out.println("Đang chạy… Một tiến trình tonghop đang dùng cơ sở dữ liệu, nên lệnh status không mở nó; "
                + (snapshot == null ? "chưa có bản tình trạng nào, thử lại khi lần tổng hợp xong."
                : "đây là tình trạng tiến trình đó ghi lại:"));
        if (snapshot != null) {
            System.out.print(snapshot);
        }
    }
}
