package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.CellLocation;

/**
 * The steady night: a second night where one district's school sends its table again. The other district's
 * findings across documents are carried over from the first night and its copy under {@code theo-huyen/} is
 * the first night's, stating the second night's time; both are what a fresh office, which never had the first
 * night, makes of the same current files. A change of the registry or of a kind's settings makes every part
 * again.
 */
class SteadyNightTest {

    /** Tân Thành B2, the one school of Tân Hồng (PGD-TH) that sends a phasing table. */
    private static final String TAN_THANH = "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx";
    private static final String RESENT = "TanThanhB2_PhuLucII_phan_ky_chi_tieu_gui_lai.xlsx";
    private static final String TAN_THANH_CODE = "87612405";
    /**
     * Files whose findings a later night reports as "from run N" (unreadable ones, an unknown school): a
     * fresh office reports them as its own, so they would differ for a reason that is not the carrying over.
     */
    private static final Set<String> LEFT_OUT = Set.of("BinhMinh_ban_hong.xlsx", "LongKhanh_co_mat_khau.xlsx",
            "TH_HongNgu9_phan_ky.xlsx", "README.md");
    private static final String SONG_TRA = "theo-huyen/PGD-ST_Phòng Giáo dục và Đào tạo huyện Sông Trà";

    @TempDir
    Path tmp;

    @Test
    void anUnchangedDistrictIsCarriedOverAndIsWhatAFreshOfficeMakes() throws Exception {
        Office office = new Office(tmp.resolve("two-nights"));
        List<String> samples = samples();
        for (String sample : samples) {
            office.deliver(sample);
        }
        assertThat(office.run()).isZero();
        Path first = office.lastRunFolder();
        Path resent = resend(first, tmp.resolve(RESENT), 1);
        office.deliver(resent, RESENT);
        // the nights' times are stated to the second: the second night starts in a later second than the first, so
        // a copy carried over with the first night's time would show
        LocalDateTime firstTime = runTime(first.resolve("summary.xlsx"));
        while (!LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).isAfter(firstTime)) {
            Thread.sleep(50);
        }
        assertThat(office.run()).isZero();
        Path second = office.lastRunFolder();
        assertThat(second).isNotEqualTo(first);

        // Sông Trà's findings across documents and copy were made by the first night, Tân Hồng's by the second
        assertThat(computedIn(office, 2, "checks")).containsExactlyInAnyOrderEntriesOf(
                Map.of("PGD-ST", 1L, "PGD-TH", 2L));

        Office fresh = new Office(tmp.resolve("fresh"));
        for (String sample : samples) {
            if (!sample.equals(TAN_THANH)) {
                fresh.deliver(sample);
            }
        }
        fresh.deliver(resent, RESENT);
        assertThat(fresh.run()).isZero();
        Path once = fresh.lastRunFolder();

