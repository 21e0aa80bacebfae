package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox over several nights: only complete files are taken, every accepted file is archived
 * untouched, the same bytes are never counted twice, a new file from a unit supersedes its old one,
 * and a night with nothing new changes no output.
 */
class InboxLifecycleTest {

    private static final String PHU_LOC = "TH_PhuLoc_phan_ky_chi_tieu.xlsx";
    private static final String MY_XUAN = "TH_MyXuan_phan_ky_chi_tieu.xlsx";

    @TempDir
    Path tmp;

    @Test
    void lockTempAndGrowingFilesWaitForALaterRun() throws IOException {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        Path lock = office.deliver(Office.SAMPLES.resolve(MY_XUAN), "~$" + MY_XUAN);
        Path libreLock = office.deliver(Office.SAMPLES.resolve(MY_XUAN), ".~lock." + MY_XUAN + "#");
        Path partial = office.deliver(Office.SAMPLES.resolve(MY_XUAN), MY_XUAN + ".part");
        Path growing = office.inbox.resolve(MY_XUAN);
        Files.copy(Office.SAMPLES.resolve(MY_XUAN), growing); // modified just now: still being copied

        assertThat(office.run()).isZero();

        List<String> taken = office.jdbc().queryForList("SELECT file_name FROM received_file", String.class);
        assertThat(taken).containsExactly(PHU_LOC);
        assertThat(List.of(lock, libreLock, partial, growing)).allMatch(Files::exists);

        Office.settled(growing); // the copy finished
        assertThat(office.run()).isZero();
        assertThat(office.jdbc().queryForList("SELECT file_name FROM received_file ORDER BY id", String.class))
                .containsExactly(PHU_LOC, MY_XUAN);
        assertThat(Office.csv(office.lastRunFolder().resolve("files.csv"))).extracting(r -> r.get("file"))
                .containsExactly(MY_XUAN);
    }

    @Test
    void archivedCopiesAreByteIdenticalAndTheInboxIsLeftAsItWas() throws Exception {
        Office office = new Office(tmp);
        Path sent = office.deliver(PHU_LOC);
        FileTime modified = Files.getLastModifiedTime(sent);
        String sha = sha256(sent);

        assertThat(office.run()).isZero();

        Path archived = Path.of(office.jdbc().queryForObject("SELECT archive_path FROM received_file", String.class));
        assertThat(archived).startsWith(office.archive).hasFileName(PHU_LOC);
        assertThat(archived.getParent().getFileName().toString()).isEqualTo(sha);
        assertThat(sha256(archived)).isEqualTo(sha);
        assertThat(Files.getPosixFilePermissions(archived)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        assertThat(sha256(sent)).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(sent)).isEqualTo(modified);
    }

