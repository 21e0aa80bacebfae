package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;

/**
 * The workbook part and the styles read by SAX ({@link StreamedWorkbookPart}, {@link StreamedStyles})
 * against POI's user model, on workbooks made here: each streamed cell reads as the user model reads it
 * (grids, number formats, fonts), and what the SAX pass leaves to the user model reads as before.
 */
class StreamedStylesTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Hidden sheets, custom and built-in number formats, a legacy font, locked and unlocked cells. */
    private static Path clerksWorkbook(Path dir) throws IOException {
        Path file = dir.resolve("clerk.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("Phụ lục II");
            XSSFCellStyle custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("#,##0.000"));
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            XSSFCellStyle builtinPercent = wb.createCellStyle();
            builtinPercent.setDataFormat((short) 10); // 0.00%
            XSSFCellStyle unlocked = wb.createCellStyle();
            unlocked.setLocked(false);
            XSSFCellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            XSSFCellStyle legacy = wb.createCellStyle();
            legacy.setFont(vnTime);
            legacy.setLocked(false);
            XSSFRow r0 = sh.createRow(0);
            r0.createCell(0).setCellValue("Tỷ lệ");
            r0.createCell(1).setCellValue(1234.5);
            r0.getCell(1).setCellStyle(custom);
            r0.createCell(2).setCellValue(0.925);
            r0.getCell(2).setCellStyle(percent);
            r0.createCell(3).setCellValue(0.5);
            r0.getCell(3).setCellStyle(builtinPercent);
            r0.createCell(4).setCellValue(98);
            r0.getCell(4).setCellStyle(unlocked);
            r0.createCell(5).setCellValue("khóa");
            r0.getCell(5).setCellStyle(locked);
            sh.createRow(1).createCell(0).setCellValue("Phô lôc II");
            sh.getRow(1).getCell(0).setCellStyle(legacy);
            wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue(7);
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.createSheet("Rất ẩn").createRow(0).createCell(0).setCellValue("bí mật");
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void formatsFontsHiddenSheetsAndLockedCellsReadAsTheUserModelReadsThem(@TempDir Path dir) throws Exception {
        Path file = clerksWorkbook(dir);
        assertThat(part(file, "xl/styles.xml")).as("a custom format's id").contains("numFmtId=\"164\"")
                .contains("locked=\"false\"");
        assertThat(part(file, "xl/workbook.xml")).contains("state=\"hidden\"").contains("state=\"veryHidden\"");
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            StreamedXlsxTest.assertSameCells(new PoiCellSource(wb), streamed);
            assertThat(streamed.sheets()).extracting(CellSource.Sheet::name)
                    .containsExactly("Phụ lục II", "Ẩn", "Rất ẩn");
            SheetGrid grid = grid(streamed);
            assertThat(grid.cell(0, 1).content().text()).isEqualTo("1,234.500");
            assertThat(grid.cell(0, 1).content().percentFormat()).isFalse();
            assertThat(grid.cell(0, 2).content().percentFormat()).isTrue();
            assertThat(grid.cell(0, 2).content().text()).isEqualTo("92.5%");
            assertThat(grid.cell(0, 3).content().text()).isEqualTo("50.00%");
            assertThat(streamed.fontName(streamed.sheets().get(0).row(1).cell(0).fontIndex())).isEqualTo(".VnTime");
            assertThat(grid.text(1, 0)).isEqualTo("Phụ lục II");
        }
        assertReadsTheSameBothWays(file);
    }

    @Test
    void aWorkbookPartAndStylesWithAByteOrderMarkAndPrefixesAreStreamed(@TempDir Path dir) throws Exception {
        Path original = clerksWorkbook(dir);
        Path file = dir.resolve("prefixed.xlsx");
        rewrite(original, file, Map.of("xl/workbook.xml", StreamedStylesTest::prefixed,
                "xl/styles.xml", StreamedStylesTest::prefixed));
        assertThat(part(file, "xl/workbook.xml")).startsWith("\uFEFF").contains("<x:sheet ").contains(" rel:id=");
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            StreamedXlsxTest.assertSameCells(new PoiCellSource(wb), streamed);
            assertThat(streamed.sheets()).hasSize(3);
            assertThat(grid(streamed).cell(0, 2).content().percentFormat()).isTrue();
            assertThat(grid(streamed).text(1, 0)).isEqualTo("Phụ lục II");
        }
        assertReadsTheSameBothWays(file);
    }

    /**
     * A cell format without a font of its own takes its cell style's; a workbook may redefine a
     * built-in format id; the first of two font names counts; a cell naming a format the table does
     * not have reads as General.
     */
    @Test
    void handWrittenStylesReadAsTheUserModelReadsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("styles.xlsx");
        styledCells(file, """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="%s">
                <numFmts count="3"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="9" formatCode="0.0%%"/>\
                <numFmt numFmtId="165" formatCode="0.0"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>
                <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>\
                <font><name val=".VnTime"/><name val="Arial"/></font><font><b/></font></fonts>
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                <borders count="1"><border/></borders>
                <cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/></cellStyleXfs>
                <cellXfs count="6"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="164" xfId="1"/>\
                <xf numFmtId="9" fontId="2" xfId="0"><protection locked="0"/></xf><xf numFmtId="165" fontId="0"/>\
                <xf numFmtId="4" fontId="0" xfId="7"/><xf numFmtId="200" fontId="2"/></cellXfs>
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
                <dxfs count="0"/><tableStyles count="0"/>
                </styleSheet>""".formatted(MAIN), 6);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            StreamedXlsxTest.assertSameCells(new PoiCellSource(wb), streamed);
            assertThat(streamed.fontCount()).isEqualTo(3);
            assertThat(streamed.fontName(1)).isEqualTo(".VnTime");
            assertThat(streamed.fontName(2)).isEqualTo("Calibri"); // a font without a name, as POI names it
            assertThatThrownBy(() -> streamed.fontName(3)).isInstanceOf(IndexOutOfBoundsException.class);
            CellSource.Row row = streamed.sheets().get(0).row(0);
            assertThat(row.cell(1).fontIndex()).as("its cell style's font").isEqualTo(1);
            SheetGrid grid = grid(streamed);
            assertThat(grid.cell(0, 1).content().text()).isEqualTo("1234.560");
            assertThat(grid.cell(0, 2).content().text()).as("id 9 redefined").isEqualTo("123456.0%");
            assertThat(grid.cell(0, 3).content().text()).as("the later of two").isEqualTo("1,235");
            assertThat(grid.cell(0, 5).content().text()).as("no such format").isEqualTo("1234.56");
        }
        assertReadsTheSameBothWays(file);
    }

    @Test
    void aWorkbookWithoutStylesReadsWithPoisDefaultStyles(@TempDir Path dir) throws Exception {
        Path original = clerksWorkbook(dir);
        Path file = dir.resolve("unstyled.xlsx");
        rewrite(original, file, Map.of("xl/styles.xml", x -> null,
                "xl/_rels/workbook.xml.rels", x -> x.replaceAll("<Relationship [^>]*Target=\"styles\\.xml\"[^>]*/>", "")));
        assertThat(part(file, "xl/_rels/workbook.xml.rels")).doesNotContain("styles");
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true);
             StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            StreamedXlsxTest.assertSameCells(new PoiCellSource(wb), streamed);
            assertThat(streamed.fontCount()).isEqualTo(1);
            assertThat(streamed.fontName(0)).isEqualTo("Calibri");
            assertThat(grid(streamed).cell(0, 2).content().percentFormat()).as("no format left").isFalse();
        }
        assertReadsTheSameBothWays(file);
    }

    /** What POI reads in a way the SAX pass does not reproduce is read by the user model, as before. */
    @Test
    void stylesTheSaxPassDoesNotTakeAreLeftToTheUserModel(@TempDir Path dir) throws Exception {
        String good = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.000\"/></numFmts>"
                + "<fonts count=\"1\"><font><name val=\"Arial\"/></font></fonts>"
                + "<cellStyleXfs count=\"1\"><xf fontId=\"0\"/></cellStyleXfs>";
        Map<String, String> unusual = Map.of(
                "spaced", good.replace("\"164\"", "\" 164\"")
                        + "<cellXfs count=\"2\"><xf/><xf numFmtId=\"164\"/></cellXfs>",
                "twice", good + "<cellXfs count=\"2\"><xf/><xf numFmtId=\"164\"/></cellXfs>"
                        + "<cellXfs count=\"1\"><xf/></cellXfs>",
                "tableStyles", good + "<cellXfs count=\"2\"><xf/><xf numFmtId=\"164\"/></cellXfs><dxfs count=\"1\">"
                        + "<dxf><font><b/></font></dxf></dxfs><tableStyles count=\"1\"><tableStyle name=\"T\" "
                        + "count=\"1\"><tableStyleElement type=\"wholeTable\" dxfId=\"0\"/></tableStyle></tableStyles>",
                "noCellStyle", good + "<cellXfs count=\"6\"><xf/><xf numFmtId=\"164\"/><xf/><xf/><xf/>"
                        + "<xf xfId=\"3\"/></cellXfs>");
        for (Map.Entry<String, String> e : unusual.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".xlsx");
            styledCells(file, "<styleSheet xmlns=\"" + MAIN + "\">" + e.getValue() + "</styleSheet>", 6);
            if (!e.getKey().equals("noCellStyle")) {
                assertThatThrownBy(() -> StreamedXlsx.open(file.toFile()).close()).as(e.getKey())
                        .isInstanceOf(StreamedXlsx.Unusual.class);
            } else {
                try (StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
                    CellSource.Cell cell = streamed.sheets().get(0).row(0).cell(5);
                    assertThatThrownBy(cell::fontIndex).isInstanceOf(StreamedXlsx.Unusual.class);
                }
            }
            assertReadsTheSameBothWays(file);
        }
        Path other = dir.resolve("otherRoot.xlsx");
        styledCells(other, "<stylesheet xmlns=\"" + MAIN + "\"/>", 2);
        assertThatThrownBy(() -> StreamedXlsx.open(other.toFile()).close()).isInstanceOf(StreamedXlsx.Unusual.class);
        assertReadsTheSameBothWays(other);
    }

    /**
     * A phasing-table-like sheet whose row 0 has the number 1234.56 in columns 1.. {@code columns - 1} with
     * style (XF) 1.. {@code columns - 1}, and "Phô lôc II" in column 0, then {@code styles} as the styles part.
     */
    private static void styledCells(Path file, String styles, int columns) throws IOException {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow row = wb.createSheet("Phụ lục II").createRow(0);
            row.createCell(0).setCellValue("Phô lôc II");
            for (int c = 1; c < columns; c++) {
                row.createCell(c).setCellValue(1234.56);
            }
            try (OutputStream out = Files.newOutputStream(plain)) {
                wb.write(out);
            }
        }
        rewrite(plain, file, Map.of("xl/styles.xml", x -> styles.strip(), "xl/worksheets/sheet1.xml", x -> {
            String sheet = x.replaceAll(" s=\"[0-9]+\"", "").replace("<c r=\"A1\"", "<c s=\"1\" r=\"A1\"");
            for (int c = 1; c < columns; c++) {
                sheet = sheet.replace("<c r=\"" + (char) ('A' + c) + "1\"", "<c s=\"" + c + "\" r=\"" + (char) ('A' + c) + "1\"");
            }
            return sheet;
        }));
        assertThat(part(file, "xl/worksheets/sheet1.xml")).contains("<c s=\"1\" r=\"B1\"");
    }

    private static SheetGrid grid(CellSource source) {
        return SheetGrid.of(source, source.sheets().get(0), new DataFormatter(Locale.ROOT),
                new SheetGrid.WorkbookBudget());
    }

    private static void assertReadsTheSameBothWays(Path file) {
        SubmissionReader reader = new SubmissionReader(SampleOffice.registry(), List.of(new PhasingKind(
                SampleOffice.catalogue()), new SelfAssessmentKind(null, SampleOffice.registry())), 20L * 1024 * 1024);
        SubmissionReader userModel = new SubmissionReader(SampleOffice.registry(), List.of(new PhasingKind(
                SampleOffice.catalogue()), new SelfAssessmentKind(null, SampleOffice.registry())), 20L * 1024 * 1024)
                .userModelOnly();
        assertEquals(userModel.readDocuments(file), reader.readDocuments(file), file.getFileName().toString());
    }

    /** Every element in the main namespace written {@code x:}, {@code r:} as {@code rel:}, behind a byte order mark. */
    private static String prefixed(String xml) {
        return "\uFEFF" + xml.replace("xmlns=\"" + MAIN + "\"", "xmlns:x=\"" + MAIN + "\"")
                .replace("xmlns:r=", "xmlns:rel=").replace(" r:id=", " rel:id=")
                .replaceAll("<(/?)([A-Za-z]+)([ >/])", "<$1x:$2$3");
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A copy of the package with some parts rewritten (a null result leaves the part out). */
    private static void rewrite(Path from, Path to, Map<String, UnaryOperator<String>> parts) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                UnaryOperator<String> change = parts.get(entry.getName());
                if (change != null) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (changed == null) {
                        continue;
                    }
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
