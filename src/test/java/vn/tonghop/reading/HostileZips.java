package vn.tonghop.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks made in tests to be heavy or hostile: a school's workbook with a big sheet of numbers
 * added, and zips only some zip readers open (the JDK's refuses them, commons-compress and so POI
 * read them).
 */
public final class HostileZips {

    private HostileZips() {
    }

    /**
     * {@code sample} (an .xlsx) with a sheet "Số liệu" of {@code rows} rows of ten random decimals
     * added: about 512 bytes of sheet XML per row that deflate to about a quarter.
     */
    public static void withBigSheet(Path sample, Path target, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (XSSFWorkbook template = new XSSFWorkbook(Files.newInputStream(sample));
             SXSSFWorkbook wb = new SXSSFWorkbook(template, 200)) {
            Sheet sheet = wb.createSheet("Số liệu");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(random.nextDouble());
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** What a zip's entries unpack to, as its central directory says. */
    public static long unpackedSize(Path zip) throws IOException {
        long total = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                total += e.getSize();
            }
        }
        return total;
    }

    /**
     * {@code source} with a first entry whose name is not UTF-8 ({@code docProps/} and the bytes
     * C3 28 A0 FF): the JDK's {@code ZipFile} and {@code ZipInputStream} refuse the whole file;
     * commons-compress reads the name as it can, and POI skips the entry and reads the rest.
     */
    public static void withInvalidUtf8FirstName(Path source, Path target) throws IOException {
        byte[] placeholder = "docProps/@@@@.xml".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = copy(source, out -> {
            out.putNextEntry(new ZipEntry(new String(placeholder, StandardCharsets.US_ASCII)));
            out.write("<a/>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }, null);
        byte[] invalid = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xFF};
        int patched = 0;
        for (int at = indexOf(zip, placeholder, 0); at >= 0; at = indexOf(zip, placeholder, at + 1)) {
            System.arraycopy(invalid, 0, zip, at + 9, invalid.length); // in the local and the central header
            patched++;
        }
        if (patched != 2) {
            throw new IllegalStateException("expected the name twice, found it " + patched + " times");
        }
        Files.write(target, zip);
    }

    /**
     * {@code source} whose first entry carries a zip64 extra field of 4 bytes (8, 16, 24 or 28 are
     * valid) and, in its local header, the sizes 0xFFFFFFFF that announce one: the JDK's
     * {@code ZipFile} and {@code ZipInputStream} both refuse the file, commons-compress's
     * {@code ZipFile} (and so POI) reads it from the central directory.
     */
    public static void withMalformedZip64(Path source, Path target) throws IOException {
        byte[] marked = {0x77, 0x77, 4, 0, 1, 2, 3, 4}; // an unknown extra field, renamed after writing
        byte[] zip = copy(source, null, marked);
        int patched = 0;
        for (int at = indexOf(zip, marked, 0); at >= 0; at = indexOf(zip, marked, at + 1)) {
            zip[at] = 0x01; // header id 0x0001: zip64 extended information
            zip[at + 1] = 0x00;
            patched++;
        }
        if (patched != 2) {
            throw new IllegalStateException("expected the extra field twice, found it " + patched + " times");
        }
        Arrays.fill(zip, 18, 26, (byte) 0xFF); // the first local header's compressed and unpacked sizes
        zip[6] &= ~8; // and no data descriptor: those sizes are meant
        Files.write(target, zip);
    }

    private interface Entries {
        void write(ZipOutputStream out) throws IOException;
    }

    /** Every entry of {@code source} rewritten, after {@code first}; the first entry copied gets {@code extra}. */
    private static byte[] copy(Path source, Entries first, byte[] extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            if (first != null) {
                first.write(out);
            }
            boolean isFirst = true;
            for (ZipEntry e : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                if (isFirst && extra != null) {
                    copy.setExtra(extra);
                }
                isFirst = false;
                out.putNextEntry(copy);
                in.getInputStream(e).transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
