package vn.tonghop.report;

import vn.tonghop.kind.phasing.report.PhasingSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The office opens what the run writes in whatever it has, often LibreOffice, and so may a school:
 * convert summary.xlsx, discrepancies.xlsx and two feedback workbooks (an .xlsx whose sheet is
 * protected, has a name that needs quoting and a comment of its own; an .xls) to PDF with
 * {@code soffice --headless} and expect a PDF for each. Without
 * LibreOffice the test is skipped on a developer's machine, but fails on CI (env {@code CI} set),
 * where {@code .ci/run} installs it.
 */
class LibreOfficeOpensOutputsTest {

    static final long TIMEOUT_SECONDS = 120;
    private static final String SEED = FeedbackWorkbookWriterTest.SEED;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 30, unit = TimeUnit.SECONDS)
    void libreOfficeConvertsSummaryDiscrepanciesAndFeedbackToPdf() throws Exception {
        Path soffice = soffice();
        if (soffice == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("LibreOffice (soffice) is not installed, but CI must check that LibreOffice opens the "
                        + "workbooks: install libreoffice-calc-nogui (see .ci/run).");
            }
            Assumptions.abort("LibreOffice (soffice) is not on PATH; skipped outside CI");
        }
        ReportFixture fx = new ReportFixture();
        Path summary = dir.resolve("summary.xlsx");
        Path discrepancies = dir.resolve("discrepancies.xlsx");
        new PhasingSummary().write(fx.consolidation, summary);
        new DiscrepancyReportWriter().write(ReportFixture.findings(), discrepancies, dir.resolve("discrepancies.csv"));
        Path feedbackXlsx = dir.resolve("gop_y_TanThanhB2.xlsx");
        Path feedbackXls = dir.resolve("gop_y_LongKhanh.xls");
        writeFeedback(feedbackXlsx, feedbackXls);
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Path profile = dir.resolve("lo-profile"); // its own profile: no clash with a running LibreOffice
        Path log = dir.resolve("soffice.log");

        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), summary.toString(),
                discrepancies.toString(), feedbackXlsx.toString(), feedbackXls.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        System.out.printf("LibreOffice converted the four workbooks to PDF in %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        String said = Files.readString(log);
        assertThat(p.exitValue()).as(said).isZero();
        for (String name : List.of("summary.pdf", "discrepancies.pdf", "gop_y_TanThanhB2.pdf", "gop_y_LongKhanh.pdf")) {
            Path pdf = out.resolve(name);
            assertThat(pdf).as(said).exists();
            assertThat(Files.size(pdf)).as(name).isGreaterThan(1000);
            byte[] head = new byte[5];
            try (var in = Files.newInputStream(pdf)) {
                assertThat(in.read(head)).isEqualTo(5);
            }
            assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    /** Feedback workbooks on sample files: the awkward copy of the seed (.xlsx) and Long Khánh's .xls. */
    private void writeFeedback(Path xlsx, Path xls) throws Exception {
        String sheet = "Bảng 'A' 2";
        Path awkward = FeedbackWorkbookWriterTest.awkwardCopyOfTheSeed(dir.resolve("awkward.xlsx"));
        FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();
        writer.write(awkward, List.of(
                new Finding(SEED, "87612405", sheet, "D11", "VALUE_DOUBTFUL", Severity.WARNING,
                        "Giá trị «92, 70» đã đọc là 92.7; đề nghị kiểm tra.", "92, 70"),
                new Finding(SEED, "87612405", sheet, "G34", "REQUIRED_VALUE_MISSING", Severity.ERROR,
                        "Ô G34 để trống; đề nghị nhập chỉ tiêu của trường.", ""),
                new Finding(SEED, "87612405", "", "", "INDICATOR_MISSING", Severity.ERROR, "Thiếu chỉ tiêu T.2.b.",
                        "")),
                xlsx);
        writer.write(Path.of("sample-workbooks/TH_LongKhanh_phan_ky_chi_tieu.xls"), List.of(
                new Finding("TH_LongKhanh_phan_ky_chi_tieu.xls", "87715005", "Phụ lục II", "J11",
                        "PERCENT_OUT_OF_RANGE", Severity.ERROR, "Tỷ lệ «104» lớn hơn 100.", "104")), xls);
    }

    /** soffice on PATH, or null. */
    static Path soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (d.isBlank()) {
                continue;
            }
            Path candidate = Path.of(d, "soffice");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
