package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.tonghop.bench.SyntheticWorkbook;
import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;

/**
 * A run killed (SIGKILL, no chance to clean up) at any point and started again finishes with the same
 * outputs as a run that was never interrupted, reads no file twice and mails nobody twice. The runs are
 * separate JVMs at {@code -Xmx512m}, as cron would start them, with production's database settings
 * (no datasource override) and e-mail on, against GreenMail as the office's SMTP server.
 *
 * <p>Each kill point is found the way an operator would see it, never by looking into the database
 * while the run holds it: files appearing in the archive (intake), the run's own log lines (reading),
 * files appearing in the run's folder (outputs), messages reaching the SMTP server (delivery).
 */
class KilledRunRestartTest {

    private static final int SCHOOLS = 10;
    private static final int CHUNK = 2;
    /** Distinct contents in the inbox: the schools' workbooks and one broken file. */
    private static final int FILES = SCHOOLS + 1;
    private static final String OFFICE_MAIL = "van-thu@so-thu.example.vn";
    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);

    @TempDir
    static Path work;
    static Path inbox;
    static Path registry;
    static Path quotas;
    static GreenMail smtp;
    static MessageDeliveryHandler normalDelivery;
    /** The uninterrupted run's folder of outputs, and the messages it sent. */
    static Path reference;
    static List<String> referenceMail;

    @BeforeAll
    static void inboxAndUninterruptedRun() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        normalDelivery = smtp.getUserManager().getMessageDeliveryHandler();

        inbox = Files.createDirectories(work.resolve("inbox"));
        registry = work.resolve("registry.csv");
        quotas = work.resolve("quotas.csv");
        List<Indicator> indicators = IndicatorCatalogue.load(Path.of("jobs/so-dong-thap/catalogue.csv")).indicators();
        Random random = new Random(7);
        try (Writer w = Files.newBufferedWriter(registry, StandardCharsets.UTF_8)) {
            w.write("code,name,level,parent_code,email,former_parent_code\n");
            w.write("SO,Sở Giáo dục và Đào tạo Thử,tinh,,,\nPGD1,Phòng GD&ĐT Một,huyen,SO,,\nPGD2,Phòng GD&ĐT Hai,huyen,SO,,\n");
            for (int i = 1; i <= SCHOOLS + 2; i++) { // two schools send nothing
                String code = String.format(Locale.ROOT, "8%07d", i);
                String name = "Trường Tiểu học Thử Số " + i;
                w.write(code + "," + name + ",truong,PGD" + (1 + i % 2) + ",t" + code + "@truong-thu.example.vn,\n");
                if (i <= SCHOOLS) {
                    Path file = inbox.resolve(code + "_phan_ky.xlsx");
                    SyntheticWorkbook.write(file, name, indicators, random);
                    Office.settled(file);
                }
            }
        }
        Files.writeString(quotas, "indicator_code,set_by,quota\n", StandardCharsets.UTF_8);
        Files.copy(Path.of("sample-workbooks/BinhMinh_ban_hong.xlsx"), inbox.resolve("ban_hong.xlsx"));
        Office.settled(inbox.resolve("ban_hong.xlsx"));

        Path office = work.resolve("uninterrupted");
        Child run = Child.start(office);
        assertThat(run.exitCode()).as("the uninterrupted run, log in %s", run.log).isZero();
        reference = onlyRunFolder(office);
        referenceMail = received();
        // the office and every school that sent a file, each once: otherwise the comparisons prove nothing
        assertThat(referenceMail).hasSize(1 + SCHOOLS).doesNotHaveDuplicates();
        assertThat(files(reference).keySet()).contains("summary.xlsx", "facts.csv")
                .anyMatch(f -> f.startsWith("gop-y/")).anyMatch(f -> f.startsWith("bang-tong-hop/"))
                .anyMatch(f -> f.startsWith("theo-huyen/") && f.endsWith("/discrepancies.xlsx"));
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.getUserManager().setMessageDeliveryHandler(normalDelivery);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void killedWhileTakingFilesInThenRestarted() throws Exception {
        Path office = work.resolve("killed-intake");
        Child run = Child.start(office, () -> archived(office) >= 1);

        assertThat(run.lines()).as("killed before the intake ended").noneMatch(l -> l.contains("Took in"));
        assertThat(archived(office)).as("some files archived, not all").isBetween(1, FILES - 1);

        restartAndCompare(office);
        assertThat(received()).containsExactlyInAnyOrderElementsOf(referenceMail);
    }

    @Test
    void killedWhileReadingThenRestarted() throws Exception {
        Path office = work.resolve("killed-reading");
        // the line the step logs once its second chunk is committed (files are read ahead of it)
        Child run = Child.start(office, line -> line.contains("Stored ")
                && line.contains(" (" + (2 * CHUNK) + " so far in this step)"));

        int stored = count(office, "SELECT COUNT(*) FROM submission");
        assertThat(stored).as("killed in the middle of reading").isBetween(2 * CHUNK, FILES - 1);
        assertThat(run.lines()).noneMatch(l -> l.contains("Writing outputs"));

        restartAndCompare(office);
        assertThat(received()).containsExactlyInAnyOrderElementsOf(referenceMail);

        // the run after is number 2: the kill lost none of the numbers H2 would write ahead (32 by default)
        assertThat(Child.start(office).exitCode()).isZero();
        assertThat(jdbc(office).queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE ORDER BY 1", Long.class))
                .containsExactly(1L, 2L);
    }

    @Test
    void killedWhileWritingOutputsThenRestarted() throws Exception {
        Path office = work.resolve("killed-writing");
        int all = files(reference).size();
        Child run = Child.start(office, () -> outputsSoFar(office) >= all / 2);

        assertThat(outputsSoFar(office)).as("some outputs written, not all").isBetween(1, all - 1);
        assertThat(run.lines()).as("the outputs step had not ended").noneMatch(l -> l.contains(" files of this run, "));

        restartAndCompare(office);
        // the killed run's temporary files (the big sheets' rows, the findings spooled) deleted by the restart
        assertThat(office.resolve("data").resolve("tmp")).isEmptyDirectory();
        assertThat(received()).containsExactlyInAnyOrderElementsOf(referenceMail);
    }

    /**
     * What {@code MailDelivery} promises: a message recorded as sent is never sent again. The record
     * follows the server's answer, so the one message the server had taken when the run died, before
     * its answer reached the run, is sent again by the restart: SMTP cannot tell a message that arrived
     * from one that did not when the answer is lost. The server here keeps that message and never
     * answers, so the test sees exactly that case: every message arrives once, that one twice.
     */
    @Test
    void killedWhileSendingMailThenRestarted() throws Exception {
        int inFlightAt = 4; // the office's message and two schools' answered, the third school's taken
        AtomicInteger taken = new AtomicInteger();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> inFlight = new CopyOnWriteArrayList<>();
        smtp.getUserManager().setMessageDeliveryHandler((message, to) -> {
            GreenMailUser user = normalDelivery.handle(message, to);
            if (taken.incrementAndGet() != inFlightAt) {
                return user;
            }
            user.deliver(message); // the server has it, the sender does not know
            inFlight.add(key(message.getMessage()));
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new MessagingException("the sender is gone");
        });
        Path office = work.resolve("killed-delivery");
        Child run = Child.start(office, () -> held.getCount() == 0);
        release.countDown();
        smtp.getUserManager().setMessageDeliveryHandler(normalDelivery);

        assertThat(received()).as("killed with some messages received").hasSize(inFlightAt);
        assertThat(run.lines()).anyMatch(l -> l.contains(" files of this run, ")).noneMatch(l -> l.contains("E-mail: "));

        restartAndCompare(office);
        List<String> expected = new ArrayList<>(referenceMail);
        expected.addAll(inFlight);
        assertThat(inFlight).hasSize(1);
        assertThat(received()).as("each message once, the one in flight at the kill twice")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void restartAndCompare(Path office) throws Exception {
        Child restart = Child.start(office);
        assertThat(restart.exitCode()).as("the restart, log in %s", restart.log).isZero();

        JdbcTemplate jdbc = jdbc(office);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(FILES);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(FILES);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT received_file_id) FROM submission", Integer.class))
                .isEqualTo(FILES);
        assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                String.class)).containsExactly("FAILED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(1);
        assertThat(archived(office)).as("each content archived once").isEqualTo(FILES);
        try (Stream<Path> root = Files.list(office.resolve("archive"))) {
            assertThat(root).as("nothing but the hash folders in the archive, no half-copied file")
                    .allMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("[0-9a-f]{2}"));
        }

        assertSameOutputs(onlyRunFolder(office), reference);
    }

    /**
     * The same files; every CSV (and any other file) byte for byte, every workbook cell for cell, as
     * shown, comments included, with only the run's own start time masked.
     */
    private static void assertSameOutputs(Path actual, Path expected) throws Exception {
        Map<String, Path> want = files(expected);
        Map<String, Path> got = files(actual);
        assertThat(got.keySet()).as("the files of %s", actual).containsExactlyElementsOf(want.keySet());
        for (Map.Entry<String, Path> e : want.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                assertThat(cells(got.get(name), runTime(actual))).as(name)
                        .containsExactlyElementsOf(cells(e.getValue(), runTime(expected)));
            } else {
                assertThat(got.get(name)).as(name).hasSameBinaryContentAs(e.getValue());
            }
        }
    }

    /** Every output file of a run folder by its path inside it, sorted. */
    private static Map<String, Path> files(Path folder) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> out.put(folder.relativize(p).toString().replace('\\', '/'), p));
        }
        return out;
    }

    /** Outputs in the office's run folder so far that the uninterrupted run also wrote. */
    private static int outputsSoFar(Path office) {
        try (Stream<Path> folders = Files.list(office.resolve("output"))) {
            Path folder = folders.findFirst().orElse(null);
            if (folder == null) {
                return 0;
            }
            Map<String, Path> reached = files(folder);
            reached.keySet().retainAll(files(reference).keySet());
            return reached.size();
        } catch (IOException | UncheckedIOException notYet) {
            // a temporary file moved into place between the walk's listing and its look at it: ask again
            return 0;
        }
    }

    /** Files stored in the office's archive: {@code <2 hex>/<sha256>/<name>} (not the dot-files beside them). */
    private static int archived(Path office) {
        Path archive = office.resolve("archive");
        try (Stream<Path> walk = Files.walk(archive, 3)) {
            return (int) walk.filter(p -> archive.relativize(p).getNameCount() == 3)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException notYet) {
            return 0;
        }
    }

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private static LocalDateTime runTime(Path runFolder) {
        return LocalDateTime.parse(runFolder.getFileName().toString().substring(0, 17), FOLDER);
    }

    /** The ways outputs name the run's start, longest first. */
    private static final List<DateTimeFormatter> RUN_TIME = Stream.of("dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
            "HH:mm 'ngày' dd/MM/yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy", "yyyy-MM-dd",
            "HH:mm:ss", "HH:mm").map(DateTimeFormatter::ofPattern).toList();

    private static String maskRunTime(String text, LocalDateTime run) {
        String out = text;
        for (DateTimeFormatter f : RUN_TIME) {
            out = out.replace(run.format(f), "‹lúc chạy›");
        }
        return out;
    }

    /** Every cell's shown text and comment, sheet by sheet in order, the run's start time masked. */
    private static List<String> cells(Path workbook, LocalDateTime run) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                out.add("[" + sheet.getSheetName() + "]");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String comment = cell.getCellComment() == null ? ""
                                : " /* " + cell.getCellComment().getString().getString() + " */";
                        out.add(maskRunTime(cell.getAddress() + "=" + formatter.formatCellValue(cell) + comment, run));
                    }
                }
            }
        }
        return out;
    }

    /** Every message the SMTP server holds, as "recipient | subject" (the date in the office's masked). */
    private static List<String> received() {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            out.add(key(m));
        }
        return out;
    }

    private static String key(MimeMessage m) {
        try {
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            return to + " | " + m.getSubject().replaceAll("\\d{2}/\\d{2}/\\d{4}", "‹ngày›");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path onlyRunFolder(Path office) throws IOException {
        try (Stream<Path> folders = Files.list(office.resolve("output"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The office's database, opened the way production opens it, once no run holds it. */
    private static JdbcTemplate jdbc(Path office) {
        return new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + office.resolve("data").toAbsolutePath() + "/tonghop", "sa", ""));
    }

    private static int count(Path office, String sql) {
        Integer n = jdbc(office).queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * One run of the application in its own JVM, production's settings but for the office's folders
     * and e-mail server. Its output (INFO of {@code vn.tonghop}) is kept in {@code run-N.log} of the
     * office's folder and watched for the line the test waits for.
     */
    private static final class Child {

        final Process process;
        final Path log;
        private final List<String> lines = new ArrayList<>();
        private final Thread pump;
        private final CountDownLatch killed = new CountDownLatch(1);

        private Child(Process process, Path log, Predicate<String> killOn) {
            this.process = process;
            this.log = log;
            this.pump = new Thread(() -> pump(killOn), "child-output");
            pump.setDaemon(true);
            pump.start();
        }

        /** Starts a run and waits for it to end by itself. */
        static Child start(Path office) throws IOException, InterruptedException {
            Child child = launch(office, line -> false);
            child.awaitEnd();
            return child;
        }

        /** Starts a run and kills it (SIGKILL) on its first output line matching {@code killOn}. */
        static Child start(Path office, Predicate<String> killOn) throws IOException, InterruptedException {
            Child child = launch(office, killOn);
            child.awaitEnd();
            assertThat(child.process.exitValue()).as("killed, not ended: log in %s", child.log).isNotZero();
            return child;
        }

        /** Starts a run and kills it (SIGKILL) as soon as {@code killWhen} holds. */
        static Child start(Path office, BooleanSupplier killWhen) throws IOException, InterruptedException {
            Child child = launch(office, line -> false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT.toSeconds());
            try {
                while (child.process.isAlive() && !killWhen.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
            } finally {
                // killed whatever the watch threw: a run left alive would mail into the next test's server
                child.kill();
                child.awaitEnd();
            }
            assertThat(child.process.exitValue()).as("killed, not ended: log in %s", child.log).isNotZero();
            return child;
        }

        private static Child launch(Path office, Predicate<String> killOn) throws IOException {
            Files.createDirectories(office);
            List<String> command = new ArrayList<>(List.of(
                    // C1 only: half the CPU of a short run on 2 cores; the JIT changes speed, not behaviour
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication", "run",
                    "--tonghop.office-name=Sở thử", "--tonghop.root-unit=SO", "--tonghop.inbox=" + inbox,
                    "--tonghop.archive=" + office.resolve("archive"),
                    "--tonghop.output-dir=" + office.resolve("output"),
                    "--tonghop.data-dir=" + office.resolve("data").toAbsolutePath(),
                    "--tonghop.registry=" + registry, "--tonghop.catalogue=jobs/so-dong-thap/catalogue.csv",
                    "--tonghop.quotas=" + quotas, "--tonghop.chunk-size=" + CHUNK, "--tonghop.settle-seconds=60",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    "--tonghop.mail.office-recipients=" + OFFICE_MAIL));
            int n;
            try (Stream<Path> logs = Files.list(office)) {
                n = 1 + (int) logs.filter(p -> p.getFileName().toString().startsWith("run-")).count();
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Child(process, office.resolve("run-" + n + ".log"), killOn);
        }

        private void pump(Predicate<String> killOn) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (killOn.test(line)) {
                        kill();
                    }
                    synchronized (lines) {
                        lines.add(line);
                    }
                    file.write(line);
                    file.write('\n');
                }
            } catch (IOException e) {
                // killing a process closes its output (Process.destroyForcibly): the lines end there
                if (killed.getCount() > 0) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void awaitEnd() throws InterruptedException {
            if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
                process.waitFor();
                throw new AssertionError("the run did not end within " + RUN_LIMIT.toSeconds() + " s: log in " + log);
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
        }

        /** SIGKILL: no shutdown hook, no finally block, as a power cut. */
        void kill() {
            killed.countDown();
            process.destroyForcibly();
        }

        int exitCode() {
            return process.exitValue();
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
