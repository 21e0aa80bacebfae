package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import vn.tonghop.TonghopApplication;
import vn.tonghop.kind.rollcall.RollCallKind;

/**
 * A kind plugs in without a change to the pipeline: the tests' {@link RollCallKind}, registered as a bean
 * and listed in {@code tonghop.kinds}, is recognised (alone in a file, and beside a phasing table in the
 * same workbook), stored with its kind, versioned on its own, its facts in facts.csv and its findings in
 * the discrepancy report; the phasing tables are read and consolidated as before.
 */
class RollCallKindTest {

    @TempDir
    Path root;

    @Test
    void aKindOfTheTestsIsReadStoredVersionedAndReported() throws IOException {
        Office office = new Office(root);
        // Phú Lộc: its phasing table and a roll call in one workbook; Hòa An: a roll call alone, nobody counted
        Path phuLoc = root.resolve("phu-loc.xlsx");
        // from a stream: a workbook opened read-write from its file writes itself back on close
        try (var in = Files.newInputStream(Office.SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            rollCall(wb, "Trường Tiểu học Phú Lộc", "32");
            try (OutputStream os = Files.newOutputStream(phuLoc)) {
                wb.write(os);
            }
        }
        office.deliver(phuLoc, "TH_PhuLoc_phan_ky_va_diem_danh.xlsx");
        office.deliver(rollCallFile("Trường Tiểu học Hòa An", "không có"), "diem_danh_1.xlsx");

        assertThat(run(office)).isZero();

        List<Map<String, Object>> stored = office.jdbc().queryForList("""
                SELECT s.file_name, s.kind, s.unit_code, s.outcome, s.version, s.is_current FROM submission s
                ORDER BY s.file_name, s.kind""");
        assertThat(stored).extracting(r -> r.get("KIND") + " " + r.get("UNIT_CODE") + " " + r.get("OUTCOME") + " v"
                + r.get("VERSION")).containsExactly(
                "phasing 87715001 READ v1", "rollcall 87715001 READ v1",
                "rollcall 87715006 READ v1"); // Hòa An
        Path first = office.lastRunFolder();
        List<CSVRecord> facts = Office.csv(first.resolve("facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("indicator_code").equals("SI_SO"))
                .extracting(f -> f.get("unit_code") + " " + f.get("raw") + " " + f.get("cell"))
                .containsExactlyInAnyOrder("87715001 32 'Điểm danh'!B3", "87715006 không có 'Điểm danh'!B3");
        assertThat(facts).filteredOn(f -> f.get("unit_code").equals("87715001")).hasSizeGreaterThan(100);
        assertThat(Office.csv(first.resolve("discrepancies.csv")))
                .filteredOn(f -> f.get("rule").equals("ROLL_CALL_NOBODY"))
                .extracting(f -> f.get("unit_code") + " " + f.get("cell") + " " + f.get("severity"))
                .containsExactly("87715006 B3 ERROR");

        // Hòa An counts again: its roll call's version 2; Phú Lộc's phasing table and roll call stay version 1
        office.deliver(rollCallFile("Trường Tiểu học Hòa An", "28"), "diem_danh_2.xlsx");
        assertThat(run(office)).isZero();

        assertThat(office.jdbc().queryForList("""
                SELECT kind, unit_code, version FROM submission WHERE is_current ORDER BY unit_code, kind""")
                .stream().map(r -> r.get("KIND") + " " + r.get("UNIT_CODE") + " v" + r.get("VERSION")).toList())
                .containsExactly("phasing 87715001 v1", "rollcall 87715001 v1", "rollcall 87715006 v2");
        Path second = office.lastRunFolder();
        assertThat(second).isNotEqualTo(first);
        assertThat(Office.csv(second.resolve("facts.csv"))).filteredOn(f -> f.get("indicator_code").equals("SI_SO"))
                .extracting(f -> f.get("unit_code") + " " + f.get("raw"))
                .containsExactlyInAnyOrder("87715001 32", "87715006 28");
        assertThat(Office.csv(second.resolve("discrepancies.csv"))).extracting(f -> f.get("rule"))
                .doesNotContain("ROLL_CALL_NOBODY");
    }

    private int run(Office office) {
        return SpringApplication.exit(SpringApplication.run(new Class<?>[] {TonghopApplication.class,
                RollCallKind.class}, office.args("--tonghop.kinds=phasing,rollcall").toArray(String[]::new)));
    }

    private Path rollCallFile(String school, String count) throws IOException {
        Path file = Files.createTempFile(root, "roll", ".xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            rollCall(wb, school, count);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        return file;
    }

    private static void rollCall(Workbook wb, String school, String count) {
        Sheet s = wb.createSheet("Điểm danh");
        s.createRow(0).createCell(0).setCellValue("ĐIỂM DANH ngày 27/11/2026 — " + school);
        s.createRow(2).createCell(0).setCellValue("Sĩ số");
        if (count.matches("\\d+")) {
            s.getRow(2).createCell(1).setCellValue(Integer.parseInt(count));
        } else {
            s.getRow(2).createCell(1).setCellValue(count);
        }
    }
}
