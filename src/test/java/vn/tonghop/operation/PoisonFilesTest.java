package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.HostileZips;

/**
 * Files that used to stop every night, in one office run at {@code -Xmx512m} (a separate JVM, as cron
 * starts it), and the night after it:
 * <ul>
 *   <li>a school's workbook with 16 MB of sheet XML, just under the unpacked-size limit: it reads, but
 *       a feedback copy of it would need more than the heap; the school gets its findings without
 *       the copy, and a finding says why;</li>
 *   <li>three workbooks with 11 MB of sheet XML each: one copy fits the heap, two at once do not;
 *       heavy files take the heap one at a time, so all three are read and answered;</li>
 *   <li>two workbooks with 25 MB of XML that the JDK's zip reader refuses (a first entry whose name
 *       is not UTF-8, a malformed zip64 field) while POI's reads them: they are measured as POI reads
 *       them and refused with a reason, where POI used to parse them out of memory.</li>
 * </ul>
 */
class PoisonFilesTest {

    private static final int UNPACKED_LIMIT = 16 * 1024 * 1024;
    private static final Pattern FIRST_SHEET = Pattern.compile("<(?:\\w+:)?sheet\\s[^>]*?name=\"([^\"]*)\"");

    @TempDir
    Path tmp;

    @Test
    void poisonFilesFailOnlyThemselvesAndTheNightsGoOn() throws Exception {
        Office office = new Office(tmp);
        Path made = Files.createDirectories(tmp.resolve("made"));

        Path huge = office.inbox.resolve("TH_TanPhuA_rat_lon.xlsx"); // one finding
        HostileZips.withBigSheet(sample("TH_TanPhuA_phan_ky_chi_tieu.xlsx"), huge, 32_000, 1);
        assertThat(HostileZips.unpackedSize(huge)).isBetween(UNPACKED_LIMIT - (1L << 20), (long) UNPACKED_LIMIT);
        List<String> heavy = List.of("TH_AnHoa_phan_ky_chi_tieu.xlsx", "TH_HoaAn_phan_ky_chi_tieu.xlsx",
                "TH_MyXuan_phan_ky_chi_tieu.xlsx"); // each with findings
        for (String name : heavy) {
            Path file = office.inbox.resolve(name);
            HostileZips.withBigSheet(sample(name), file, 21_000, name.length());
            assertThat(HostileZips.unpackedSize(file)).isBetween(10L << 20, 11L << 20);
        }
        Path big = made.resolve("lon.xlsx");
        HostileZips.withBigSheet(sample("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), big, 50_000, 2);
        assertThat(HostileZips.unpackedSize(big)).isGreaterThan(25_000_000L);
        HostileZips.withInvalidUtf8FirstName(big, office.inbox.resolve("TH_BinhMinh_ten_muc_loi.xlsx"));
        HostileZips.withMalformedZip64(big, office.inbox.resolve("TH_VinhXuan_zip64_hong.xlsx"));
        settleInbox(office);

        assertThat(runAt512Mb(office, "lan-1.log")).as("the night with the poison files completes").isZero();

        Path folder = office.lastRunFolder();
        Map<String, CSVRecord> files = Office.csv(folder.resolve("files.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r));
        assertThat(files).hasSize(6);
        assertThat(files.get("TH_TanPhuA_rat_lon.xlsx").get("outcome")).isEqualTo("READ");
        heavy.forEach(name -> assertThat(files.get(name).get("outcome")).as(name).isEqualTo("READ"));
        for (String poison : List.of("TH_BinhMinh_ten_muc_loi.xlsx", "TH_VinhXuan_zip64_hong.xlsx")) {
            assertThat(files.get(poison).get("outcome")).as(poison).isEqualTo("OVERSIZED");
            assertThat(files.get(poison).get("reason")).as(poison).contains("vượt quá 16 MB");
        }

        // every heavy workbook answered with its marked-up copy, built one at a time
        assertThat(firstSheets(folder.resolve("gop-y"))).isEqualTo(Map.of(
                "87715003_gop-y_TH_AnHoa_phan_ky_chi_tieu.xlsx", "Góp ý",
                "87715006_gop-y_TH_HoaAn_phan_ky_chi_tieu.xlsx", "Góp ý",
                "87715007_gop-y_TH_MyXuan_phan_ky_chi_tieu.xlsx", "Góp ý"));
        // the one too big to copy: its findings all the same, and why there is no copy
        List<CSVRecord> findings = Office.csv(folder.resolve("discrepancies.csv"));
        assertThat(findings).filteredOn(r -> r.get("file").equals("TH_TanPhuA_rat_lon.xlsx"))
                .extracting(r -> r.get("rule")).contains("PHASE_END_NE_TARGET", "FEEDBACK_NOT_WRITTEN");
        assertThat(findings).filteredOn(r -> r.get("rule").equals("FEEDBACK_NOT_WRITTEN")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("unit_code")).isEqualTo("87715004");
                    assertThat(r.get("severity")).isEqualTo("INFO");
                    assertThat(r.get("message")).contains("Không tạo được bản góp ý", "bộ nhớ");
                });
        assertThat(Files.readString(tmp.resolve("lan-1.log"))).doesNotContain("OutOfMemoryError");

        // the next night runs as usual, and reads nothing twice
        office.deliver("TH_LongKhanh_phan_ky_chi_tieu.xls");
        assertThat(runAt512Mb(office, "lan-2.log")).as("the night after completes too").isZero();
        assertThat(office.runFolders()).hasSize(2);
        assertThat(Office.csv(office.lastRunFolder().resolve("files.csv"))).extracting(r -> r.get("file"))
                .containsExactly("TH_LongKhanh_phan_ky_chi_tieu.xls");
    }

    private static Path sample(String name) {
        return Office.SAMPLES.resolve(name);
    }

    private static void settleInbox(Office office) throws IOException {
        try (Stream<Path> files = Files.list(office.inbox)) {
            for (Path f : files.toList()) {
                Office.settled(f);
            }
        }
    }

    /** One night in a JVM of its own with a 512 MB heap and three reading threads; its exit code. */
    private int runAt512Mb(Office office, String log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication", "run"));
        command.addAll(office.args("--tonghop.threads=3"));
        Process run = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(log).toFile()).start();
        if (!run.waitFor(10, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("the run did not end; see " + tmp.resolve(log));
        }
        return run.exitValue();
    }

    /** Each workbook's name and its first sheet's, from {@code xl/workbook.xml} (no need to parse 10 MB). */
    private static Map<String, String> firstSheets(Path folder) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    ZipEntry entry = zip.getEntry("xl/workbook.xml");
                    String xml;
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    Matcher first = FIRST_SHEET.matcher(xml);
                    assertThat(first.find()).as(p.getFileName().toString()).isTrue();
                    out.put(p.getFileName().toString(), first.group(1));
                }
            }
        }
        return out;
    }
}
