package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming workbook with its own buffer writes the very sheets POI's own writes, temp files zipped or not. */
class StreamedWorkbooksTest {

    @Test
    void writesTheSameSheetsAsPoisOwn() throws IOException {
        for (boolean compressed : new boolean[] {false, true}) {
            assertThat(sheets(StreamedWorkbooks.of(null, 50, false)))
                    .isEqualTo(sheets(new SXSSFWorkbook(null, 50, compressed, false)));
        }
    }

    /** 3,000 rows of texts long and short (escapes, Vietnamese, spaces at the ends, a 20,000-character one) and numbers. */
    private static Map<String, String> sheets(SXSSFWorkbook wb) throws IOException {
        try (wb) {
            Sheet sh = wb.createSheet("Số liệu");
            String[] texts = {"Tỷ lệ học sinh hoàn thành chương trình", "<0,2 & \"x\"", " đầu cuối ", "=1+1",
                "a\nb\r\nc\td", "x".repeat(20_000), ""};
            for (int r = 0; r < 3_000; r++) {
                Row row = sh.createRow(r);
                for (int c = 0; c < texts.length; c++) {
                    row.createCell(c).setCellValue(texts[(r + c) % texts.length]);
                }
                row.createCell(texts.length).setCellValue(r * 1.5);
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("streamed", ".xlsx");
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
            Map<String, String> parts = new HashMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/")) {
                        parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            assertThat(parts).isNotEmpty();
            return parts;
        }
    }
}