        assertThat(rules(first, "PGD-ST")).as("what is carried over")
                .contains("COPIED_FIGURE_DIFFERS", "REPORT_CRITERION_NOT_IN_PLAN", "REPORT_PLAN_CRITERION_MISSING");
        assertThat(lines(second.resolve("discrepancies.csv")))
                .containsExactlyElementsOf(lines(once.resolve("discrepancies.csv")));
        assertThat(computedIn(office, 2, "copy")).containsExactlyInAnyOrderEntriesOf(
                Map.of("PGD-ST", 1L, "PGD-TH", 2L));
        for (String copy : List.of("summary.xlsx", "discrepancies.xlsx")) {
            assertThat(cells(second.resolve(SONG_TRA).resolve(copy))).as(copy)
                    .containsExactlyElementsOf(cells(once.resolve(SONG_TRA).resolve(copy)));
        }
        // the copy states the night it is in, as the office's own summary does
        assertThat(runTime(second.resolve(SONG_TRA).resolve("summary.xlsx")))
                .isEqualTo(runTime(second.resolve("summary.xlsx")))
                .isNotEqualTo(runTime(first.resolve(SONG_TRA).resolve("summary.xlsx")));
    }

    @Test
    void aChangedRegistryOrSettingMakesEveryPartAgain() throws Exception {
        Office office = new Office(tmp.resolve("office"));
        for (String sample : samples()) {
            office.deliver(sample);
        }
        Path registry = Files.copy(Path.of("jobs/so-dong-thap/registry.csv"), tmp.resolve("registry.csv"));
        assertThat(office.run("--tonghop.registry=" + registry)).isZero();
        Path first = office.lastRunFolder();
        // the second night: Tân Thành B2 sends again and a school is added to Tân Hồng in the registry
        office.deliver(resend(first, tmp.resolve(RESENT), 1), RESENT);
        Files.writeString(registry, Files.readString(registry) + "87612499,Trường Tiểu học Thử Nghiệm,truong,PGD-TH,,,\n");
        assertThat(office.run("--tonghop.registry=" + registry)).isZero();
        // the third: it sends once more and the phasing table's own setting, which the checks' settings do not
        // hold, changes
        office.deliver(resend(first, tmp.resolve("twice.xlsx"), 2), "TanThanhB2_gui_lai_lan_2.xlsx");
        assertThat(office.run("--tonghop.registry=" + registry, "--tonghop.outliers.threshold=3")).isZero();
        for (long night : List.of(2L, 3L)) {
            assertThat(computedIn(office, night, "checks")).as("night " + night).containsExactlyInAnyOrderEntriesOf(
                    Map.of("PGD-ST", night, "PGD-TH", night));
            assertThat(computedIn(office, night, "copy")).as("night " + night).containsExactlyInAnyOrderEntriesOf(
                    Map.of("PGD-ST", night, "PGD-TH", night));
        }
    }

    /** The sample workbooks but {@link #LEFT_OUT}. */
    private static List<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Office.SAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !LEFT_OUT.contains(n)).sorted().toList();
        }
    }

    /**
     * Tân Thành B2's table sent again with one current value {@code more} higher (no jump, no new finding of its
     * own), as {@code facts.csv} of the first night places it.
     */
    private static Path resend(Path firstRun, Path target, int more) throws Exception {
        CSVRecord fact = Office.csv(firstRun.resolve("facts.csv")).stream()
                .filter(r -> r.get("unit_code").equals(TAN_THANH_CODE) && r.get("measure").equals("current")
                        && r.get("kind").equals("COUNT") && r.get("value").matches("\\d+"))
                .findFirst().orElseThrow();
        CellLocation at = CellLocation.parse(fact.get("cell")).orElseThrow();
        // from a stream: a workbook opened from its file is saved back into it when closed
        try (InputStream in = Files.newInputStream(Office.SAMPLES.resolve(TAN_THANH));
             Workbook wb = WorkbookFactory.create(in);
             OutputStream out = Files.newOutputStream(target)) {
            CellReference ref = new CellReference(at.ref());
            Cell cell = wb.getSheet(at.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            cell.setCellValue(Integer.parseInt(fact.get("value")) + more);
            wb.write(out);
        }
        return target;
    }

    /** Each part's run that made it, as night {@code run} recorded it for {@code purpose}. */
    private static Map<String, Long> computedIn(Office office, long run, String purpose) {
        Map<String, Long> out = new TreeMap<>();
        office.jdbc().query("SELECT part_code, computed_run FROM part_key WHERE run_id = ? AND purpose = ?",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, run, purpose);
        return out;
    }

    private static List<String> rules(Path run, String district) throws Exception {
        return Office.csv(run.resolve("discrepancies.csv")).stream()
                .filter(r -> r.get("district").contains(district.equals("PGD-ST") ? "Sông Trà" : "Tân Hồng"))
                .map(r -> r.get("rule")).toList();
    }

    private static List<String> lines(Path csv) throws Exception {
        return Files.readAllLines(csv);
    }

    /** Every cell of every sheet, its value as shown and its style, but the run's time on «Thông tin». */
    private static List<String> cells(Path workbook) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                out.add("[" + sheet.getSheetName() + "] merged " + sheet.getNumMergedRegions());
                for (Row row : sheet) {
                    boolean runTime = isRunTime(row);
                    for (Cell cell : row) {
                        out.add(cell.getAddress() + "=" + (runTime && cell.getColumnIndex() == 1 ? "<run time>"
                                : shown.formatCellValue(cell)) + " {" + cell.getCellStyle().getDataFormatString()
                                + " " + cell.getCellStyle().getFillForegroundColor() + "}");
                    }
                }
            }
        }
        return out;
    }

    private static boolean isRunTime(Row row) {
        Cell label = row.getCell(0);
        return row.getSheet().getSheetName().equals("Thông tin") && label != null
                && label.getCellType() == CellType.STRING && label.getStringCellValue().equals("Thời điểm tổng hợp");
    }

    private static LocalDateTime runTime(Path summary) throws Exception {
        try (Workbook wb = WorkbookFactory.create(summary.toFile(), null, true)) {
            for (Row row : wb.getSheet("Thông tin")) {
                if (isRunTime(row)) {
                    return row.getCell(1).getLocalDateTimeCellValue();
                }
            }
        }
        throw new AssertionError("no run time in " + summary);
    }
}
