package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.GeneratedTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.TemplateStamp;

/**
 * Clerks and offices open templates in LibreOffice as often as in Excel. With {@code soffice
 * --headless}: a school's and a district's template convert to PDF; a filled template saved again by
 * LibreOffice keeps its protection, validations and stamp and still reads without a finding; and
 * LibreOffice evaluates the percentage validation formula as POI does. Skipped without LibreOffice
 * on a developer's machine, failed on CI (env {@code CI} set), where {@code .ci/run} installs it.
 */
class TemplateLibreOfficeTest {

    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;
    Path soffice;

    @BeforeEach
    void needsLibreOffice() {
        soffice = soffice();
        if (soffice == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("LibreOffice (soffice) is not installed, but CI must check that LibreOffice opens the "
                        + "templates: install libreoffice-calc-nogui (see .ci/run).");
            }
            Assumptions.abort("LibreOffice (soffice) is not on PATH; skipped outside CI");
        }
    }

    @Test
    @Timeout(value = 3 * TIMEOUT_SECONDS + 30, unit = TimeUnit.SECONDS)
    void libreOfficeOpensTemplatesAndSavesThemBackReadable() throws Exception {
        TemplateFixture fx = new TemplateFixture();
        List<GeneratedTemplate> made = fx.generator().generate("PGD-ST", Files.createDirectories(dir.resolve("t")));
        Path school = made.get(1).file();
        Path district = made.get(0).file();
        Path filled = new Clerk(fx.catalogue).fill(school, dir.resolve("filled.xlsx"), false, null);

        Path pdf = convert("pdf", "pdf", school, district);
        for (Path p : List.of(school, district)) {
            Path out = pdf.resolve(p.getFileName().toString().replace(".xlsx", ".pdf"));
            assertThat(out).exists();
            assertThat(Files.size(out)).isGreaterThan(5000);
            assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }

        Path resaved = convert("xlsx:Calc MS Excel 2007 XML", "lo", filled).resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet table = wb.getSheet(TableSheet.NAME);
            assertThat(table.getProtect()).isTrue();
            assertThat(table.getDataValidations()).hasSizeGreaterThan(20);
            assertThat(table.getRow(9).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(table.getRow(9).getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(TemplateStamp.readFrom(wb)).isNotNull();
        }
        Submission s = fx.reader.read(resaved);
        assertThat(s.outcome()).as(s.reason()).isEqualTo(FileOutcome.READ);
        assertThat(s.unitCode()).isEqualTo(made.get(1).unit().code());
        assertThat(s.notes()).isEmpty();
        assertThat(fx.validator().validate(s)).isEmpty();

        assertThat(libreOfficeEvaluates(InputKind.PERCENT, "99,5", "99.5", "105", "-5", "Chưa đánh giá", "< 0,20",
                "abc", "0,05")).containsExactly("TRUE", "TRUE", "FALSE", "FALSE", "TRUE", "TRUE", "FALSE", "TRUE");
    }

    /** Each value as text in A, the kind's validation formula on it in B; LibreOffice computes B into CSV. */
    private List<String> libreOfficeEvaluates(InputKind kind, String... values) throws Exception {
        Path book = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            XSSFSheet s = wb.createSheet("f");
            for (int i = 0; i < values.length; i++) {
                XSSFRow row = s.createRow(i);
                row.createCell(0).setCellValue(values[i]);
                row.createCell(1).setCellFormula(kind.formula("A" + (i + 1)));
            }
            wb.write(out);
        }
        List<String> results = new ArrayList<>();
        for (String line : Files.readAllLines(convert("csv:Text - txt - csv (StarCalc):44,34,76", "csv", book).resolve("formula.csv"), StandardCharsets.UTF_8)) {
            results.add(line.substring(line.lastIndexOf(',') + 1));
        }
        return results;
    }

    /** Converts the files with soffice into {@code dir/<sub>}; fails with what soffice said. */
    private Path convert(String to, String sub, Path... files) throws Exception {
        Path out = Files.createDirectories(dir.resolve(sub));
        Path log = dir.resolve(sub + ".log");
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--norestore",
                "--convert-to", to, "--outdir", out.toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return out;
    }

    /** soffice on PATH, or null. */
    static Path soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isBlank()) {
                Path candidate = Path.of(d, "soffice");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
