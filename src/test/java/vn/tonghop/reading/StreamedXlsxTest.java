package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.tonghop.kind.selfassessment.SelfAssessmentKind;

/**
 * The streaming reader ({@link StreamedXlsx}) against POI's user model, which it replaces for .xlsx: for
 * every workbook of the repository and for workbooks made here with what a clerk's file may hold, the
 * same grids cell for cell, the same canonical value of every cell, and the same documents (facts, notes,
 * outcomes) from {@link SubmissionReader} read both ways.
 */
class StreamedXlsxTest {

    static Stream<Path> repositoryWorkbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-workbooks"), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    private static SubmissionReader reader() {
        return new SubmissionReader(SampleOffice.registry(), List.of(new vn.tonghop.kind.phasing.PhasingKind(
                SampleOffice.catalogue()), new SelfAssessmentKind(null, SampleOffice.registry())), 20L * 1024 * 1024);
    }

    @ParameterizedTest
    @MethodSource("repositoryWorkbooks")
    void everyRepositoryWorkbookReadsTheSameBothWays(Path file) {
        List<Submission> streamed = reader().readDocuments(file);
        List<Submission> userModel = reader().userModelOnly().readDocuments(file);
        assertEquals(userModel, streamed);
    }

    @ParameterizedTest
    @MethodSource("repositoryWorkbooks")
    void everyRepositoryWorkbookThatOpensIsStreamedCellForCell(Path file) throws Exception {
        Workbook wb;
        try {
            wb = WorkbookFactory.create(file.toFile(), null, true);
        } catch (Exception e) {
            return; // damaged or encrypted: the user model refuses it, and so the reading does
        }
        StreamedXlsx streamed;
        try {
            streamed = StreamedXlsx.open(file.toFile());
        } catch (StreamedXlsx.Unusual e) {
            // left to the user model (a hostile file's row 0, say); a clerk's workbook never is
            assertThat(file.startsWith("sample-workbooks")).as(file + ": " + e.getMessage()).isFalse();
            wb.close();
            return;
        }
        try (wb; streamed) {
            assertSameCells(new PoiCellSource(wb), streamed);
        }
    }

    @Test
    void whatAClerksWorkbookHoldsIsStreamedAsTheUserModelReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("Phụ lục II");
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFCellStyle quoted = wb.createCellStyle();
            quoted.setDataFormat(wb.createDataFormat().getFormat("0.0\" %\""));
            XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            XSSFCellStyle legacy = wb.createCellStyle();
            legacy.setFont(vnTime);
            XSSFCellStyle column = wb.createCellStyle();
            column.setDataFormat(wb.createDataFormat().getFormat("0%"));
            sh.setDefaultColumnStyle(6, column);

            XSSFRow r0 = sh.createRow(0);
            r0.createCell(0).setCellValue("Tên chỉ tiêu");
            r0.createCell(2).setCellValue(0.927);
            r0.getCell(2).setCellStyle(percent);
            r0.createCell(3).setCellValue(45000);
            r0.getCell(3).setCellStyle(date);
            r0.createCell(4).setCellValue(99.5);
            r0.getCell(4).setCellStyle(quoted);
            r0.createCell(5).setCellValue(true);
            XSSFCell g = r0.createCell(6);
            g.getCTCell().setV("0.5"); // a number in a column whose default style is a percent
            XSSFRow r1 = sh.createRow(1);
            r1.createCell(0).setCellValue("Phô lôc II");
            r1.getCell(0).setCellStyle(legacy);
            XSSFRichTextString rich = new XSSFRichTextString("TR¦êNG tiÓu häc");
            XSSFFont vnTimeH = wb.createFont();
            vnTimeH.setFontName(".VnTimeH");
            rich.applyFont(0, 6, vnTimeH);
            rich.applyFont(6, 15, vnTime);
            r1.createCell(1).setCellValue(rich);
            r1.createCell(2).setCellFormula("SUM(C1:C1)"); // no cached value: read as the formula
            r1.createCell(3).setCellFormula("1/0");
            r1.getCell(3).getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.E);
            r1.getCell(3).getCTCell().setV(FormulaError.DIV0.getString());
            r1.createCell(4).setCellFormula("\"có\"");
            r1.getCell(4).getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
            r1.getCell(4).getCTCell().setV("có");
            r1.createCell(5).setCellFormula("2*3");
            r1.getCell(5).getCTCell().setV("6");
            r1.createCell(6).setCellValue("Line_x000D_break");
            r1.createCell(70).setCellValue("far right"); // beyond the grid's columns
            sh.createRow(3).createCell(1).setCellValue("  99, 70 ");
            sh.addMergedRegion(new CellRangeAddress(3, 4, 1, 3));
            sh.createRow(3500).createCell(0).setCellValue("far below");
            XSSFSheet stamp = wb.createSheet("_tonghop");
            stamp.createRow(0).createCell(0).setCellValue("tonghop-template");
            wb.createSheet("Trống");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            assertSameCells(new PoiCellSource(wb), streamed);
            SheetGrid grid = SheetGrid.of(streamed, streamed.sheets().get(0), new DataFormatter(Locale.ROOT),
                    new SheetGrid.WorkbookBudget());
            assertThat(grid.cell(0, 2).content().percentFormat()).isTrue();
            assertThat(grid.cell(0, 6).content().percentFormat()).as("the column's style").isTrue();
            assertThat(grid.text(1, 2)).isEqualTo("=SUM(C1:C1)");
            assertThat(grid.cell(1, 6).content().text()).isEqualTo("Line\rbreak");
            assertThat(grid.cell(3, 3).mergedCopy()).isTrue();
            assertThat(streamed.sheet("_TONGHOP").name()).isEqualTo("_tonghop");
            assertThat(streamed.sheet("Phụ lục II").row(1).cell(70).canonical()).isEqualTo("far right");
            assertThat(streamed.sheet("Phụ lục II").row(3500).cell(0).canonical()).isEqualTo("far below");
        }
    }

    @Test
    void inlineStringsAsStreamingWritersWriteThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            var sh = wb.createSheet("Bảng");
            for (int r = 0; r < 50; r++) {
                var row = sh.createRow(r);
                row.createCell(0).setCellValue("Chỉ tiêu " + r);
                row.createCell(1).setCellValue(r * 1.5);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            assertSameCells(new PoiCellSource(wb), streamed);
            assertThat(streamed.sheets().get(0).row(7).cell(0).string()).isEqualTo("Chỉ tiêu 7");
        }
    }

    @Test
    void aSharedFormulaWithoutItsValueIsLeftToTheUserModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("S");
            for (int r = 0; r < 3; r++) {
                sh.createRow(r).createCell(0).setCellValue(r);
            }
            XSSFCell c = sh.getRow(0).createCell(1);
            c.setCellFormula("A1*2");
            var f = c.getCTCell().getF();
            f.setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType.SHARED);
            f.setRef("B1:B3");
            f.setSi(0);
            for (int r = 1; r < 3; r++) {
                var ct = sh.getRow(r).createCell(1).getCTCell();
                var g = ct.addNewF();
                g.setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType.SHARED);
                g.setSi(0);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            var cell = streamed.sheets().get(0).row(2).cell(1);
            org.junit.jupiter.api.Assertions.assertThrows(StreamedXlsx.Unusual.class,
                    () -> cell.content(new DataFormatter(Locale.ROOT)));
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            SheetGrid grid = SheetGrid.of(wb.getSheetAt(0), new DataFormatter(Locale.ROOT), new SheetGrid.WorkbookBudget());
            assertThat(grid.text(2, 1)).isEqualTo("=A3*2"); // what the reading gives after falling back
        }
    }

    /** Grids of every sheet, the legacy note, and the canonical value of every cell, both ways. */
    static void assertSameCells(CellSource expected, CellSource actual) {
        assertEquals(expected.sheets().size(), actual.sheets().size());
        assertEquals(expected.fontCount(), actual.fontCount());
        SheetGrid.WorkbookBudget eb = new SheetGrid.WorkbookBudget();
        SheetGrid.WorkbookBudget ab = new SheetGrid.WorkbookBudget();
        for (int i = 0; i < expected.sheets().size(); i++) {
            CellSource.Sheet es = expected.sheets().get(i);
            CellSource.Sheet as = actual.sheets().get(i);
            assertEquals(es.name(), as.name());
            SheetGrid eg = SheetGrid.of(expected, es, new DataFormatter(Locale.ROOT), eb);
            SheetGrid ag = SheetGrid.of(actual, as, new DataFormatter(Locale.ROOT), ab);
            assertEquals(eg.rowCount(), ag.rowCount(), es.name());
            for (int r = 0; r < eg.rowCount(); r++) {
                assertEquals(eg.columnCount(r), ag.columnCount(r), es.name() + " row " + r);
                for (int c = 0; c < eg.columnCount(r); c++) {
                    assertEquals(eg.cell(r, c), ag.cell(r, c), es.name() + "!" + new CellAddressText(r, c));
                }
            }
            CellSource.Sheet ew = expected.sheet(es.name());
            CellSource.Sheet aw = actual.sheet(es.name());
            List<String> ev = new ArrayList<>();
            List<String> av = new ArrayList<>();
            ew.rows().forEach(row -> {
                if (row.index() <= CellSource.WHOLE_SHEET_LAST_ROW) {
                    row.cells().forEach(cell -> ev.add(cell.row() + "," + cell.col() + "=" + canonical(cell)
                            + "|" + cell.isPlainString() + "|" + cell.fontIndex()));
                }
            });
            aw.rows().forEach(row -> row.cells().forEach(cell -> av.add(cell.row() + "," + cell.col() + "="
                    + canonical(cell) + "|" + cell.isPlainString() + "|" + cell.fontIndex())));
            assertEquals(ev, av, es.name());
        }
        assertEquals(eb.legacyEncodingNote(), ab.legacyEncodingNote());
    }

    private static String canonical(CellSource.Cell cell) {
        try {
            return cell.canonical();
        } catch (RuntimeException e) {
            return "!" + e.getClass().getSimpleName();
        }
    }

    private record CellAddressText(int row, int col) {
        @Override
        public String toString() {
            return new org.apache.poi.ss.util.CellAddress(row, col).formatAsString();
        }
    }
}
