package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unpacked-size check made in the same pass as the reading's unzipping ({@link UnpackedZip},
 * {@link WorkbookOpener#checkForReading}) against the check on its own ({@link WorkbookOpener#check}, the JDK's
 * zip reader first): every file gets the same verdict (the same refusal and reason, or the same unpacked size
 * and so the same share of the heap), an ordinary workbook is unpacked once and read from what was kept,
 * cell for cell as from the file.
 */
class UnpackedZipTest {

    private static final WorkbookOpener OPENER = new WorkbookOpener(20L * 1024 * 1024);
    private static final Path SAMPLE = Path.of("sample-workbooks", "87715008_phan_ky.xlsx");

    /** What a check says of a file: its refusal, or its format and cost. */
    private static String verdict(boolean forReading, Path file) {
        try {
            WorkbookOpener.Checked c = forReading ? OPENER.checkForReading(file.toFile()) : OPENER.check(file.toFile());
            return "xlsx " + c.isXlsx() + ", reading " + c.readingCost() + ", copying " + c.copyingCost();
        } catch (UnreadableFileException e) {
            return e.outcome() + ": " + e.getMessage();
        }
    }

    @Test
    void anOrdinaryWorkbookIsUnpackedOnceAndCountedAsTheCheckCounts() throws Exception {
        WorkbookOpener.Checked checked = OPENER.checkForReading(SAMPLE.toFile());
        UnpackedZip unpacked = checked.takeUnpacked();
        assertThat(unpacked).as("kept for the reading").isNotNull();
        assertThat(checked.takeUnpacked()).as("handed over once").isNull();
        assertEquals(WorkbookOpener.checkUnpackedSize(SAMPLE.toFile()), unpacked.unpackedBytes());
        assertThat(OPENER.check(SAMPLE.toFile()).takeUnpacked()).as("the check alone keeps nothing").isNull();
        try (StreamedXlsx fromBytes = StreamedXlsx.open(SAMPLE.toFile(), unpacked);
             StreamedXlsx fromFile = StreamedXlsx.open(SAMPLE.toFile())) {
            assertThat(fromBytes.openedLean()).isTrue();
            StreamedXlsxTest.assertSameCells(fromFile, fromBytes);
        }
    }

    /** Every workbook of the repository, the test corpus's refused ones included: the same verdict both ways. */
    @ParameterizedTest
    @MethodSource("repositoryFiles")
    void everyRepositoryFileGetsTheSameVerdict(Path file) {
        assertEquals(verdict(false, file), verdict(true, file), file.toString());
    }

    static Stream<Path> repositoryFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-workbooks"), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().matches("(?i).*\\.x[lm][st][xmb]?")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /** Made here: a bomb, a package over the limit, and zips only POI's reader opens (one of them too big). */
    @Test
    void hostilePackagesGetTheSameVerdict(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bom-nen.xlsx");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 50; i++) {
                zip.write(spaces); // 50 MB that deflate to about 50 KB
            }
        }
        Path big = dir.resolve("qua-lon.xlsx");
        HostileZips.withBigSheet(SAMPLE, big, 40_000, 1); // about 20 MB of sheet XML
        Path bigInvalidName = dir.resolve("ten-hong.xlsx");
        HostileZips.withInvalidUtf8FirstName(big, bigInvalidName);
        Path bigZip64 = dir.resolve("zip64.xlsx");
        HostileZips.withMalformedZip64(big, bigZip64);
        Path smallInvalidName = dir.resolve("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        HostileZips.withInvalidUtf8FirstName(Path.of("sample-workbooks/TH_TanPhuA_phan_ky_chi_tieu.xlsx"),
                smallInvalidName);
        Path ods = dir.resolve("libreoffice.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(verdict(true, bomb)).contains("UNREADABLE").contains("tỷ lệ nén bất thường");
        assertThat(verdict(true, big)).contains("OVERSIZED").contains("vượt quá");
        assertThat(verdict(true, bigInvalidName)).contains("OVERSIZED");
        assertThat(verdict(true, bigZip64)).contains("OVERSIZED");
        assertThat(verdict(true, ods)).contains("UNSUPPORTED_FORMAT");
        for (Path file : List.of(bomb, big, bigInvalidName, bigZip64, smallInvalidName, ods)) {
            assertEquals(verdict(false, file), verdict(true, file), file.getFileName().toString());
        }
        // a package the JDK's reader refuses is unpacked by POI's, as the check reads it
        assertThat(OPENER.checkForReading(smallInvalidName.toFile()).takeUnpacked()).isNotNull();
    }

    /** POI's collection of odd spreadsheets (the shared corpus, when present): the same verdict both ways. */
    @Test
    void theSharedCorpusGetsTheSameVerdicts() throws Exception {
        List<Path> files = SharedCorpus.poiSpreadsheets();
        List<String> differ = new ArrayList<>();
        int unpacked = 0;
        for (Path file : files) {
            String alone = verdict(false, file);
            String forReading = verdict(true, file);
            if (!alone.equals(forReading)) {
                differ.add(file.getFileName() + ": " + alone + " / " + forReading);
            }
            try {
                if (OPENER.checkForReading(file.toFile()).takeUnpacked() != null) {
                    unpacked++;
                }
            } catch (UnreadableFileException e) {
                // refused: counted above
            }
        }
        System.out.printf("UnpackedZipTest: %d files, %d unpacked in one pass%n", files.size(), unpacked);
        assertThat(differ).isEmpty();
        assertThat(unpacked).isGreaterThan(files.size() / 4);
    }
}
