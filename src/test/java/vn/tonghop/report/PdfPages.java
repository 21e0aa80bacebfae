package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * What a printed workbook looks like, through LibreOffice: converts workbooks to PDF with {@code
 * soffice --headless} and reads the pages' count and paper size from the PDF (LibreOffice writes
 * each page's dictionary uncompressed, so no PDF library is needed), and a page's text with
 * poppler's {@code pdftotext}. Skips without LibreOffice on a
 * developer's machine and fails on CI (env {@code CI} set), where {@code .ci/run} installs it.
 * Set {@code -Dtonghop.keepPdf=DIR} to keep the PDFs for a look.
 */
public final class PdfPages {

    public static final long TIMEOUT_SECONDS = 180;
    /** A4 in PDF points, portrait. */
    public static final int A4_SHORT = 595;
    public static final int A4_LONG = 842;

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*]");

    /** One PDF's pages: how many and each one's size in points. */
    public record Pdf(Path file, List<double[]> sizes) {
        public int pages() {
            return sizes.size();
        }

        /** True when every page is A4, either way round (a point of rounding allowed). */
        public boolean allA4() {
            return sizes.stream().allMatch(s -> near(Math.min(s[0], s[1]), A4_SHORT) && near(Math.max(s[0], s[1]),
                    A4_LONG));
        }

        public boolean allLandscape() {
            return sizes.stream().allMatch(s -> s[0] > s[1]);
        }

        public boolean allPortrait() {
            return sizes.stream().allMatch(s -> s[0] < s[1]);
        }

        private static boolean near(double a, double b) {
            return Math.abs(a - b) < 2;
        }
    }

    private PdfPages() {
    }

    /** soffice, or aborts the test (fails it on CI). */
    public static Path sofficeOrSkip() {
        Path soffice = soffice();
        if (soffice == null) {
            onCiFail("LibreOffice (soffice) is not installed, but CI must check how the outputs print: install "
                    + "libreoffice-calc-nogui (see .ci/run).");
            Assumptions.abort("LibreOffice (soffice) is not on PATH; skipped outside CI");
        }
        return soffice;
    }

    /** Converts the workbooks to PDF in one soffice call; returns the PDFs in the same order. */
    public static List<Pdf> convert(Path soffice, Path work, List<Path> workbooks) throws Exception {
        Path out = Files.createDirectories(work.resolve("pdf"));
        Path log = work.resolve("soffice.log");
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString()));
        workbooks.forEach(w -> cmd.add(w.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        String said = Files.readString(log);
        assertThat(p.exitValue()).as(said).isZero();
        List<Pdf> pdfs = new ArrayList<>();
        String keep = System.getProperty("tonghop.keepPdf");
        for (Path w : workbooks) {
            String name = w.getFileName().toString();
            Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(pdf).as(said).exists();
            if (keep != null && !keep.isBlank()) {
                Files.createDirectories(Path.of(keep));
                Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            pdfs.add(read(pdf));
        }
        return pdfs;
    }

    /** The pages of a PDF LibreOffice wrote. */
    public static Pdf read(Path pdf) throws Exception {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(s).startsWith("%PDF-");
        List<double[]> sizes = new ArrayList<>();
        Matcher m = PAGE.matcher(s);
        while (m.find()) {
            // the page's dictionary: from its "<<" before /Type to the matching end, searched for /MediaBox
            int start = s.lastIndexOf("obj", m.start());
            int end = s.indexOf("endobj", m.end());
            Matcher box = MEDIA_BOX.matcher(s.substring(start, end));
            double[] size = {0, 0};
            if (box.find()) {
                size = new double[] {Double.parseDouble(box.group(3)) - Double.parseDouble(box.group(1)),
                    Double.parseDouble(box.group(4)) - Double.parseDouble(box.group(2))};
            }
            sizes.add(size);
        }
        return new Pdf(pdf, sizes);
    }

    /**
     * A copy of a workbook with only the named sheet left, so its PDF holds that sheet's pages alone.
     */
    public static Path onlySheet(Path workbook, String sheet, Path target) throws Exception {
        try (var in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            int keep = wb.getSheetIndex(sheet);
            assertThat(keep).as(sheet).isNotNegative();
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                if (i != keep) {
                    wb.removeSheetAt(i);
                }
            }
            wb.setActiveSheet(0);
            wb.getSheetAt(0).setSelected(true);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    /**
     * The text of one page (1-based) as {@code pdftotext -layout} lays it out: a label and its value on
     * one line. Skips without poppler's pdftotext on a developer's machine, fails on CI.
     */
    public static String text(Pdf pdf, int page) throws Exception {
        Path pdftotext = onPath("pdftotext");
        if (pdftotext == null) {
            onCiFail("poppler's pdftotext is not installed, but CI must check what the outputs print: install "
                    + "poppler-utils (see .ci/run).");
            Assumptions.abort("pdftotext is not on PATH; skipped outside CI");
        }
        Process p = new ProcessBuilder(pdftotext.toString(), "-layout", "-enc", "UTF-8", "-f", String.valueOf(page),
                "-l", String.valueOf(page), pdf.file().toString(), "-").redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A word as pdftotext finds it: its page (1-based), left and top in points, and its text. */
    public record Word(int page, double x, double y, String text) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"[-\\d.]+\" yMax=\"[-\\d.]+\">(.*?)</word>");

    /** Every word of the PDF with where it is ({@code pdftotext -bbox}); skips like {@link #text}. */
    public static List<Word> words(Pdf pdf) throws Exception {
        Path pdftotext = onPath("pdftotext");
        if (pdftotext == null) {
            onCiFail("poppler's pdftotext is not installed, but CI must check what the outputs print: install "
                    + "poppler-utils (see .ci/run).");
            Assumptions.abort("pdftotext is not on PATH; skipped outside CI");
        }
        Process p = new ProcessBuilder(pdftotext.toString(), "-bbox", "-enc", "UTF-8", pdf.file().toString(), "-")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<Word> words = new ArrayList<>();
        int page = 0;
        for (String line : out.split("\n")) {
            if (line.contains("<page ")) {
                page++;
            }
            Matcher m = WORD.matcher(line);
            if (m.find()) {
                String text = m.group(3).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&apos;", "'").replace("&amp;", "&");
                words.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), text));
            }
        }
        return words;
    }

    private static void onCiFail(String message) {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(message);
        }
    }

    /** soffice on PATH, or null. */
    public static Path soffice() {
        return onPath("soffice");
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isBlank()) {
                Path candidate = Path.of(d, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
