package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.bench.SyntheticWorkbook;
import vn.tonghop.domain.Indicator;
import vn.tonghop.reference.IndicatorCatalogue;

/**
 * A run killed (SIGKILL, no chance to clean up) in the middle and started again finishes with the
 * same outputs as a run that was never interrupted, and reads no file twice. The runs are separate
 * JVMs, as cron would start them.
 */
class KilledRunRestartTest {

    private static final int SCHOOLS = 40;

    @TempDir
    static Path work;
    static Path inbox;
    static Path registry;
    static Path quotas;
    static Path reference;

    @BeforeAll
    static void inboxAndUninterruptedRun() throws Exception {
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
                w.write(code + "," + name + ",truong,PGD" + (1 + i % 2) + ",,\n");
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

        reference = work.resolve("uninterrupted");
        assertThat(child(reference).waitFor(120, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void killedWhileReadingThenRestarted() throws Exception {
        Path office = work.resolve("killed-reading");
        Process run = child(office, shared(office));
        var jdbc = jdbc(office, true);
        int stored = 0;
        while (run.isAlive() && stored < 4) { // a few chunks committed
            Thread.sleep(20);
            stored = countIfReady(jdbc);
        }
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        stored = count(office, "SELECT COUNT(*) FROM submission");
        // chunks seen committed survive the kill, but the very last one may still have been on its way
        // to disk: another session sees a commit a moment before it is written
        assertThat(stored).as("killed in the middle of reading").isBetween(2, SCHOOLS);

        restartAndCompare(office);
    }

    @Test
    void killedWhileWritingOutputsThenRestarted() throws Exception {
        Path office = work.resolve("killed-writing");
        killWhen(office, line -> line.contains("Writing outputs to"));

        restartAndCompare(office);
    }

    private static void restartAndCompare(Path office) throws Exception {
        Process restart = child(office, shared(office));
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).isZero();

        var jdbc = jdbc(office);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(SCHOOLS + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(SCHOOLS + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT received_file_id) FROM submission", Integer.class))
                .isEqualTo(SCHOOLS + 1);
        assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                String.class)).containsExactly("FAILED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(1);

        Path expected = onlyRunFolder(reference);
        Path actual = onlyRunFolder(office);
        for (String csv : List.of("facts.csv", "files.csv", "discrepancies.csv")) {
            assertThat(actual.resolve(csv)).as(csv).hasSameBinaryContentAs(expected.resolve(csv));
        }
        assertThat(cells(actual.resolve("summary.xlsx"))).isEqualTo(cells(expected.resolve("summary.xlsx")));
        assertThat(cells(actual.resolve("discrepancies.xlsx")))
                .isEqualTo(cells(expected.resolve("discrepancies.xlsx")));
    }

    /** Starts a run and kills it (SIGKILL) as soon as it logs a line matching {@code when}. */
    private static void killWhen(Path office, Predicate<String> when) throws Exception {
        Process run = child(office, "--logging.level.vn.tonghop=INFO");
        Files.createDirectories(office);
        boolean seen = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (when.test(line)) {
                    run.destroyForcibly();
                    seen = true;
                    break;
                }
            }
        }
        run.waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("the run reached the point where it is killed").isTrue();
        assertThat(run.exitValue()).isNotZero();
    }

    private static Process child(Path office, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication", "run",
                "--tonghop.office-name=Sở thử", "--tonghop.root-unit=SO", "--tonghop.inbox=" + inbox,
                "--tonghop.archive=" + office.resolve("archive"), "--tonghop.output-dir=" + office.resolve("output"),
                "--tonghop.data-dir=" + office.resolve("data").toAbsolutePath(), "--tonghop.registry=" + registry,
                "--tonghop.catalogue=jobs/so-dong-thap/catalogue.csv", "--tonghop.quotas=" + quotas,
                "--tonghop.chunk-size=2", "--tonghop.threads=1", "--tonghop.settle-seconds=60"));
        command.addAll(List.of(extra));
        Files.createDirectories(office);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!command.contains("--logging.level.vn.tonghop=INFO")) {
            pb.redirectOutput(office.resolve("run.log").toFile());
        }
        return pb.start();
    }

    /** The database opened in server mode, so the test can watch it while the run writes. */
    private static String shared(Path office) {
        return "--spring.datasource.url=" + url(office) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    private static String url(Path office) {
        return "jdbc:h2:file:" + office.resolve("data").toAbsolutePath() + "/tonghop";
    }

    /** Submissions stored so far, or 0 while the database is not there yet. */
    private static int countIfReady(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        try {
            // a condition keeps H2 off its row-count shortcut, which counts uncommitted rows too
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE outcome IS NOT NULL", Integer.class);
            return n == null ? 0 : n;
        } catch (RuntimeException notYet) {
            return 0;
        }
    }

    private static org.springframework.jdbc.core.JdbcTemplate jdbc(Path office) {
        return jdbc(office, false);
    }

    private static org.springframework.jdbc.core.JdbcTemplate jdbc(Path office, boolean shared) {
        return new org.springframework.jdbc.core.JdbcTemplate(new org.springframework.jdbc.datasource
                .DriverManagerDataSource(url(office) + (shared ? ";AUTO_SERVER=TRUE;IFEXISTS=TRUE" : ""), "sa", ""));
    }

    private static int count(Path office, String sql) {
        Integer n = jdbc(office).queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private static Path onlyRunFolder(Path office) throws IOException {
        try (var folders = Files.list(office.resolve("output"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** Every cell's shown text, sheet by sheet, except the information sheet (it names the run's time). */
    private static List<String> cells(Path workbook) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Thông tin")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }
}
