package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consolidate job as the README runs it: the sample office's configuration over
 * sample-workbooks/, on a fresh embedded database, started by Spring Boot at startup.
 */
@SpringBootTest
class ConsolidateJobTest {

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void office(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data-dir", () -> work.resolve("data").toAbsolutePath().toString());
        registry.add("tonghop.output-dir", () -> work.resolve("output").toString());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyInboxFileHasAnOutcomeAndFactsCsvMatchesTheDatabase() throws IOException {
        Path runFolder = onlyRunFolder();
        List<CSVRecord> files = readCsv(runFolder.resolve("files.csv"));
        Map<String, String> outcomes = files.stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("outcome")));
        try (Stream<Path> inbox = Files.list(Path.of("sample-workbooks"))) {
            List<String> workbooks = inbox.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls")).toList();
            assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(workbooks);
        }
        assertThat(outcomes).containsEntry("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", "READ")
                .containsEntry("TH_HongNgu9_phan_ky.xlsx", "UNKNOWN_UNIT")
                .containsEntry("LongKhanh_co_mat_khau.xlsx", "ENCRYPTED")
                .containsEntry("BinhMinh_ban_hong.xlsx", "UNREADABLE")
                .containsEntry("PhuLoc_ke_hoach_cai_tien.xlsx", "NO_TABLE");
        files.stream().filter(r -> !r.get("outcome").equals("READ"))
                .forEach(r -> assertThat(r.get("reason")).as(r.get("file")).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồổỗộơớờởỡợưứừửữựị].*"));

        List<CSVRecord> facts = readCsv(runFolder.resolve("facts.csv"));
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM fact", Long.class);
        assertThat(facts).hasSize(stored.intValue());
        assertThat(facts.get(0).getParser().getHeaderNames()).startsWith("unit_code", "indicator_code",
                "indicator_name", "measure", "raw", "value", "comparator", "cell");
        CSVRecord spaceInNumber = facts.stream()
                .filter(r -> r.get("unit_code").equals("87612405") && r.get("indicator_code").equals("TW.1.c")
                        && r.get("measure").equals("current")).findFirst().orElseThrow();
        assertThat(spaceInNumber.get("raw")).isEqualTo("92, 70");
        assertThat(spaceInNumber.get("value")).isEqualTo("92.7");
        assertThat(spaceInNumber.get("flags")).isEqualTo("SPACE_IN_NUMBER");
        assertThat(spaceInNumber.get("cell")).isEqualTo("'Phụ lục II'!D11");
        assertThat(spaceInNumber.get("indicator_name")).isEqualTo("Giáo viên có bằng ĐHSP");
    }

    @Test
    void csvFilesStartWithTheBomExcelNeedsForVietnamese() throws IOException {
        byte[] head = Files.readAllBytes(onlyRunFolder().resolve("facts.csv"));
        assertThat(head).startsWith(0xEF, 0xBB, 0xBF);
    }

    private static Path onlyRunFolder() throws IOException {
        try (Stream<Path> runs = Files.list(work.resolve("output"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader r = new java.io.StringReader(text.substring(1))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
