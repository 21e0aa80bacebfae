package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.export.FactsWorkbookExporter;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.export.RowNames;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.store.FactStore;
import vn.tonghop.store.VersionStore;
import vn.tonghop.value.ParsedValue;

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
        registry.add("tonghop.archive", () -> work.resolve("archive").toString());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RowNames rowNames;

    @Autowired
    FeedbackWorkbooks feedback;

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
                .containsEntry("PhuLoc_ke_hoach_cai_tien.xlsx", "READ"); // an improvement plan (kind plan)
        files.stream().filter(r -> !r.get("outcome").equals("READ"))
                .forEach(r -> assertThat(r.get("reason")).as(r.get("file")).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồổỗộơớờởỡợưứừửữựị].*"));

        List<CSVRecord> facts = readCsv(runFolder.resolve("facts.csv"));
        Long stored = jdbc.queryForObject("SELECT SUM(fact_count) FROM submission_values", Long.class);
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
        assertThat(spaceInNumber.get("document")).as("the kind of document the fact belongs to").isEqualTo("phasing");
    }

    @Test
    void factsWorkbookIsTheTypedTwinOfFactsCsv() throws Exception {
        List<CSVRecord> csv = readCsv(onlyRunFolder().resolve("facts.csv"));
        try (Workbook wb = WorkbookFactory.create(onlyRunFolder().resolve("facts.xlsx").toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("Số liệu");
            List<String> header = new java.util.ArrayList<>();
            sh.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(csv.get(0).getParser().getHeaderNames());
            assertThat(sh.getLastRowNum()).isEqualTo(csv.size());
            assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sh).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:N" + (csv.size() + 1));
            // printed on the page's width: a long name wraps in its column, the hash shows its start
            assertThat(sh.getColumnWidth(2)).as("indicator_name").isGreaterThanOrEqualTo(28 * 256);
            assertThat(sh.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sh.getColumnWidth(12)).as("sha256").isGreaterThanOrEqualTo(12 * 256);
            assertThat(sh.getRow(1).getCell(12).getStringCellValue()).as("the whole hash in the cell").hasSize(64);

            int ranks = 0;
            int numbers = 0;
            for (int i = 0; i < csv.size(); i++) {
                CSVRecord line = csv.get(i);
                Row row = sh.getRow(i + 1);
                String name = "line " + (i + 2);
                assertThat(text(row, 0)).as(name).isEqualTo(line.get("unit_code"));
                assertThat(row.getCell(0).getCellType()).as(name).isEqualTo(CellType.STRING);
                // the CSV guards text starting with - + = @ with an apostrophe; a typed text cell needs none
                assertThat(vn.tonghop.output.CsvSafe.text(text(row, 4))).as(name).isEqualTo(line.get("raw"));
                assertThat(text(row, 7)).as(name).isEqualTo(line.get("cell"));
                Cell value = row.getCell(5);
                if (line.get("kind").equals("RANK")) {
                    assertThat(value.getCellType()).as(name).isEqualTo(CellType.STRING);
                    assertThat(value.getStringCellValue()).as(name).isEqualTo(line.get("value")).matches("\\d+/\\d+");
                    ranks++;
                } else if (line.get("value").matches("-?\\d+(\\.\\d+)?")) {
                    assertThat(value.getCellType()).as(name).isEqualTo(CellType.NUMERIC);
                    assertThat(value.getNumericCellValue()).as(name).isEqualTo(Double.parseDouble(line.get("value")));
                    numbers++;
                }
            }
            assertThat(ranks).isPositive();
            assertThat(numbers).isGreaterThan(csv.size() / 2);
            Row spaceInNumber = sh.getRow(1 + csv.indexOf(csv.stream().filter(r -> r.get("unit_code").equals("87612405")
                    && r.get("indicator_code").equals("TW.1.c") && r.get("measure").equals("current"))
                    .findFirst().orElseThrow()));
            assertThat(spaceInNumber.getCell(5).getNumericCellValue()).isEqualTo(92.7);
            assertThat(text(spaceInNumber, 4)).isEqualTo("92, 70");
        }
    }

    @Test
    void aFactsWorkbookLongerThanASheetContinuesOnTheNextWithItsHeader() throws Exception {
        long run = jdbc.queryForObject("SELECT MAX(run_id) FROM run_output", Long.class);
        Path file = work.resolve("split/facts.xlsx");
        Files.createDirectories(file.getParent());
        long lines = new FactsWorkbookExporter(new FactStore(jdbc), rowNames, OutputFiles.DEFAULT, 100).write(run, file);
        List<CSVRecord> csv = readCsv(onlyRunFolder().resolve("facts.csv"));
        assertThat(lines).isEqualTo(csv.size());
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo((csv.size() + 99) / 100);
            assertThat(wb.getSheetName(1)).isEqualTo("Số liệu (2)");
            int seen = 0;
            for (Sheet sh : wb) {
                assertThat(text(sh.getRow(0), 0)).isEqualTo("unit_code");
                assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= sh.getLastRowNum(); r++) {
                    assertThat(text(sh.getRow(r), 12)).isEqualTo(csv.get(seen++).get("sha256"));
                }
            }
            assertThat(seen).isEqualTo(csv.size());
        }
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? "" : c.getStringCellValue();
    }

    @Test
    void summaryNumbersAgreeWithTheStoredFacts() throws Exception {
        try (Workbook wb = WorkbookFactory.create(onlyRunFolder().resolve("summary.xlsx").toFile(), null, true)) {
            Sheet districts = wb.getSheet("Cấp huyện");
            assertThat(districts).isNotNull();
            assertThat(wb.getSheet("Cấp tỉnh")).isNotNull();
            Map<String, Integer> col = headerColumns(districts);
            Row songTra = findRow(districts, col, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.1.b");
            List<BigDecimal> current = numbers("877150", "TW.1.b", "current");
            assertThat(songTra.getCell(col.get("Hiện trạng")).getNumericCellValue()).isCloseTo(
                    current.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow(), within(1e-9));
            assertThat(songTra.getCell(col.get("Số đơn vị phải báo cáo")).getNumericCellValue()).isEqualTo(13); // with its two THCS and the preschool
            assertThat(songTra.getCell(col.get("Số đơn vị đã báo cáo")).getNumericCellValue()).isEqualTo(9);
            long schoolsAtStandard = numbers("877150", "H.1", "phase_2025").stream().mapToLong(BigDecimal::longValueExact)
                    .sum();
            Row count = findRow(districts, col, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "H.1");
            assertThat(count.getCell(col.get("Phân kỳ 2025")).getNumericCellValue()).isEqualTo((double) schoolsAtStandard);

            Sheet missing = wb.getSheet("Chưa nộp");
            // the units without a phasing table first: THCS Tân Hộ Cơ (its implementation report only), Bến Đình (nothing)
            assertThat(missing.getRow(1).getCell(0).getStringCellValue()).isEqualTo("87612406");
            assertThat(missing.getRow(2).getCell(0).getStringCellValue()).isEqualTo("87715009");
        }
    }

    @Test
    void discrepancyReportListsEveryFindingOfTheRun() throws IOException {
        List<CSVRecord> findings = readCsv(onlyRunFolder().resolve("discrepancies.csv"));
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM finding", Long.class);
        assertThat(findings).hasSize(stored.intValue());
        assertThat(findings).anySatisfy(r -> {
            assertThat(r.get("unit_code")).isEqualTo("87612405");
            assertThat(r.get("cell")).isEqualTo("K38");
            assertThat(r.get("rule")).isEqualTo("PHASE_END_NE_TARGET");
        });
        assertThat(findings).anySatisfy(r -> assertThat(r.get("rule")).isEqualTo("MISSING_SUBMISSION"));
        assertThat(onlyRunFolder().resolve("discrepancies.xlsx")).exists();
        assertThat(onlyRunFolder().resolve("bang-tong-hop/PGD-ST_bang_phan_ky_tong_hop.xlsx")).exists();
    }

    @Test
    void everyDiscrepancyNamesItsSchoolAndDistrictAndUnreadFilesTheSchoolTheirNameNames() throws Exception {
        List<CSVRecord> findings = readCsv(onlyRunFolder().resolve("discrepancies.csv"));
        assertThat(findings.get(0).getParser().getHeaderNames()).containsExactly("file", "unit_code", "unit_name",
                "district", "sheet", "cell", "rule", "severity", "message", "raw");
        String songTra = "Phòng Giáo dục và Đào tạo huyện Sông Trà";
        // files nobody could read, attributed by their names (the sample README says whose they are)
        assertThat(findings).filteredOn(r -> r.get("file").equals("BinhMinh_ban_hong.xlsx")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("rule")).isEqualTo("FILE_UNREADABLE");
                    assertThat(r.get("unit_code")).isEqualTo("87715002");
                    assertThat(r.get("unit_name")).isEqualTo("Trường Tiểu học Bình Minh");
                    assertThat(r.get("district")).isEqualTo(songTra);
                });
        assertThat(findings).filteredOn(r -> r.get("file").equals("LongKhanh_co_mat_khau.xlsx"))
                .extracting(r -> r.get("unit_code") + "|" + r.get("unit_name") + "|" + r.get("district"))
                .containsExactly("87715005|Trường Tiểu học Long Khánh|" + songTra);
        Map<String, String> fileUnits = readCsv(onlyRunFolder().resolve("files.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("unit_code")));
        assertThat(fileUnits).containsEntry("BinhMinh_ban_hong.xlsx", "87715002")
                .containsEntry("LongKhanh_co_mat_khau.xlsx", "87715005")
                .containsEntry("TH_HongNgu9_phan_ky.xlsx", ""); // names no school of the registry
        // every finding on a registry school names it and its district
        assertThat(findings).filteredOn(r -> r.get("unit_code").matches("877\\d+")).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.get("unit_name")).as(r.toString()).startsWith("Trường ");
                    assertThat(r.get("district")).as(r.toString()).startsWith("Phòng Giáo dục và Đào tạo huyện ");
                });
        assertThat(findings).filteredOn(r -> r.get("unit_code").isEmpty())
                .allSatisfy(r -> assertThat(r.get("unit_name") + r.get("district")).isEmpty());

        try (Workbook wb = WorkbookFactory.create(onlyRunFolder().resolve("discrepancies.xlsx").toFile(), null, true)) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(text(sh.getRow(0), 2)).isEqualTo("Tên đơn vị");
            assertThat(text(sh.getRow(0), 3)).isEqualTo("Quận/huyện");
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                CSVRecord line = findings.get(r - 1);
                assertThat(text(sh.getRow(r), 1)).isEqualTo(line.get("unit_code"));
                assertThat(text(sh.getRow(r), 2)).isEqualTo(line.get("unit_name"));
                assertThat(text(sh.getRow(r), 3)).isEqualTo(line.get("district"));
            }
        }
    }

    /** The numbers of one indicator and measure in the current phasing tables of the units whose code starts so. */
    private List<BigDecimal> numbers(String unitPrefix, String indicator, String measure) {
        return new CurrentValues(jdbc, new VersionStore(jdbc)).of(PhasingKind.CODE, EnumSet.allOf(MeasureKind.class))
                .stream().filter(u -> u.version().unitCode().startsWith(unitPrefix))
                .map(u -> u.values().getOrDefault(indicator, Map.of()).get(measure))
                .filter(v -> v != null && v.number() != null).map(ParsedValue::number).toList();
    }

    private static Map<String, Integer> headerColumns(Sheet sheet) {
        for (int r = 0; r <= 5; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> cols = new HashMap<>();
            row.forEach(c -> cols.put(c.toString(), c.getColumnIndex()));
            if (cols.containsKey("Mã chỉ tiêu")) {
                return cols;
            }
        }
        throw new AssertionError("no header row on " + sheet.getSheetName());
    }

    private static Row findRow(Sheet sheet, Map<String, Integer> col, String unit, String indicator) {
        for (Row row : sheet) {
            if (unit.equals(String.valueOf(row.getCell(col.get("Đơn vị"))))
                    && indicator.equals(String.valueOf(row.getCell(col.get("Mã chỉ tiêu"))))) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit + " " + indicator + " on " + sheet.getSheetName());
    }

    @Test
    void csvFilesStartWithTheBomExcelNeedsForVietnamese() throws IOException {
        byte[] head = Files.readAllBytes(onlyRunFolder().resolve("facts.csv"));
        assertThat(head).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void theFeedbackCopiesAreMadeAFewAtATimeAndEveryOneIsCounted(@TempDir Path again) throws Exception {
        Path runCopies = onlyRunFolder().resolve("gop-y");
        long run = jdbc.queryForObject("SELECT MAX(run_id) FROM submission", Long.class);

        // one thread, 4 copies asked for ahead and the findings of 3 files read at a time: many more than that in
        // the sample office's run
        int written = feedback.write(run, again, 1, 4, 3);

        try (Stream<Path> made = Files.list(again); Stream<Path> inRun = Files.list(runCopies)) {
            List<String> names = made.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(written).containsExactlyInAnyOrderElementsOf(
                    inRun.map(p -> p.getFileName().toString()).toList());
            for (String name : names) {
                // each file's own findings, listed and marked as in the run's copy
                List<String> copy = cellsAndComments(again.resolve(name));
                assertThat(copy).as(name).isEqualTo(cellsAndComments(runCopies.resolve(name)));
                String file = name.substring(name.indexOf("_gop-y_") + "_gop-y_".length());
                List<String> messages = jdbc.queryForList("SELECT x.message FROM finding x JOIN submission s ON "
                        + "s.id = x.submission_id WHERE s.run_id = ? AND s.file_name = ?", String.class, run, file);
                assertThat(messages).as(name).isNotEmpty();
                String listed = String.join("\n", copy);
                assertThat(messages).as(name).allSatisfy(m -> assertThat(listed).contains(m));
            }
        }
        assertThat(written).isGreaterThan(3 * 4);
    }

    /** Every cell's text and every comment of a workbook, by sheet and cell. */
    private static List<String> cellsAndComments(Path workbook) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String at = sheet.getSheetName() + "!" + cell.getAddress();
                        out.add(at + "=" + shown.formatCellValue(cell));
                        if (cell.getCellComment() != null) {
                            out.add(at + " comment " + cell.getCellComment().getString().getString());
                        }
                    }
                }
            }
        }
        return out;
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
