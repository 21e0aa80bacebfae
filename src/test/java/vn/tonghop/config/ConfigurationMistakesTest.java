package vn.tonghop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import vn.tonghop.TonghopApplication;

/**
 * Each configuration mistake an office makes, written into a copy of the sample office's files in a
 * temporary folder, then a whole start of the application: exit code 2, one Vietnamese line naming the
 * file, the line or key and what to do, no database file created and the inbox untouched.
 */
class ConfigurationMistakesTest {

    static final Path SAMPLE = Path.of("jobs/so-dong-thap");

    @TempDir
    Path office;
    Path job;
    Path registry;
    Path catalogue;
    Path quotas;
    Path inbox;
    Path data;

    @BeforeEach
    void sampleOffice() throws IOException {
        registry = Files.copy(SAMPLE.resolve("registry.csv"), office.resolve("registry.csv"));
        catalogue = Files.copy(SAMPLE.resolve("catalogue.csv"), office.resolve("catalogue.csv"));
        quotas = Files.copy(SAMPLE.resolve("quotas.csv"), office.resolve("quotas.csv"));
        inbox = Files.createDirectories(office.resolve("inbox"));
        Files.copy(Path.of("sample-workbooks/TH_AnHoa_phan_ky_chi_tieu.xlsx"), inbox.resolve("TH_AnHoa.xlsx"));
        data = office.resolve("data");
        job = office.resolve("job.yml");
        writeJob("");
    }

    /** The office's job.yml with {@code extra} lines appended inside {@code tonghop:}. */
    void writeJob(String extra) throws IOException {
        Files.writeString(job, """
                tonghop:
                  office-name: "Sở GD&ĐT thử"
                  root-unit: SGD-DT
                  inbox: "%s"
                  archive: "%s"
                  output-dir: "%s"
                  data-dir: "%s"
                  settle-seconds: 60
                  registry: "%s"
                  catalogue: "%s"
                  quotas: "%s"
                """.formatted(inbox, office.resolve("archive"), office.resolve("output"), data, registry, catalogue,
                quotas) + extra.indent(2));
    }

    @Test
    void theSampleOfficeAndThisCopyOfItPass() {
        assertThat(preflightOnly()).isEmpty();
        assertThat(preflightOnly("--tonghop.job-file=" + SAMPLE.resolve("job.yml"))).isEmpty();
    }

    @Test
    void misspeltJobFileName() {
        Result r = start("--tonghop.job-file=" + office.resolve("jobs.yml"));
        r.says("Không tìm thấy tệp cấu hình " + office.resolve("jobs.yml"), "Sửa --tonghop.job-file");
    }

    @Test
    void tabInTheJobFile() throws IOException {
        Files.writeString(job, Files.readString(job).replace("  settle-seconds", "\tsettle-seconds"));
        start().says(job + ", dòng 8, cột 1: có ký tự Tab; YAML chỉ thụt lề bằng dấu cách");
    }

    @Test
    void brokenYaml() throws IOException {
        writeJob("mail:\n  from: \"tonghop@example.vn\n");
        start().says(job + ", dòng", "sai cú pháp YAML");
    }

    @Test
    void keyTwiceInTheJobFile() throws IOException {
        writeJob("settle-seconds: 5");
        start().says(job + ", dòng 12, cột 3: khóa «settle-seconds» có hai lần trong cùng một nhóm");
    }

    @Test
    void jobFileNotUtf8() throws IOException {
        Files.write(job, Files.readString(job).getBytes(windows1258()));
        start().says(job + ", dòng 2: tệp cấu hình không được lưu bằng mã UTF-8");
    }

    @Test
    void misspeltKey() throws IOException {
        writeJob("setle-seconds: 5");
        start().says(job + ", dòng 12: khóa «tonghop.setle-seconds» không phải cài đặt tonghop biết; có phải "
                + "«tonghop.settle-seconds»?");
    }

