package vn.tonghop.reading;

import vn.tonghop.kind.phasing.PhasingKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;

/**
 * Odd, broken, encrypted and hostile workbooks (from Apache POI's test data, see
 * {@code src/test/resources/corpus/README.md}): each gets its exact outcome and a Vietnamese reason,
 * nothing escapes {@link SubmissionReader#read}, and no file is ever written to.
 */
class HostileFilesTest {

    /** Letters only Vietnamese uses among the languages a reason could be in. */
    private static final String VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵđ";

    private static SubmissionReader reader;
    private static Level rootLevel;

    @BeforeAll
    static void setUp() throws IOException {
        var registry = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));
        var catalogue = IndicatorCatalogue.load(Path.of("jobs/so-dong-thap/catalogue.csv"));
        reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L * 1024 * 1024);
        // POI logs every oddity it meets (with stack traces); keep the test output to errors
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.ERROR);
    }

    @AfterAll
    static void tearDown() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(rootLevel);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # encrypted
            password.xls                                                        | ENCRYPTED          | mật khẩu
            xor-encryption-abc.xls                                              | ENCRYPTED          | mật khẩu
            protected_passtika.xlsx                                             | ENCRYPTED          | mật khẩu
            protected_passtika.xlsb                                             | ENCRYPTED          | mật khẩu
            crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx                 | ENCRYPTED          | mật khẩu
            # formats the product does not read
            Simple.xlsb                                                         | UNSUPPORTED_FORMAT | .xlsb
            SimpleStrict.xlsx                                                   | UNSUPPORTED_FORMAT | Strict Open XML
            testEXCEL_95.xls                                                    | UNSUPPORTED_FORMAT | Excel 5.0/95
            testEXCEL_4.xls                                                     | UNSUPPORTED_FORMAT | Excel 2.x/3.0/4.0
            # bombs
            poc-xmlbomb.xlsx                                                    | UNREADABLE         | lớn bất thường
            54764.xlsx                                                          | UNREADABLE         | lớn bất thường
            # damaged, fuzzed, not a spreadsheet
            xlsx-corrupted.xlsx                                                 | UNREADABLE         | bị hỏng
            duplicate-filename.xlsx                                             | UNREADABLE         | bị hỏng
            61300.xls                                                           | UNREADABLE         | bị hỏng
            clusterfuzz-testcase-minimized-POIHSSFFuzzer-5889658057523200.xls   | UNREADABLE         | bị hỏng
            clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx  | UNREADABLE         | bị hỏng
            clusterfuzz-testcase-minimized-POIXSSFFuzzer-4828727001088000.xlsx  | UNREADABLE         | không phải bảng tính
            # open, but hold no phasing table (a damaged style index, a 1 MB string in every cell,
            # row numbers from 0, 50 000 merged regions, ordinary workbooks)
            clusterfuzz-testcase-minimized-POIHSSFFuzzer-4657005060816896.xls   | NO_TABLE           | bảng phân kỳ
            poc-shared-strings.xlsx                                             | NO_TABLE           | bảng phân kỳ
            57893-many-merges.xlsx                                              | NO_TABLE           | bảng phân kỳ
            SampleSS.xlsx                                                       | NO_TABLE           | bảng phân kỳ
            SampleSS.xls                                                        | NO_TABLE           | bảng phân kỳ
            """)
    void corpusSample(String file, FileOutcome expected, String reasonPart) throws Exception {
        Path path = corpusDir().resolve(file);
        assertThat(path).exists();
        assertOutcome(path, expected, reasonPart);
    }

    // Files made here: a pure zip bomb and a merely huge package are not in POI's test data.

    @Test
    void zipBombIsRefusedBeforePoiInflatesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom-nen.xlsx");
        writeXlsx(file, out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces); // 50 MB that deflate to ~50 KB
            }
        });
        assertOutcome(file, FileOutcome.UNREADABLE, "lớn bất thường");
    }

    /**
     * A sheet declaring entities that expand a billion times (the corpus's {@code poc-xmlbomb.xlsx} is of this kind,
     * but the corpus is not beside every clone): refused at its DOCTYPE, nothing expanded, the file kept.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void entitiesDeclaredInASheetAreRefusedUnexpanded(@TempDir Path dir) throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path file = dir.resolve("bom-xml.xlsx");
        writeXlsx(file, dtd.append("]>").toString(), out -> out.write(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                        .getBytes(StandardCharsets.US_ASCII)));
        assertOutcome(file, FileOutcome.UNREADABLE, "DOCTYPE");
    }

    /**
     * A sheet naming a DTD elsewhere: refused without a connection ever made to where it points (a reader that
     * fetched it would wait on this server, which never answers: the time limit fails it).
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anExternalDtdIsNeverFetched(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getLoopbackAddress())) {
            Path file = dir.resolve("dtd-ngoai.xlsx");
            writeXlsx(file, "<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\">",
                    out -> out.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".getBytes(StandardCharsets.US_ASCII)));
            assertOutcome(file, FileOutcome.UNREADABLE, "DOCTYPE");
            server.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, server::accept, "the reader connected to fetch the DTD");
        }
    }

    @Test
    void packageUnpackingToTooMuchIsOversized(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("qua-lon.xlsx");
        writeXlsx(file, bigSheetData(90_000)); // ~19 MB unpacked, ~5 MB packed
        assertThat(Files.size(file)).isLessThan(20L * 1024 * 1024);
        assertOutcome(file, FileOutcome.OVERSIZED, "lớn bất thường");
    }

    /**
     * The JDK's zip reader refuses these (an entry name that is not UTF-8, a malformed zip64 field),
     * POI's own reads them: the size check reads them as POI does and refuses what unpacks to too
     * much, instead of giving up and letting POI parse 20 MB of XML (out of memory, every night).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"invalid UTF-8 name", "malformed zip64 field"})
    void aPackageOnlyPoisZipReaderOpensIsStillMeasured(String hostility, @TempDir Path dir) throws Exception {
        Path plain = dir.resolve("qua-lon.xlsx");
        writeXlsx(plain, bigSheetData(90_000)); // ~19 MB unpacked
        Path file = dir.resolve("thu.xlsx");
        if (hostility.startsWith("invalid")) {
            HostileZips.withInvalidUtf8FirstName(plain, file);
        } else {
            HostileZips.withMalformedZip64(plain, file);
        }
        assertThat(jdkZipRefuses(file)).as("the JDK's ZipFile refuses it").isTrue();

        assertOutcome(file, FileOutcome.OVERSIZED, "vượt quá");
    }

    @Test
    void aSmallPackageOnlyPoisZipReaderOpensIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        HostileZips.withInvalidUtf8FirstName(Path.of("sample-workbooks/TH_TanPhuA_phan_ky_chi_tieu.xlsx"), file);
        assertThat(jdkZipRefuses(file)).isTrue();

        Submission s = reader.read(file);
        assertThat(s.outcome()).as(s.reason()).isEqualTo(FileOutcome.READ);
        assertThat(s.unitCode()).isEqualTo("87715004");
    }

    @Test
    void aZipNoReaderCanOpenIsRefusedAsDamaged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hong.xlsx");
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
        Files.write(file, bytes);

        assertThatThrownBy(() -> WorkbookOpener.checkUnpackedSize(file.toFile()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.outcome()).isEqualTo(FileOutcome.UNREADABLE));
        assertOutcome(file, FileOutcome.UNREADABLE, "bị hỏng");
    }

    private static boolean jdkZipRefuses(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static SheetBody bigSheetData(int rows) {
        Random random = new Random(1);
        return out -> {
            StringBuilder row = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < 10; c++) {
                    row.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
                }
                out.write(row.append("</row>").toString().getBytes(StandardCharsets.US_ASCII));
            }
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trang-web.xls   | <html><body><table><tr><td>Tên chỉ tiêu</td></tr></table></body></html> | UNSUPPORTED_FORMAT | HTML
            excel-2003.xml  | <?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/> | UNSUPPORTED_FORMAT | XML Spreadsheet 2003
            van-ban.xlsx    | STT,Tên chỉ tiêu,Hiện trạng | UNREADABLE | không phải bảng tính
            tai-lieu.xls    | %PDF-1.4 | UNREADABLE | không phải bảng tính
            """)
    void notAWorkbook(String name, String content, FileOutcome expected, String reasonPart, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertOutcome(file, expected, reasonPart);
    }

    @Test
    void openDocumentSpreadsheet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("libreoffice.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        }
        assertOutcome(file, FileOutcome.UNSUPPORTED_FORMAT, ".ods");
    }

    @Test
    void emptyFile(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("rong.xlsx"));
        assertOutcome(file, FileOutcome.UNREADABLE, "rỗng");
    }

    /**
     * The whole shared corpus (777 files), when present next to the repository (CI has it): every
     * file gets an outcome other than READ (none is a phasing table), with a Vietnamese reason, and
     * nothing escapes the reader. Two files at a time; about a minute on two cores.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void wholeSharedCorpus() throws Exception {
        List<Path> files = SharedCorpus.poiSpreadsheets();
        record Result(Path file, Submission submission, Throwable escaped, long millis) {
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        List<Future<Result>> futures = new ArrayList<>();
        try {
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        Submission s = reader.read(file);
                        return new Result(file, s, null, (System.nanoTime() - t0) / 1_000_000);
                    } catch (Throwable t) { // only to report an escape; the reader must not throw
                        return new Result(file, null, t, (System.nanoTime() - t0) / 1_000_000);
                    }
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            List<String> problems = new ArrayList<>();
            Map<FileOutcome, Integer> counts = new EnumMap<>(FileOutcome.class);
            for (Result r : results) {
                String name = r.file().getFileName().toString();
                if (r.escaped() != null) {
                    problems.add(name + ": escaped " + r.escaped());
                    continue;
                }
                Submission s = r.submission();
                counts.merge(s.outcome(), 1, Integer::sum);
                if (s.outcome() == null || s.outcome() == FileOutcome.READ || s.outcome() == FileOutcome.UNKNOWN_UNIT) {
                    problems.add(name + ": outcome " + s.outcome());
                } else if (!isVietnamese(s.reason())) {
                    problems.add(name + ": reason " + s.reason());
                }
            }
            System.out.printf(Locale.ROOT, "HostileFilesTest: %d files in %d s: %s; slowest: %s%n", results.size(),
                    (System.nanoTime() - start) / 1_000_000_000, counts,
                    results.stream().sorted(Comparator.comparingLong(Result::millis).reversed()).limit(5)
                            .map(r -> r.file().getFileName() + " " + r.millis() + " ms").toList());
            assertThat(problems).isEmpty();
            assertEquals(files.size(), results.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOutcome(Path file, FileOutcome expected, String reasonPart) throws Exception {
        String before = sha256(file);
        Submission s = reader.read(file);
        assertEquals(expected, s.outcome(), () -> file.getFileName() + ": " + s.reason());
        assertTrue(isVietnamese(s.reason()), () -> "not a Vietnamese reason: " + s.reason());
        assertThat(s.reason()).contains(reasonPart);
        assertEquals(before, sha256(file), () -> file.getFileName() + " was modified by reading it");
        if (s.sha256() != null) {
            assertEquals(before, s.sha256());
        }
    }

    private static boolean isVietnamese(String reason) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        return lower.chars().anyMatch(ch -> VIETNAMESE_LETTERS.indexOf(ch) >= 0);
    }

    private static Path corpusDir() throws URISyntaxException {
        return Path.of(HostileFilesTest.class.getResource("/corpus/README.md").toURI()).getParent();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private interface SheetBody {
        void write(OutputStream out) throws IOException;
    }

    /** A minimal .xlsx whose one sheet's {@code <sheetData>} is written by {@code body}. */
    private static void writeXlsx(Path file, SheetBody body) throws IOException {
        writeXlsx(file, "", body);
    }

    /** The same, the sheet's part starting with {@code prolog} after its XML declaration (a DOCTYPE). */
    private static void writeXlsx(Path file, String prolog, SheetBody body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"S1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.US_ASCII));
            body.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
