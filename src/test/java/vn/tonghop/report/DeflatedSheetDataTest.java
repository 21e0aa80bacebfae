package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet's rows deflated once into its temporary file and put into the workbook as they are: the entry
 * inflates to the sheet's start, rows and end, its checksum and sizes are right (a zip reader that checks
 * them reads every entry), and the combined checksum is the checksum of the bytes one after the other.
 */
class DeflatedSheetDataTest {

    @TempDir
    Path dir;

    @Test
    void combinedChecksumIsTheChecksumOfTheWhole() {
        Random random = new Random(14);
        for (int len : new int[] {0, 1, 7, 100, 4096, 100_003}) {
            byte[] a = new byte[random.nextInt(5000)];
            byte[] b = new byte[len];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertThat(DeflatedSheetData.combine(DeflatedSheetData.crc(a), DeflatedSheetData.crc(b), b.length))
                    .as("%d + %d bytes", a.length, len).isEqualTo(whole.getValue());
        }
    }

    @Test
    void startRowsAndEndDeflatedApartInflateToTheWhole() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DeflatedSheetData rows = new DeflatedSheetData(file);
        StringBuilder expected = new StringBuilder("<worksheet><sheetData>\n");
        for (int r = 0; r < 20_000; r++) {
            String row = "<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>Trường số " + r * 7919 % 1000
                    + "</t></is></c></row>\n";
            rows.write(row.getBytes(StandardCharsets.UTF_8));
            expected.append(row);
        }
        rows.close();
        expected.append("</sheetData></worksheet>");
        byte[] head = "<worksheet><sheetData>\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);

        DeflatedSheetData.Entry e = rows.between(head, new ByteArrayInputStream(file.toByteArray()), tail);
        byte[] raw = e.raw().readAllBytes();
        byte[] inflated;
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true))) {
            inflated = in.readAllBytes();
        }

        assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(e.size()).isEqualTo(inflated.length);
        assertThat(e.deflatedSize()).isEqualTo(raw.length);
        assertThat(e.crc()).isEqualTo(DeflatedSheetData.crc(inflated));
    }

    @Test
    void aStreamedWorkbookReadsWholeThroughAReaderThatChecksEveryEntry() throws IOException {
        // a base workbook's sheet with rows of its own (inflated and deflated again), a new sheet of 70,000
        // rows (several buffers of deflated rows) and an empty one
        XSSFWorkbook base = new XSSFWorkbook();
        base.createSheet("Thông tin").createRow(0).createCell(0).setCellValue("Sở GD&ĐT");
        SXSSFWorkbook wb = StreamedWorkbooks.of(base, 100, false);
        Path file = dir.resolve("streamed.xlsx");
        try {
            SXSSFSheet big = wb.createSheet("Số liệu");
            StreamedWorkbooks.RowXml xml = StreamedWorkbooks.rows(big);
            for (int r = 0; r < 70_000; r++) {
                xml.row(r, 0);
                xml.text(0, 0, "Trường " + r);
                xml.number(1, 0, r * 0.5);
                xml.end();
            }
            wb.createSheet("Trống");
            Row more = wb.getSheet("Thông tin").createRow(1);
            more.createCell(0).setCellValue("thêm");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }

        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8)); // CRC checked
            }
        }
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<row r=\"1\"><c r=\"A1\" t=\"s\"")
                .contains("<t>thêm</t>");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("Sở GD&amp;ĐT");
        assertThat(parts.get("xl/worksheets/sheet2.xml")).contains("<sheetData>\n<row r=\"1\">")
                .contains("<t>Trường 69999</t>").contains("<dimension ref=\"A1:B70000\"/>")
                .endsWith("</worksheet>");
        assertThat(parts.get("xl/worksheets/sheet3.xml")).contains("<sheetData>\n</sheetData>");
        try (XSSFWorkbook read = new XSSFWorkbook(file.toFile().getPath())) {
            assertThat(read.getSheet("Số liệu").getLastRowNum()).isEqualTo(69_999);
            assertThat(read.getSheet("Số liệu").getRow(69_999).getCell(1).getNumericCellValue()).isEqualTo(34_999.5);
        }
    }
}
