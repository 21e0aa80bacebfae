package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written as XML into a streamed sheet ({@link StreamedWorkbooks#rows}) make the same sheet, byte for
 * byte, as SXSSF makes from the same rows and cells through POI: the same escaping of awkward text, the
 * same row heights, numbers and styles, the same dimension; a text that looks like a formula stays text.
 */
class StreamedRowXmlTest {

    static final List<String> TEXTS = List.of("Trường Tiểu học Hòa An", "=1+1", "@SUM(A1:A3)", "+84 90", "-3",
            " leading", "trailing ", "a < b & c > \"d\"", "line\nbreak\r\ttab", "no\u00A0break", "bell\u0007",
            "not a char \uFFFE\uFFFF", "surrogates 𝔘𝔫𝔦", "_x0041_ looks escaped", "");

    @TempDir
    Path dir;

    @Test
    void rowsWrittenAsXmlAreWhatSxssfWritesForTheSameCells() throws Exception {
        for (boolean compressed : new boolean[] {true, false}) {
            Path viaPoi = dir.resolve("poi-" + compressed + ".xlsx");
            Path viaXml = dir.resolve("xml-" + compressed + ".xlsx");
            write(viaPoi, compressed, false);
            write(viaXml, compressed, true);
            assertThat(part(viaXml, "xl/worksheets/sheet1.xml")).as("compressed temp files: %s", compressed)
                    .isEqualTo(part(viaPoi, "xl/worksheets/sheet1.xml"));
            assertThat(part(viaXml, "xl/styles.xml")).isEqualTo(part(viaPoi, "xl/styles.xml"));
            assertThat(part(viaXml, "xl/workbook.xml")).isEqualTo(part(viaPoi, "xl/workbook.xml"));
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("xml-true.xlsx").toFile(), null, true)) {
            Row r = wb.getSheetAt(0).getRow(0);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(0));
            for (int c : new int[] {1, 2}) {
                assertThat(r.getCell(c).getCellType()).as("a text, never a formula").isEqualTo(CellType.STRING);
                assertThat(r.getCell(c).getStringCellValue()).isEqualTo(TEXTS.get(c));
            }
        }
    }

    /**
     * A text written once in the shared strings ({@link StreamedWorkbooks.RowXml#shared}) reads back as the same
     * text cell as written inline: awkward text escaped alike, a formula's look still text, each text once.
     */
    @Test
    void sharedTextsReadBackAsTheirInlineTwins() throws Exception {
        Path file = dir.resolve("shared.xlsx");
        SXSSFWorkbook wb = StreamedWorkbooks.of(null, 10, false);
        try {
            SXSSFSheet sh = wb.createSheet("Số liệu");
            StreamedWorkbooks.RowXml xml = StreamedWorkbooks.rows(sh);
            for (int r = 0; r < 40; r++) {
                String text = TEXTS.get(r % TEXTS.size());
                xml.row(r, 0);
                xml.text(0, 0, text);
                xml.shared(1, 0, text);
                xml.end();
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }

        assertThat(part(file, "xl/sharedStrings.xml")).contains("count=\"40\" uniqueCount=\"" + TEXTS.size() + "\"");
        assertThat(part(file, "xl/worksheets/sheet1.xml")).contains("<c r=\"B40\" t=\"s\"><v>9</v></c>");
        try (Workbook read = WorkbookFactory.create(file.toFile(), null, true)) {
            int rows = 0;
            for (Row row : read.getSheetAt(0)) {
                Cell shared = row.getCell(1);
                assertThat(shared.getCellType()).as("a text, never a formula").isEqualTo(CellType.STRING);
                assertThat(shared.getStringCellValue()).isEqualTo(row.getCell(0).getStringCellValue());
                rows++;
            }
            assertThat(rows).isEqualTo(40);
            assertThat(read.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("=1+1");
        }
    }

    /** Past its bound the table takes no new text (the cell is then inline); the texts it holds are still found. */
    @Test
    void sharedTextsStayBounded() {
        SharedTexts texts = new SharedTexts();
        for (int i = 0; i < SharedTexts.MAX; i++) {
            assertThat(texts.index("t" + i)).isEqualTo(Integer.toString(i));
        }
        assertThat(texts.index("one more")).isNull();
        assertThat(texts.index("t7")).isEqualTo("7");
    }

    /** The same sheet through POI's cells or through {@link StreamedWorkbooks.RowXml}. */
    private static void write(Path target, boolean compressed, boolean asXml) throws IOException {
        // POI's own SXSSF, its temporary files gzipped or not, against the rows written here
        SXSSFWorkbook wb = asXml ? StreamedWorkbooks.of(null, 10, false) : new SXSSFWorkbook(null, 10, compressed, false);
        try {
            CellStyle bold = wb.createCellStyle();
            bold.setWrapText(true);
            CellStyle plain = wb.createCellStyle();
            SXSSFSheet sh = wb.createSheet("Số liệu");
            StreamedWorkbooks.RowXml xml = asXml ? StreamedWorkbooks.rows(sh) : null;
            for (int r = 0; r < 40; r++) {
                float height = r % 3 == 0 ? 15f * (1 + r % 4) + 0.37f : 0;
                Row row = asXml ? null : sh.createRow(r);
                if (asXml) {
                    xml.row(r, height);
                } else if (height > 0) {
                    row.setHeightInPoints(height);
                }
                for (int c = 0; c < 5; c++) {
                    String text = TEXTS.get((r + c) % TEXTS.size());
                    CellStyle style = c == 0 ? null : c % 2 == 0 ? bold : plain;
                    if (c == 3) {
                        double value = r * 1.1 - 7;
                        if (asXml) {
                            xml.number(c, style.getIndex(), value);
                        } else {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(value);
                            cell.setCellStyle(style);
                        }
                    } else if (!text.isEmpty() || c == 0) {
                        if (asXml) {
                            xml.text(c, style == null ? 0 : style.getIndex(), text);
                        } else {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(text);
                            if (style != null) {
                                cell.setCellStyle(style);
                            }
                        }
                    }
                }
                if (asXml) {
                    xml.end();
                }
            }
            sh.createFreezePane(0, 1);
            sh.setAutoFilter(new CellRangeAddress(0, 39, 0, 4));
            try (var out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** A part of the package, its bytes as UTF-8 text. */
    static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                throw new AssertionError("no part " + name + " in " + xlsx);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
