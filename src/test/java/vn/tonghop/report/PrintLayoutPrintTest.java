package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines {@link PrintLayout} counts for a wrapped text are the lines LibreOffice prints: real texts
 * tonghop writes (the sample run's findings, the catalogue's names, the registry's units, the summary's
 * phrases), regular and bold, in columns 8 to 60 wide, printed to PDF and their lines counted from where
 * pdftotext finds the words. A row made from a count too low is cut; one too high prints an empty line.
 */
class PrintLayoutPrintTest {

    private static final int[] WIDTHS = {8, 12, 18, 28, 40, 60};
    /** Lines a row can hold with two to spare (409 points, 15 a line). */
    private static final int MAX_LINES = 25;
    private static final Pattern MARKER = Pattern.compile("§(\\d+)§");

    private record Case(String text, int column, boolean bold) {
        int width() {
            return WIDTHS[column - 1];
        }
    }

    @Test
    void linesCountedAreTheLinesLibreOfficePrints(@TempDir Path dir) throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        List<String> texts = Files.readAllLines(Path.of("src/test/resources/print/wrapped-texts.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(texts).hasSizeGreaterThan(80);
        List<Case> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            all.add(new Case(texts.get(i), 1 + i % WIDTHS.length, false));
            all.add(new Case(texts.get(i), 1 + (i + 3) % WIDTHS.length, false));
            if (i % 3 == 0) {
                all.add(new Case(texts.get(i), 1 + (i + 1) % WIDTHS.length, true));
            }
        }
        // a row holds at most 409 points: a text that needs more is cut anyway, whatever the count
        List<Case> cases = all.stream().filter(k -> PrintLayout.lines(k.text(), k.width(), k.bold()) <= MAX_LINES).toList();
        assertThat(cases).hasSizeGreaterThan(200);
        Path xlsx = dir.resolve("lines.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("lines");
            sh.setColumnWidth(0, 6 * 256);
            for (int c = 0; c < WIDTHS.length; c++) {
                sh.setColumnWidth(c + 1, WIDTHS[c] * 256);
            }
            CellStyle top = wb.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            Map<Boolean, CellStyle> wrap = new HashMap<>();
            for (boolean bold : new boolean[] {false, true}) {
                CellStyle s = wb.createCellStyle();
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                Font f = wb.createFont();
                f.setBold(bold);
                f.setFontHeightInPoints((short) 11);
                s.setFont(f);
                wrap.put(bold, s);
            }
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                Row row = sh.createRow(i);
                Cells.text(row, 0, "§" + i + "§", top);
                Cells.text(row, k.column(), k.text(), wrap.get(k.bold()));
                // two lines to spare, so a count too low shows as lines printed, not as text cut
                int lines = PrintLayout.lines(k.text(), k.width(), k.bold());
                row.setHeightInPoints(Math.min(409, (lines + 2) * 15f));
            }
            PrintLayout.a4(sh, true);
            sh.setFitToPage(false);
            sh.getPrintSetup().setScale((short) 40);
            sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sh.getFooter().setCenter(""); // only the rows' words on the page
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        PdfPages.Pdf pdf = PdfPages.convert(soffice, dir, List.of(xlsx)).get(0);
        Map<Integer, Integer> printed = printedLines(PdfPages.words(pdf));
        assertThat(printed).hasSize(cases.size());

        int exact = 0;
        List<String> fewer = new ArrayList<>();
        List<String> more = new ArrayList<>();
        List<String> oneMore = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            int counted = PrintLayout.lines(k.text(), k.width(), k.bold());
            int drawn = printed.get(i);
            String what = "width " + k.width() + (k.bold() ? " bold" : "") + ": counted " + counted + ", printed "
                    + drawn + ": " + k.text();
            if (counted == drawn) {
                exact++;
            } else if (counted < drawn) {
                fewer.add(what);
            } else if (counted == drawn + 1) {
                oneMore.add(what);
            } else {
                more.add(what);
            }
        }
        assertThat(fewer).as("never fewer lines than printed: the row would cut the text").isEmpty();
        assertThat(more).as("never two lines or more above what is printed").isEmpty();
        // what is left over: LibreOffice also breaks a line after a hyphen or a slash
        assertThat(exact).as("exactly as printed, but %s", oneMore).isGreaterThanOrEqualTo(cases.size() * 95 / 100);
    }

    /** Per marker, the lines of text printed between it and the next marker of its page. */
    private static Map<Integer, Integer> printedLines(List<PdfPages.Word> words) {
        Map<Integer, Integer> out = new HashMap<>();
        Map<Integer, List<PdfPages.Word>> byPage = new TreeMap<>();
        words.forEach(w -> byPage.computeIfAbsent(w.page(), p -> new ArrayList<>()).add(w));
        for (List<PdfPages.Word> page : byPage.values()) {
            List<PdfPages.Word> markers = page.stream().filter(w -> MARKER.matcher(w.text()).matches())
                    .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
            for (int m = 0; m < markers.size(); m++) {
                double top = markers.get(m).y() - 1;
                double bottom = m + 1 < markers.size() ? markers.get(m + 1).y() - 1 : Double.MAX_VALUE;
                List<Double> ys = page.stream().filter(w -> !MARKER.matcher(w.text()).matches())
                        .filter(w -> w.y() >= top && w.y() < bottom).map(PdfPages.Word::y).sorted().toList();
                int lines = 0;
                double last = -100;
                for (double y : ys) {
                    if (y - last > 1.5) { // a new line (at 40 %, lines are 5 points apart)
                        lines++;
                    }
                    last = y;
                }
                var matcher = MARKER.matcher(markers.get(m).text());
                assertThat(matcher.matches()).isTrue();
                out.put(Integer.parseInt(matcher.group(1)), lines);
            }
        }
        return out;
    }
}
