package vn.tonghop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.PdfPages;
import vn.tonghop.report.PdfPages.Pdf;
import vn.tonghop.value.ParsedValue;

/**
 * {@code facts.xlsx} as it prints: the facts of every sample phasing table, the lines a run writes,
 * rendered by LibreOffice. Sized to their content its columns were about 480 characters wide and the
 * sample's 1,916 facts printed on 400 portrait pages of a few columns each; now landscape, every
 * column on the page's width, the header on every page, long names wrapped into rows tall enough.
 */
class FactsWorkbookPrintTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = PdfPages.TIMEOUT_SECONDS + 60, unit = TimeUnit.SECONDS)
    void factsPrintLandscapeOnePageWideWithTheHeaderOnEveryPage() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        List<FactRow> rows = sampleFacts();
        assertThat(rows).hasSizeGreaterThan(1000);
        Path xlsx = dir.resolve("facts.xlsx");
        long written = new FactsWorkbookExporter(null, null, OutputFiles.DEFAULT)
                .write(sink -> rows.forEach(sink), xlsx);
        assertThat(written).isEqualTo(rows.size());

        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
            assertThat(sh.getFitToPage()).isTrue();
            assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getRepeatingRows()).isNotNull();
            int widths = 0;
            for (int c = 0; c < FactsCsvExporter.FACT_COLUMNS.length; c++) {
                widths += sh.getColumnWidth(c) / 256;
            }
            assertThat(widths).as("the columns' width, in characters").isBetween(200, 280);
            // the longest indicator name (about 70 characters) wraps in a row tall enough for its lines
            Row longName = null;
            for (Row r : sh) {
                if (r.getRowNum() > 0 && r.getCell(2) != null && (longName == null
                        || r.getCell(2).getStringCellValue().length() > longName.getCell(2).getStringCellValue().length())) {
                    longName = r;
                }
            }
            assertThat(longName.getCell(2).getStringCellValue()).hasSizeGreaterThan(65);
            assertThat(longName.getHeightInPoints()).as(longName.getCell(2).getStringCellValue())
                    .isGreaterThanOrEqualTo(45f);
            // the value stays a number, the sha256 whole in its cell
            assertThat(sh.getRow(1).getCell(12).getStringCellValue()).hasSize(64);
        }

        Pdf pdf = PdfPages.convert(soffice, dir, List.of(xlsx)).get(0);
        System.out.printf("facts.xlsx, %d lines: %d pages%n", rows.size(), pdf.pages());
        assertThat(pdf.allA4()).isTrue();
        assertThat(pdf.allLandscape()).isTrue();
        // about 35 lines a page at this scale, names wrapped on two or three: tens of pages, not hundreds
        assertThat(pdf.pages()).as("%d facts", rows.size()).isBetween(rows.size() / 60, rows.size() / 15);
        String first = PdfPages.text(pdf, 1);
        String later = PdfPages.text(pdf, pdf.pages() / 2);
        for (String page : List.of(first, later)) {
            // every column on the page, the header repeated
            assertThat(page).contains("unit_code", "indicator_name", "measure", "row_name", "sha256", "document");
        }
        assertThat(first).contains("Trang 1/" + pdf.pages());
    }

    /** Every sample phasing table read as a run reads it, one line per fact as facts.csv gives it. */
    static List<FactRow> sampleFacts() throws Exception {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sample-workbooks"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted().toList();
        }
        List<FactRow> rows = new ArrayList<>();
        for (Path file : files) {
            Submission sub = reader.read(file);
            if (sub.outcome() != FileOutcome.READ) {
                continue;
            }
            for (Fact f : sub.facts()) {
                ParsedValue v = f.value();
                String code = f.indicatorCode() == null ? "" : f.indicatorCode();
                String name = code.isEmpty() ? f.rowName() : catalogue.find(code).name();
                rows.add(new FactRow(sub.unitCode(), code, name, f.measure().code(), v.raw(), v.normalized(),
                        v.comparator() == null ? "" : v.comparator().symbol(), f.cell(), v.kind().name(),
                        v.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")), f.rowName(),
                        sub.fileName(), sub.sha256(), "phasing"));
            }
        }
        return rows;
    }
}
