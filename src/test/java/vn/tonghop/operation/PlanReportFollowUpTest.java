package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

/**
 * The improvement plan and the report on carrying it out through one run of the sample office: Phú Lộc's
 * plan of 2023–2024 and its report on it, and seed 003's report (2022–2023) from THCS Tân Hộ Cơ, which sent
 * no plan. The summary shows the budget per district, each node's plan rows done, under way or late, not
 * started and unclear with the reasons, and each report against the plan of its year; discrepancies.csv
 * has the seed's contradictions (3.2, 3.3, 3.6) and its missing number and date at their cells.
 */
class PlanReportFollowUpTest {

    static final String SEED = "87612406_bao_cao_thuc_hien_KHCTCL_2022-2023.xlsx";
    static final String REPORT = "PhuLoc_bao_cao_thuc_hien_KHCTCL_2023-2024.xlsx";
    static final String PLAN = "PhuLoc_ke_hoach_cai_tien.xlsx";

    @TempDir
    Path root;

    @Test
    void theSummaryFollowsEachPlanThroughItsReportAndTheSeedsFindingsAreAtTheirCells() throws IOException {
        Office office = new Office(root);
        office.deliver(PLAN);
        office.deliver(REPORT);
        office.deliver(SEED);

        assertThat(office.run()).isZero();

        Path folder = office.lastRunFolder();
        try (Workbook wb = WorkbookFactory.create(folder.resolve("summary.xlsx").toFile(), null, true)) {
            // the budget asked for, per district: Phú Lộc's 50 triệu + 60.000.000đ; two rows by a source only
            Map<String, String> budget = byCode(wb.getSheet("KH – Kinh phí"), "Kinh phí dự kiến (đồng)");
            assertThat(budget).containsEntry("SGD-DT", "110000000").containsEntry("PGD-ST", "110000000")
                    .containsEntry("PGD-TH", "0");

            // per node the plan rows by where they stand: seed 003's ten, Phú Lộc's five
            Sheet progress = wb.getSheet("BC thực hiện – Tiến độ");
            List<String> columns = List.of("Số trường phải nộp", "Đã nộp", "Số dòng kế hoạch", "Đã triển khai xong",
                    "Đang triển khai hoặc chậm", "Chưa triển khai", "Chưa rõ");
            assertThat(List.of("SGD-DT", "PGD-TH", "PGD-ST")).extracting(code -> columns.stream()
                    .map(c -> byCode(progress, c).get(code)).toList()).containsExactly(
                    List.of("15", "2", "15", "7", "3", "0", "5"),
                    List.of("2", "1", "10", "5", "2", "0", "3"),
                    List.of("13", "1", "5", "2", "1", "0", "2"));
            assertThat(byCode(progress, "Đã triển khai xong (%)")).containsEntry("PGD-TH", "50").containsEntry("PGD-ST", "40");

            // the rows not done, with the school's reason, file and cell
            List<Map<String, String>> reasons = lines(wb.getSheet("BC thực hiện – Lý do"));
            assertThat(reasons).extracting(l -> l.get("Mã đơn vị"), l -> l.get("Tiêu chí"), l -> l.get("Tình trạng"),
                    l -> l.get("Ô")).contains(
                    tuple("87612406", "3.2", "Chưa rõ", "E22"), tuple("87612406", "1.4", "Đang triển khai hoặc chậm", "F11"),
                    tuple("87715001", "2.2", "Đang triển khai hoặc chậm", "F12"), tuple("87715001", "5.2", "Chưa rõ", "E20"));
            assertThat(reasons).filteredOn(l -> l.get("Tiêu chí").equals("2.2")).singleElement()
                    .extracting(l -> l.get("Lý do, nội dung trường ghi")).asString()
                    .contains("chậm so với kế hoạch do lớp học khai giảng muộn");

            // each report against the school's plan of its year
            List<Map<String, String>> against = lines(wb.getSheet("BC thực hiện – Đối chiếu KH"));
            assertThat(against).extracting(l -> l.get("Mã đơn vị"), l -> l.get("Năm học"),
                    l -> l.get("Kế hoạch cùng năm học (tệp)"), l -> l.get("Số tiêu chí trong kế hoạch"),
                    l -> l.get("Số tiêu chí trong báo cáo"), l -> l.get("Tiêu chí báo cáo nhưng không có trong kế hoạch"),
                    l -> l.get("Tiêu chí trong kế hoạch nhưng báo cáo bỏ sót")).containsExactly(
                    tuple("87612406", "2022-2023", "(chưa có kế hoạch năm học này của trường)", "", "10", "", ""),
                    tuple("87715001", "2023-2024", PLAN, "6", "5", "4.1", "3.5, 3.6"));
        }

        // facts like the other kinds', and a marked-up copy of each file with something to fix
        assertThat(Office.csv(folder.resolve("facts.csv"))).extracting(f -> f.get("document")).containsOnly("plan",
                "implementation_report");
        try (Stream<Path> feedback = Files.list(folder.resolve("gop-y"))) {
            assertThat(feedback.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "87612406_gop-y_" + SEED, "87715001_gop-y_" + REPORT, "87715001_gop-y_" + PLAN);
        }

        List<CSVRecord> found = Office.csv(folder.resolve("discrepancies.csv"));
        assertThat(found).filteredOn(l -> l.get("file").equals(SEED))
                .extracting(l -> l.get("unit_code"), l -> l.get("sheet"), l -> l.get("cell"), l -> l.get("rule"))
                .containsExactlyInAnyOrder(
                        tuple("87612406", "Báo cáo", "A5", "REPORT_NUMBER_MISSING"),
                        tuple("87612406", "Báo cáo", "A5", "REPORT_DATE_MISSING"),
                        tuple("87612406", "Báo cáo", "E22", "REPORT_ROW_CONTRADICTORY"),
                        tuple("87612406", "Báo cáo", "E23", "REPORT_ROW_CONTRADICTORY"),
                        tuple("87612406", "Báo cáo", "E26", "REPORT_ROW_CONTRADICTORY"));
        assertThat(found).filteredOn(l -> l.get("file").equals(REPORT) && l.get("rule").startsWith("REPORT_")
                        && (l.get("rule").endsWith("NOT_IN_PLAN") || l.get("rule").endsWith("CRITERION_MISSING")))
                .extracting(l -> l.get("rule"), l -> l.get("cell")).containsExactlyInAnyOrder(
                        tuple("REPORT_CRITERION_NOT_IN_PLAN", "B18"), tuple("REPORT_PLAN_CRITERION_MISSING", ""),
                        tuple("REPORT_PLAN_CRITERION_MISSING", ""));
    }

    private static final DataFormatter SHOWN = new DataFormatter();

    /** Each line of a sheet by its header's labels (up to the first blank line: the notes under it left out). */
    static List<Map<String, String>> lines(Sheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                break;
            }
            Map<String, String> line = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                line.put(SHOWN.formatCellValue(header.getCell(c)), value(row.getCell(c)));
            }
            out.add(line);
        }
        return out;
    }

    /** A number as plain digits (110000000, 40), anything else as shown. */
    private static String value(Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(cell.getNumericCellValue()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return SHOWN.formatCellValue(cell);
    }

    /** One column of a sheet by the code in its first column. */
    static Map<String, String> byCode(Sheet sheet, String column) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> l : lines(sheet)) {
            assertThat(l).as(sheet.getSheetName()).containsKey(column);
            out.put(l.values().iterator().next(), l.get(column));
        }
        return out;
    }
}