    @Test
    void theSameBytesSentTwiceAreRecognisedAndNotCountedTwice() throws IOException {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        office.deliver(Office.SAMPLES.resolve(PHU_LOC), "TH_PhuLoc_phan_ky_chi_tieu_gui_lai.xlsx"); // same bytes, another name
        assertThat(office.run()).isZero();

        var jdbc = office.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(1);
        Map<String, CSVRecord> files = Office.csv(office.lastRunFolder().resolve("files.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r));
        assertThat(files.get(PHU_LOC).get("outcome")).isEqualTo("READ");
        assertThat(files.get("TH_PhuLoc_phan_ky_chi_tieu_gui_lai.xlsx").get("outcome")).isEqualTo("DUPLICATE");
        assertThat(files.get("TH_PhuLoc_phan_ky_chi_tieu_gui_lai.xlsx").get("reason")).contains("Trùng nội dung", PHU_LOC);
        long factsOfPhuLoc = Office.csv(office.lastRunFolder().resolve("facts.csv")).stream()
                .filter(r -> r.get("unit_code").equals("87715001")).count();
        assertThat(factsOfPhuLoc).isEqualTo(jdbc.queryForObject("SELECT SUM(fact_count) FROM submission_values", Long.class));

        // the next night, the same bytes once more under a third name: nothing new to read or write
        int folders = office.runFolders().size();
        office.deliver(Office.SAMPLES.resolve(PHU_LOC), "PhuLoc_lan_ba.xlsx");
        assertThat(office.run()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(3);
        assertThat(office.runFolders()).hasSize(folders);
    }

    @Test
    void aNewFileFromAUnitSupersedesItsOldOneAndTheHistoryStays() throws Exception {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        assertThat(office.run()).isZero();
        double first = (double) unitCells(office.lastRunFolder(), "87715001").get("TW.1.a");

        Path v2 = tmp.resolve(PHU_LOC);
        double changed = changeFirstCurrentValue(Office.SAMPLES.resolve(PHU_LOC), v2);
        office.deliver(v2, "TH_PhuLoc_phan_ky_chi_tieu_sua.xlsx");
        assertThat(office.run()).isZero();

        Path folder = office.lastRunFolder();
        assertThat(office.runFolders()).hasSize(2);
        Map<String, Object> row = unitCells(folder, "87715001");
        assertThat((double) row.get("TW.1.a")).isEqualTo(changed).isNotEqualTo(first);
        assertThat(row.get("Tệp")).isEqualTo("TH_PhuLoc_phan_ky_chi_tieu_sua.xlsx");
        assertThat(row.get("Phiên bản")).isEqualTo(2.0);
        List<CSVRecord> facts = Office.csv(folder.resolve("facts.csv"));
        assertThat(facts).extracting(r -> r.get("file")).containsOnly("TH_PhuLoc_phan_ky_chi_tieu_sua.xlsx");
        var history = office.jdbc().queryForList(
                "SELECT file_name, version, version_count FROM submission_version WHERE unit_code = '87715001' "
                        + "ORDER BY version");
        assertThat(history).extracting(m -> m.get("FILE_NAME"))
                .containsExactly(PHU_LOC, "TH_PhuLoc_phan_ky_chi_tieu_sua.xlsx");
    }

    @Test
    void aRerunWithNothingNewChangesNoOutput() throws IOException {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        office.deliver("BinhMinh_ban_hong.xlsx");
        assertThat(office.run()).isZero();
        Path folder = office.lastRunFolder();
        Map<Path, FileTime> before = snapshot(folder);

        assertThat(office.run()).isZero();
        assertThat(office.runFolders()).containsExactly(folder);
        assertThat(snapshot(folder)).isEqualTo(before);
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM run_output", Integer.class)).isEqualTo(1);
    }

    /**
     * A changed setting of a kind's (how far a value must be to be called an outlier) or a new collection round
     * makes the same files say something else: the next run writes its outputs though no file is new.
     */
    @Test
    void aChangedKindSettingOrRoundWithNoNewFileWritesTheOutputsAgain() throws IOException {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        assertThat(office.run()).isZero();
        assertThat(office.run()).isZero();
        assertThat(office.runFolders()).as("nothing new: nothing written").hasSize(1);

        assertThat(office.run("--tonghop.outliers.threshold=2.5")).isZero();
        assertThat(office.runFolders()).as("the outliers' threshold changed").hasSize(2);

        assertThat(office.run("--tonghop.outliers.threshold=2.5", "--tonghop.timeliness.rounds[0].year=2023",
                "--tonghop.timeliness.rounds[0].deadline=2023-11-30")).isZero();
        assertThat(office.runFolders()).as("a collection round set").hasSize(3);
    }

    /**
     * On the day a deadline passes the units that have not sent are late, though no file is new: that night
     * writes the outputs again. The test moves the office's day with its time zone (UTC−11, then UTC+14: one
     * or two days later), the deadline being the day before the later one.
     */
    @Test
    void aDeadlinePassingWithNoNewFileWritesTheOutputsAgain() throws Exception {
        Office office = new Office(tmp);
        office.deliver(PHU_LOC);
        String deadline = "--tonghop.timeliness.rounds[0].deadline="
                + LocalDate.now(ZoneId.of("Pacific/Kiritimati")).minusDays(1);
        String[] round = {"--tonghop.timeliness.rounds[0].year=2023", deadline};

        assertThat(office.run(with(round, "--tonghop.zone=Pacific/Pago_Pago"))).isZero();
        assertThat(office.run(with(round, "--tonghop.zone=Pacific/Pago_Pago"))).isZero();
        assertThat(office.runFolders()).as("nothing new on the same day: nothing written").hasSize(1);
        assertThat(statuses(office.lastRunFolder())).contains("Chưa nộp (chưa đến hạn)")
                .doesNotContain("Chưa nộp (đã quá hạn)");

        assertThat(office.run(with(round, "--tonghop.zone=Pacific/Kiritimati"))).isZero();
        assertThat(office.runFolders()).as("the deadline passed").hasSize(2);
        assertThat(statuses(office.lastRunFolder())).contains("Chưa nộp (đã quá hạn)")
                .doesNotContain("Chưa nộp (chưa đến hạn)");
    }

    private static String[] with(String[] args, String more) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    /** Every text of the summary's «Đúng hạn» sheet. */
    private static Set<String> statuses(Path folder) throws IOException {
        try (Workbook wb = WorkbookFactory.create(folder.resolve("summary.xlsx").toFile(), null, true)) {
            Set<String> texts = new HashSet<>();
            for (Row row : wb.getSheet("Đúng hạn")) {
                row.forEach(c -> texts.add(c.toString()));
            }
            return texts;
        }
    }

    private static Map<Path, FileTime> snapshot(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    /** Writes a copy whose first current value (Hiện trạng of TW.1.a) is 1 point lower; returns it. */
    private static double changeFirstCurrentValue(Path from, Path to) throws Exception {
        try (InputStream in = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            double value = Double.NaN;
            for (Row row : sheet) {
                var name = row.getCell(1);
                if (name != null && name.toString().contains("đi học đúng độ tuổi")) {
                    var cell = row.getCell(3);
                    value = (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? cell.getNumericCellValue() : Double.parseDouble(cell.getStringCellValue()
                                    .replace(',', '.').trim())) - 1;
                    cell.setCellValue(value);
                    break;
                }
            }
            assertThat(value).as("TW.1.a current value found").isNotNaN();
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
            return value;
        }
    }

    /** The unit's row of the summary's unit sheet, by header (indicator columns by their code). */
    private static Map<String, Object> unitCells(Path folder, String unit) throws Exception {
        try (Workbook wb = WorkbookFactory.create(folder.resolve("summary.xlsx").toFile(), null, true)) {
            Sheet sheet = wb.getSheet("Đơn vị × chỉ tiêu");
            Row header = sheet.getRow(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(unit)) {
                    Map<String, Object> cells = new java.util.HashMap<>();
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        String name = header.getCell(c).getStringCellValue().split(" – ")[0];
                        var cell = row.getCell(c);
                        if (cell != null) {
                            cells.put(name, cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                    ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                        }
                    }
                    return cells;
                }
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
