package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.tonghop.TonghopApplication;
import vn.tonghop.cli.EarlyExit;

/**
 * A throw-away office for tests of nightly operation: the sample office's reference files, with its
 * own inbox, archive, outputs and database under a temporary folder. Each {@link #run} is a whole
 * application start, as cron would do it.
 */
final class Office {

    static final Path SAMPLES = Path.of("sample-workbooks");

    final Path root;
    final Path inbox;
    final Path archive;
    final Path output;
    final Path data;

    Office(Path root) throws IOException {
        this.root = root;
        this.inbox = Files.createDirectories(root.resolve("inbox"));
        this.archive = root.resolve("archive");
        this.output = root.resolve("output");
        this.data = root.resolve("data");
    }

    /** The sample office's arguments pointed at this office's folders, then {@code extra}. */
    List<String> args(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--tonghop.inbox=" + inbox, "--tonghop.archive=" + archive, "--tonghop.output-dir=" + output,
                "--tonghop.data-dir=" + data.toAbsolutePath(), "--tonghop.settle-seconds=60",
                "--logging.level.vn.tonghop=WARN"));
        args.addAll(List.of(extra));
        return args;
    }

    /** One start of the application ({@code run} unless {@code extra} names another command); its exit code. */
    int run(String... extra) {
        try {
            return SpringApplication.exit(SpringApplication.run(TonghopApplication.class,
                    args(extra).toArray(String[]::new)));
        } catch (EarlyExit e) { // ended before the context, as main ends it (the office's lock)
            return e.exitCode();
        }
    }

    /** Copies a sample workbook into the inbox, as if it arrived an hour ago (complete). */
    Path deliver(String sample) throws IOException {
        return deliver(SAMPLES.resolve(sample), sample);
    }

    Path deliver(Path file, String asName) throws IOException {
        Path target = inbox.resolve(asName);
        Files.copy(file, target);
        settled(target);
        return target;
    }

    static void settled(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    /** The run folders written so far, oldest first. */
    List<Path> runFolders() throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(output)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    Path lastRunFolder() throws IOException {
        List<Path> folders = runFolders();
        assertThat(folders).isNotEmpty();
        return folders.get(folders.size() - 1);
    }

    /** The office's database, opened after a run has closed it. */
    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + data.toAbsolutePath() + "/tonghop", "sa", ""));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** What {@code action} printed on the console. */
    static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What {@code action} printed, after checking its exit code. */
    static String out(IntSupplier action, int expectedExit) {
        int[] exit = new int[1];
        String printed = printed(() -> exit[0] = action.getAsInt());
        assertThat(exit[0]).as(printed).isEqualTo(expectedExit);
        return printed;
    }
}
