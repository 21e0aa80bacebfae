package vn.tonghop.report;

import vn.tonghop.kind.phasing.report.PhasingSummaryTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/** discrepancies.xlsx and discrepancies.csv: sorted so a clerk finds their school, safe to open. */
class DiscrepancyReportWriterTest {

    static final UnitRegistry REGISTRY = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));

    @TempDir
    Path dir;

    /** unit, file, sheet, cell as column then row number, rule. */
    static final List<String> EXPECTED_ORDER = List.of(
            "87715001|A_bo_sung.xlsx|A1|NO_TABLE",
            "87715001|TH_PhuLoc_phan_ky.xlsx|B2|PHASE_END_NE_TARGET",
            "87715001|TH_PhuLoc_phan_ky.xlsx|B10|COMPARATOR_USED",
            "87715001|TH_PhuLoc_phan_ky.xlsx|B10|PERCENT_RANGE",
            "87715001|TH_PhuLoc_phan_ky.xlsx|AA1|PHASE_STEP_BACK",
            "87715002|TH_BinhMinh_phan_ky_chi_tieu.xlsx|E12|TARGET_WEAKER_THAN_QUOTA",
            "87715003|TH_AnHoa_phan_ky_chi_tieu.xlsx|D9|UNPARSEABLE",
            "87715004|||MISSING_SUBMISSION");

    @Test
    void csvHasBomCrlfEnglishHeaderSortedRowsAndNeutralisedFormulas() throws Exception {
        Path csv = dir.resolve("discrepancies.csv");
        new DiscrepancyReportWriter().write(ReportFixture.findings(), REGISTRY::find, dir.resolve("discrepancies.xlsx"),
                csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("file,unit_code,unit_name,district,sheet,cell,rule,severity,message,raw\r\n");
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).extracting(r -> r.get("unit_code") + "|" + r.get("file") + "|" + r.get("cell") + "|"
                + r.get("rule")).containsExactlyElementsOf(EXPECTED_ORDER);
        CSVRecord anHoa = records.get(6);
        assertThat(anHoa.get("raw")).isEqualTo("'=1+1"); // would run as a formula otherwise
        assertThat(anHoa.get("severity")).isEqualTo("ERROR");
        assertThat(anHoa.get("sheet")).isEqualTo("Phụ lục II");
        assertThat(anHoa.get("message")).isEqualTo("Không hiểu được giá trị «=1+1». Đề nghị nhập một số, ví dụ 99,5.");
        assertThat(records.get(5).get("raw")).isEqualTo("'-5");
        assertThat(records.get(7).get("file")).isEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r.get("district")).as(r.get("unit_code"))
                .isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà"));
        assertThat(anHoa.get("unit_name")).isEqualTo("Trường Tiểu học An Hòa");
        assertThat(records.get(7).get("unit_name")).isEqualTo("Trường Tiểu học Tân Phú A"); // a school that sent nothing
    }

    @Test
    void xlsxHasVietnameseHeadersSortedRowsSeverityFillsFrozenHeaderAndFilter() throws Exception {
        Path xlsx = dir.resolve("discrepancies.xlsx");
        new DiscrepancyReportWriter().write(ReportFixture.findings(), REGISTRY::find, xlsx,
                dir.resolve("discrepancies.csv"));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            // streamed even when short: SXSSF writes inline strings, the user model a shared-strings table
            assertThat(wb.getSharedStringSource().getCount()).isZero();
            XSSFSheet s = wb.getSheet("Sai lệch");
            assertThat(PhasingSummaryTest.texts(s.getRow(0))).containsExactly("Tệp", "Mã đơn vị", "Tên đơn vị",
                    "Quận/huyện", "Trang tính", "Ô", "Quy tắc", "Mức độ", "Nội dung", "Giá trị đã nhập");
            List<String> order = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                order.add(row.getCell(1).getStringCellValue() + "|" + row.getCell(0).getStringCellValue() + "|"
                        + row.getCell(5).getStringCellValue() + "|" + row.getCell(6).getStringCellValue());
            }
            assertThat(order).containsExactlyElementsOf(EXPECTED_ORDER);

            Row anHoa = s.getRow(7);
            assertThat(anHoa.getCell(2).getStringCellValue()).isEqualTo("Trường Tiểu học An Hòa");
            assertThat(anHoa.getCell(3).getStringCellValue()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà");
            assertThat(anHoa.getCell(7).getStringCellValue()).isEqualTo("Lỗi");
            Cell raw = anHoa.getCell(9);
            assertThat(raw.getCellType()).isEqualTo(CellType.STRING);
            assertThat(raw.getStringCellValue()).isEqualTo("=1+1");
            assertThat(PhasingSummaryTest.fill(anHoa.getCell(0))).isEqualTo("F8CBAD"); // ERROR
            Row warning = s.getRow(1);
            assertThat(warning.getCell(7).getStringCellValue()).isEqualTo("Cảnh báo");
            assertThat(PhasingSummaryTest.fill(warning.getCell(8))).isEqualTo("FFEB9C"); // WARNING
            Row info = s.getRow(3);
            assertThat(info.getCell(7).getStringCellValue()).isEqualTo("Thông tin");
            assertThat(PhasingSummaryTest.fill(info.getCell(0))).isNull();
            assertThat(anHoa.getCell(8).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getColumnWidth(8) / 256).isEqualTo(60);
            // the district's name wraps in a bounded column, so the sheet prints at a readable size
            assertThat(s.getColumnWidth(3) / 256).isEqualTo(22);
            assertThat(anHoa.getCell(3).getCellStyle().getWrapText()).isTrue();
            int total = 0;
            for (int col = 0; col < 10; col++) {
                total += s.getColumnWidth(col) / 256;
            }
            assertThat(total).as("characters across the page").isLessThanOrEqualTo(220);

            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J9");
            assertThat(wb.getNumCellStyles()).isLessThan(20);
        }
    }

    @Test
    void unknownUnitsAndTheRootHaveNoDistrictAndAWriterWithoutRegistryLeavesBothEmpty() throws Exception {
        List<Finding> findings = List.of(
                new Finding("ban_hong.xlsx", "", "", "", "FILE_UNREADABLE", Severity.ERROR, "Tệp bị hỏng.", ""),
                new Finding("x.xlsx", "99999999", "", "", "UNKNOWN_UNIT", Severity.ERROR, "Không rõ đơn vị.", ""),
                new Finding("", "SGD-DT", "", "", "DUPLICATE_FILES", Severity.WARNING, "Hai tệp.", ""),
                new Finding("", "PGD-TH", "", "", "MISSING_SUBMISSION", Severity.ERROR, "Chưa nộp.", ""));
        Path csv = dir.resolve("places.csv");
        new DiscrepancyReportWriter().write(findings, REGISTRY::find, dir.resolve("places.xlsx"), csv);
        assertThat(readCsv(csv)).extracting(r -> r.get("unit_code") + "|" + r.get("unit_name") + "|" + r.get("district"))
                .containsExactly("||", "99999999||", "PGD-TH|Phòng Giáo dục và Đào tạo huyện Tân Hồng|Sở Giáo dục và Đào "
                        + "tạo Đồng Tháp", "SGD-DT|Sở Giáo dục và Đào tạo Đồng Tháp|");

        new DiscrepancyReportWriter().write(ReportFixture.findings(), dir.resolve("bare.xlsx"), csv);
        assertThat(readCsv(csv)).hasSize(8).allSatisfy(r -> {
            assertThat(r.get("unit_name")).isEmpty();
            assertThat(r.get("district")).isEmpty();
        });
    }

    private static List<CSVRecord> readCsv(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void cellsSortByColumnThenRowNumber() {
        List<String> cells = new ArrayList<>(List.of("AA1", "B10", "", "B2", "'Phụ lục II'!C1", "tổng", "$A$3"));
        cells.sort(DiscrepancyReportWriter::compareCells);
        assertThat(cells).containsExactly("", "$A$3", "B2", "B10", "'Phụ lục II'!C1", "AA1", "tổng");
    }

    @Test
    void noFindingsStillGiveBothFilesWithHeaders() throws Exception {
        Path xlsx = dir.resolve("none.xlsx");
        Path csv = dir.resolve("none.csv");
        new DiscrepancyReportWriter().write(List.<Finding>of(), xlsx, csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFfile,unit_code,unit_name,district,sheet,cell,rule,severity,message,raw\r\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tệp");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    /** Past what one sheet holds the workbook stops and says where the rest are; the CSV lists every line. */
    @Test
    void findingsPastOneSheetAreInTheCsvOnlyAndTheWorkbookSaysSo() throws Exception {
        List<Finding> all = ReportFixture.findings();
        Path xlsx = dir.resolve("cut.xlsx");
        new DiscrepancyReportWriter(OutputFiles.DEFAULT, 5).write(all, REGISTRY::find, xlsx, dir.resolve("cut.csv"));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(6);
            assertThat(s.getRow(5).getCell(1).getStringCellValue()).isEqualTo("87715001"); // the fifth in order (AA1)
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).startsWith("Còn " + (all.size() - 5) + " dòng nữa")
                    .contains("discrepancies.csv");
        }
        assertThat(Files.readAllLines(dir.resolve("cut.csv"))).hasSize(all.size() + 1);
        assertThat(DiscrepancyReportWriter.MAX_LINES).isEqualTo(1_048_574);
    }

    @Test
    void aBigRunIsStreamed() throws Exception {
        List<Finding> many = ReportFixture.findings().stream().collect(Collectors.toCollection(ArrayList::new));
        for (int i = 0; i < 3000; i++) {
            Finding f = many.get(i % 8);
            many.add(new Finding(f.file(), f.unitCode() + "-" + (i % 50), f.sheet(), "D" + (i + 10), f.rule(),
                    f.severity(), f.message(), f.raw()));
        }
        DiscrepancyReportWriter writer = new DiscrepancyReportWriter(); // far more rows than the window holds
        Path xlsx = dir.resolve("big.xlsx");
        writer.write(many, xlsx, dir.resolve("big.csv"));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(many.size());
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("87715001");
            assertThat(s.getRow(many.size()).getCell(1).getStringCellValue()).startsWith("87715004-");
        }
        assertThat(Files.readAllLines(dir.resolve("big.csv"))).hasSize(many.size() + 1);
    }
}
