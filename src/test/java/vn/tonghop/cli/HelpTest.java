package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import vn.tonghop.TonghopApplication;

/** {@code --help}, {@code -h} and {@code help} print the usage and start nothing. */
class HelpTest {

    @TempDir
    Path office;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void printsTheUsageWithoutCheckingLockingReadingOrOpeningTheDatabase(String ask) throws Exception {
        Path inbox = Files.createDirectories(office.resolve("inbox"));
        Files.copy(Path.of("sample-workbooks").resolve(sample()), inbox.resolve("school.xlsx"));
        Path data = office.resolve("data");
        String[] args = {ask, "--tonghop.inbox=" + inbox, "--tonghop.archive=" + office.resolve("archive"),
                "--tonghop.output-dir=" + office.resolve("output"), "--tonghop.data-dir=" + data.toAbsolutePath(),
                "--tonghop.settle-seconds=0", "--tonghop.job-file=" + office.resolve("no-such-job.yml")};

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        EarlyExit exit;
        try {
            exit = catchThrowableOfType(EarlyExit.class, () -> SpringApplication.run(TonghopApplication.class, args));
        } finally {
            System.setOut(original);
        }

        assertThat(exit).as("the start ends before any context").isNotNull();
        assertThat(exit.exitCode()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(Help.text())
                .as("the missing job file is not even looked at").doesNotContain("no-such-job.yml");
        assertThat(data).as("no database, no lock file").doesNotExist();
        assertThat(office.resolve("archive")).as("nothing taken in").doesNotExist();
        assertThat(office.resolve("output")).as("nothing consolidated").doesNotExist();
        try (var files = Files.list(inbox)) {
            assertThat(files).containsExactly(inbox.resolve("school.xlsx"));
        }
    }

    @Test
    void anUnknownCommandIsToldWithTheUsageAndCodeTwoBeforeTheDatabase() {
        Path data = office.resolve("data");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        EarlyExit exit;
        try {
            exit = catchThrowableOfType(EarlyExit.class, () -> SpringApplication.run(TonghopApplication.class,
                    "rnu", "--tonghop.data-dir=" + data.toAbsolutePath()));
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isNotNull();
        assertThat(exit.exitCode()).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("Không có lệnh «rnu».\n\n" + Help.text());
        assertThat(data).doesNotExist();
    }

    @Test
    void theProgramEndsWithExitCodeZeroAfterPrintingIt() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), TonghopApplication.class.getName(), "--help",
                "--tonghop.data-dir=" + office.resolve("data").toAbsolutePath())
                .directory(office.toFile()).redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(printed).isZero();
        assertThat(printed).isEqualTo(Help.text());
        try (var files = Files.list(office)) {
            assertThat(files).as("no database, lock or log written in the working folder").isEmpty();
        }
    }

    @Test
    void namesEveryCommandAndEveryExitCode() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Command.class));
        List<String> commands = scanner.findCandidateComponents("vn.tonghop").stream()
                .map(bean -> Path.of(bean.getBeanClassName().replace('.', '/')).getFileName().toString())
                .map(name -> name.replaceFirst("Command$", "").toLowerCase())
                .toList();
        assertThat(commands).contains("run", "schedule", "status", "accept", "template", "rebuild");
        assertThat(Help.COMMANDS.keySet()).containsAll(commands);
        assertThat(Help.text()).contains("--tonghop.job-file=", "\n  0  ", "\n  1  ", "\n  2  ", "\n  3  ");
    }

    @Test
    void readmeShowsWhatItPrints() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("```\n" + Help.text() + "```\n");
    }

    private static String sample() throws Exception {
        try (var files = Files.list(Path.of("sample-workbooks"))) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow().getFileName().toString();
        }
    }
}