    @Test
    void unknownDocumentKind() throws IOException {
        writeJob("kinds: [phasing, phan-ky]");
        // the kinds the program has, in alphabetical order (more come as kinds are added)
        start().says(job + ", khóa tonghop.kinds: loại tài liệu «phan-ky» không có trong chương trình; các loại "
                + "có: ", "phasing", "Sửa danh sách tonghop.kinds trong job.yml.");
    }

    @Test
    void aMistakeInTheSelfAssessmentFolder() throws IOException {
        Path folder = Files.createDirectories(office.resolve("tu-danh-gia"));
        try (var files = Files.list(SAMPLE.resolve("tu-danh-gia"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path rules = folder.resolve("quy-tac-muc.csv");
        Files.writeString(rules, Files.readString(rules).replace("tt18-2018,1,all", "tt18-2018,1,99"));
        writeJob("kinds: [phasing, self_assessment]\nself-assessment:\n  folder: \"" + folder + "\"");
        start().says(rules + ", dòng 2: số tiêu chí tối thiểu (cột min_criteria) «99» phải là all hoặc một số từ 0 "
                + "đến 28 (số tiêu chí của bộ tt18-2018).");
    }

    @Test
    void aMistakeInTheCriteriaCataloguesWhenOnlyImplementationReportsAreCollected() throws IOException {
        Path folder = Files.createDirectories(office.resolve("tu-danh-gia"));
        try (var files = Files.list(SAMPLE.resolve("tu-danh-gia"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path tt18 = folder.resolve("tt18-2018.csv");
        Files.writeString(tt18, Files.readString(tt18).replaceFirst("\n1\\.2,", "\n1.1,"));
        writeJob("kinds: [phasing, implementation_report]\nself-assessment:\n  folder: \"" + folder + "\"");
        start().says(tt18.toString(), "1.1");
    }

    @Test
    void outputPermissionsNotAsLsShowsThem() throws IOException {
        writeJob("output-permissions: \"644\"");
        start().says(job + ", dòng 12: Quyền của tệp kết quả tonghop.output-permissions «644» không hợp lệ");
    }

    @Test
    void aNegativeNumberOfRunFoldersToKeep() throws IOException {
        writeJob("output-keep: -5");
        start().says(job + ", dòng 12: Số thư mục kết quả giữ lại tonghop.output-keep «-5» không hợp lệ: phải là 0 "
                + "(giữ tất cả) hoặc một số dương, ví dụ 60.");
    }

    @Test
    void misspeltTopLevelGroup() throws IOException {
        Files.writeString(job, Files.readString(job) + "tonghp:\n  cron: \"0 0 3 * * *\"\n");
        start().says(job + ", dòng 13: nhóm «tonghp» không phải nhóm cài đặt tonghop biết; có phải «tonghop»?");
    }

    @Test
    void misspeltKeysInEveryGroup() throws IOException {
        writeJob("""
                mail:
                  atempts: 3
                imap:
                  hots: imap.example.vn
                template:
                  frist-year: 2022
                validation:
                  severty:
                    PHASE_BACKWARDS: info
                """);
        Result r = start();
        r.says("khóa «tonghop.mail.atempts» không phải cài đặt tonghop biết; có phải «tonghop.mail.attempts»?");
        r.says("khóa «tonghop.imap.hots» không phải cài đặt tonghop biết; có phải «tonghop.imap.host»?");
        r.says("khóa «tonghop.template.frist-year» không phải cài đặt tonghop biết; có phải "
                + "«tonghop.template.first-year»?");
        r.says("khóa «tonghop.validation.severty.PHASE_BACKWARDS» không phải cài đặt tonghop biết; có phải "
                + "«tonghop.validation.severity.PHASE_BACKWARDS»?");
        assertThat(r.problems()).hasSize(4);
    }

    @Test
    void misspeltKeyOnTheCommandLine() {
        start("--tonghop.job-fiel=jobs/other/job.yml")
                .says("Tham số dòng lệnh --tonghop.job-fiel: khóa «tonghop.job-fiel» không phải cài đặt tonghop biết; "
                        + "có phải «tonghop.job-file»?");
    }

    @Test
    void valuesThatDoNotConvert() throws IOException {
        Files.writeString(job, Files.readString(job).replace("settle-seconds: 60", "settle-seconds: sáu mươi"));
        writeJobAppend("""
                imap:
                  protocol: pop3
                mail:
                  resubmit-by: 31/11/2026
                validation:
                  severity:
                    PHASE_BACKWARDS: nhẹ
                """);
        Result r = start();
        r.says(job + ", dòng 8: giá trị «sáu mươi» của khóa «tonghop.settle-seconds» không dùng được (cần một số "
                + "nguyên, ví dụ 60)");
        r.says("tonghop.imap.protocol phải là imaps (có mã hóa) hoặc imap, không phải «pop3»");
        r.says("giá trị «31/11/2026» của khóa «tonghop.mail.resubmit-by» không dùng được (cần một ngày có thật, ví dụ "
                + "15/12/2026)");
        r.says("giá trị «nhẹ» của khóa «tonghop.validation.severity.PHASE_BACKWARDS» không dùng được (cần một trong: "
                + "error, warning, info)");
    }

    @Test
    void checkSettingsThatDoNotFit() throws IOException {
        writeJob("""
                validation:
                  current-value-year: 2022
                  tolerance:
                    percnt: {absolute: 5}
                    count: {relative: mười}
                    rank: {absolute: -1}
                """);
        Result r = start();
        r.says("giá trị «2022» của khóa «tonghop.validation.current-value-year» không dùng được (cần một trong: "
                + "auto, year-before, same-year)");
        r.says("khóa «tonghop.validation.tolerance.percnt.absolute» không phải cài đặt tonghop biết; có phải "
                + "«tonghop.validation.tolerance.percent.absolute»?");
        r.says("giá trị «mười» của khóa «tonghop.validation.tolerance.count.relative» không dùng được (cần một số");
        r.says("mức cho phép không được là số âm");
        assertThat(r.problems()).hasSize(4);
    }

    @Test
    void collectionRoundsThatDoNotFit() throws IOException {
        writeJob("""
                timeliness:
                  rounds:
                    - year: 2023
                      deadline: 31/11/2023
                """);
        start().says("giá trị «31/11/2023» của khóa «tonghop.timeliness.rounds[0].deadline» không dùng được");
        writeJob("""
                timeliness:
                  rounds:
                    - year: 2023
                      deadline: 30/11/2023
                    - year: 2023
                      deadline: 15/10/2024
                """);
        start().says("năm 2023 có hai đợt nộp trong tonghop.timeliness.rounds; mỗi năm chỉ một hạn nộp");
        writeJob("""
                timeliness:
                  rounds:
                    - deadline: 30/11/2023
                """);
        start().says("mỗi đợt nộp trong tonghop.timeliness.rounds cần year");
        writeJob("""
                timeliness:
                  rounds:
                    - year: 2023
                      deadline: 30/11/2023
                    - year: 2024
                      deadline: 15/10/2024
                """);
        assertThat(preflightOnly()).isEmpty();
    }

    @Test
    void collectionRoundsNamingKindsTheOfficeDoesNotCollect() throws IOException {
        writeJob("""
                kinds: [phasing, plan]
                timeliness:
                  rounds:
                    - year: 2023
                      deadline: 30/11/2023
                      kinds: [phasing, plann]
                    - year: 2024
                      deadline: 15/10/2024
                      kinds: [plan, self_assessment]
                """);
        Result r = start();
        r.says(job + ", dòng 17: loại tài liệu «plann» (tonghop.timeliness.rounds[0].kinds) của đợt nộp năm 2023 không "
                + "có trong chương trình; các loại có: ", "phasing, plan", "Sửa kinds của đợt nộp này trong "
                + "tonghop.timeliness.rounds.");
        r.says(job + ", dòng 20: đợt nộp năm 2024 thu «self_assessment» (tonghop.timeliness.rounds[1].kinds) nhưng cơ "
                + "quan không thu loại tài liệu này (tonghop.kinds: phasing, plan). Thêm vào tonghop.kinds hoặc bỏ khỏi "
                + "kinds của đợt nộp.");
        assertThat(r.problems()).hasSize(2);
        writeJob("""
                kinds: [phasing, plan]
                timeliness:
                  rounds:
                    - year: 2023
                      deadline: 30/11/2023
                    - year: 2024
                      deadline: 15/10/2024
                      kinds: [plan, phasing]
                """);
        assertThat(preflightOnly()).isEmpty();
    }

    @Test
    void requiredSettingMissing() throws IOException {
        Files.writeString(job, Files.readString(job).replaceAll("(?m)^  data-dir:.*\\n", ""));
        start().says(job + ": thiếu khóa tonghop.data-dir (thư mục cơ sở dữ liệu và khóa chạy");
    }

    @Test
    void rootUnitNotInTheRegistry() throws IOException {
        Files.writeString(job, Files.readString(job).replace("root-unit: SGD-DT", "root-unit: SGD-DTT"));
        start().says(job + ", dòng 3: mã đơn vị gốc «SGD-DTT» (tonghop.root-unit) không có trong danh mục đơn vị");
    }

    @Test
    void registryWithoutParentColumn() throws IOException {
        rewriteColumns(registry, "parent_code", null);
        start().says(registry + ", dòng 1: thiếu cột «parent_code». Dòng tiêu đề của tệp danh mục đơn vị cần các cột: "
                + "code, name, level, parent_code, email, former_parent_code, pupils, teachers, children, schools.");
    }

    @Test
    void registryWithRenamedParentColumn() throws IOException {
        rewriteColumns(registry, "parent_code", "parent");
        start().says(registry + ", dòng 1: thiếu cột «parent_code» (có cột «parent», có phải là nó?)");
    }

    @Test
    void registryWithMisspeltOptionalColumn() throws IOException {
        rewriteColumns(registry, "email", "e-mail");
        start().says(registry + ", dòng 1: cột «e_mail» không phải tên cột tonghop biết; có phải «email»?");
    }

    @Test
    void registryFileMissing() throws IOException {
        Files.delete(registry);
        start().says(registry + ": không tìm thấy tệp danh mục đơn vị", "Sửa tonghop.registry trong job.yml");
    }

    @Test
    void duplicateUnitCode() throws IOException {
        appendLine(registry, "87612405,Trường Tiểu học khác,truong,PGD-TH,,");
        start().says(registry + ", dòng " + lines(registry) + ": mã đơn vị «87612405» đã có ở dòng 5");
    }

    @Test
    void unknownParent() throws IOException {
        appendLine(registry, "99999999,Trường Tiểu học Mới,truong,PGD-XX,,");
        start().says(registry + ", dòng " + lines(registry) + ": đơn vị cấp trên «PGD-XX» (cột parent_code) của "
                + "«99999999» không có trong danh mục");
    }

    @Test
    void parentCycle() throws IOException {
        appendLine(registry, "PGD-A,Phòng A,huyen,PGD-B,,");
        appendLine(registry, "PGD-B,Phòng B,huyen,PGD-A,,");
        int last = lines(registry);
        start().says(registry + ", dòng " + (last - 1) + ", " + last + ": đơn vị cấp trên (cột parent_code) đi thành "
                + "vòng PGD-A → PGD-B → PGD-A");
    }

    @Test
    void unquotedCommaInAName() throws IOException {
        appendLine(registry, "99999999,Trường Tiểu học A, xã B,truong,PGD-TH,,,");
        start().says(registry + ", dòng " + lines(registry) + ": có 8 ô nhưng dòng tiêu đề chỉ có 7 cột");
    }

    @Test
    void semicolonSeparatedRegistry() throws IOException {
        Files.writeString(registry, Files.readString(registry).replace(',', ';'));
        start().says(registry + ", dòng 1: các cột được ngăn cách bằng dấu chấm phẩy (;), tonghop cần dấu phẩy (,)");
    }

    @Test
    void registryNotUtf8() throws IOException {
        String text = Files.readString(registry).replace("\uFEFF", "");
        Files.write(registry, text.getBytes(windows1258()));
        start().says(registry + ", dòng 2: tệp không được lưu bằng mã UTF-8", "CSV UTF-8 (Comma delimited)");
    }

    @Test
    void unknownKindDirectionAggregateAndSection() throws IOException {
        appendLine(catalogue, "H.9,xa_hoi,Nhóm,Chỉ tiêu mới,,%,percentage,up,average,false");
        int line = lines(catalogue);
        Result r = start();
        r.says(catalogue + ", dòng " + line + ", cột kind: «percentage» không phải loại chỉ tiêu tonghop biết. Dùng "
                .replace(", cột kind", ": cột kind") + "một trong: percent, count, rank, yes_no, met, number, level.");
        r.says(catalogue + ", dòng " + line + ": cột good_direction: «up» không phải chiều tốt tonghop biết");
        r.says(catalogue + ", dòng " + line + ": cột aggregate: «average» không phải cách tổng hợp tonghop biết");
        r.says(catalogue + ", dòng " + line + ": cột section: «xa_hoi» không phải phần tonghop biết");
    }

    @Test
    void duplicateIndicatorCode() throws IOException {
        appendLine(catalogue, "TW.1.a,trung_uong,Nhóm,Chỉ tiêu trùng,,%,percent,higher,mean,false");
        start().says(catalogue + ", dòng " + lines(catalogue) + ": mã chỉ tiêu «TW.1.a» đã có ở dòng 2");
    }

    @Test
    void quotasNamingUnknownIndicatorOrUnit() throws IOException {
        appendLine(quotas, "TW.9.z,SGD-DT,\"99,00\"");
        appendLine(quotas, "TW.1.a,PGD-XX,\"99,00\"");
        int last = lines(quotas);
        Result r = start();
        r.says(quotas + ", dòng " + (last - 1) + ": chỉ tiêu «TW.9.z» (cột indicator_code) không có trong danh mục chỉ "
                + "tiêu");
        r.says(quotas + ", dòng " + last + ": đơn vị giao «PGD-XX» (cột set_by) không có trong danh mục đơn vị");
    }

    @Test
    void unreadableQuota() throws IOException {
        appendLine(quotas, "TW.1.b,87612405,chín mươi chín");
        start().says(quotas + ", dòng " + lines(quotas) + ": không đọc được chỉ tiêu giao «chín mươi chín» (cột quota)");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        writeJob("setle-seconds: 5");
        rewriteColumns(registry, "parent_code", "parent");
        appendLine(catalogue, "H.9,huyen,Nhóm,Chỉ tiêu mới,,%,percentage,higher,mean,false");
        appendLine(quotas, "TW.9.z,SGD-DT,\"99,00\"");
        Result r = start();
        r.says("«tonghop.setle-seconds»");
        r.says("thiếu cột «parent_code»");
        r.says("«percentage» không phải loại chỉ tiêu");
        r.says("chỉ tiêu «TW.9.z»");
        assertThat(r.problems()).hasSize(4);
    }

    /** The process itself: exit code 2 and the office's lines, no stack trace, no database. */
    @Test
    void theProcessEndsWithExitCode2AndNoStackTrace() throws Exception {
        appendLine(registry, "PGD-A,Phòng A,huyen,PGD-A,,");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                TonghopApplication.class.getName(), "run", "--tonghop.job-file=" + job);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains(registry + ", dòng " + lines(registry) + ": đơn vị «PGD-A» ghi chính nó là đơn vị cấp "
                + "trên (cột parent_code).");
        assertThat(out).doesNotContain("Exception", "\tat ", "APPLICATION FAILED");
        assertThat(out.lines().count()).isEqualTo(2);
        untouched();
    }

    // --- helpers -----------------------------------------------------------------------------------

    record Result(int exitCode, List<String> problems, String printed) {
        Result says(String... parts) {
            assertThat(exitCode).isEqualTo(2);
            assertThat(problems).as("problems").anySatisfy(p -> assertThat(p).contains(parts));
            assertThat(printed).contains(parts[0]);
            return this;
        }
    }

    /** A whole start of the application, as cron does it; then the office must be untouched. */
    Result start(String... extra) {
        List<String> args = new ArrayList<>(List.of("run"));
        if (Stream.of(extra).noneMatch(a -> a.startsWith("--tonghop.job-file="))) {
            args.add("--tonghop.job-file=" + job);
        }
        args.addAll(List.of(extra));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Result result;
        try {
            int code = SpringApplication.exit(SpringApplication.run(TonghopApplication.class, args.toArray(String[]::new)));
            result = new Result(code, List.of(), "");
        } catch (ConfigurationProblems e) {
            result = new Result(e.getExitCode(), e.problems(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
        assertThat(result.exitCode()).as("exit code").isEqualTo(2);
        assertThat(result.printed()).doesNotContain("Exception", "\tat ");
        untouched();
        return result;
    }

    /** No database file (nor data folder), no archive, the inbox as it was. */
    void untouched() {
        assertThat(data).doesNotExist();
        assertThat(office.resolve("archive")).doesNotExist();
        assertThat(office.resolve("output")).doesNotExist();
        try (Stream<Path> files = Files.list(inbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("TH_AnHoa.xlsx");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The problems the two start-up checks find, the application stopped right after them. */
    List<String> preflightOnly(String... args) {
        SpringApplication app = new SpringApplication(TonghopApplication.class);
        app.addListeners(new StopAfterPreflight());
        List<String> all = new ArrayList<>(List.of(args));
        if (all.isEmpty()) {
            all.add("--tonghop.job-file=" + job);
        }
        try {
            app.run(all.toArray(String[]::new));
        } catch (ConfigurationProblems e) {
            return e.problems();
        } catch (StopAfterPreflight.Stopped e) {
            return List.of();
        }
        throw new AssertionError("the application went past the start-up checks");
    }

    static final class StopAfterPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
        static final class Stopped extends RuntimeException {
            Stopped() {
                super("stopped after the start-up checks, as the test asked", null, false, false);
            }
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            throw new Stopped();
        }

        @Override
        public int getOrder() {
            return ConfigurationPreflight.ORDER + 1;
        }
    }

    void writeJobAppend(String extra) throws IOException {
        Files.writeString(job, Files.readString(job) + extra.indent(2));
    }

    static void appendLine(Path csv, String line) throws IOException {
        String text = Files.readString(csv);
        Files.writeString(csv, text + (text.endsWith("\n") ? "" : "\n") + line + "\n");
    }

    /** The number of the file's last line. */
    static int lines(Path csv) throws IOException {
        return (int) Files.readString(csv).lines().count();
    }

    /** Drops ({@code to} null) or renames a column, in the header and every row. */
    static void rewriteColumns(Path csv, String column, String to) throws IOException {
        List<String> out = new ArrayList<>();
        int index = -1;
        for (String line : Files.readAllLines(csv)) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            if (index < 0) {
                index = cells.indexOf(column);
                assertThat(index).isNotNegative();
            }
            if (to == null) {
                cells.remove(index);
            } else if (out.isEmpty()) {
                cells.set(index, to);
            }
            out.add(String.join(",", cells));
        }
        Files.write(csv, out);
    }

    static Charset windows1258() {
        return Charset.forName("windows-1258");
    }
}
