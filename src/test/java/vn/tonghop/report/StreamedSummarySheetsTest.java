package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.RunChanges;
import vn.tonghop.store.TimelinessStore.Receipt;
import vn.tonghop.timeliness.CollectedKinds;
import vn.tonghop.timeliness.Timeliness;
import vn.tonghop.timeliness.TimelinessSettings;
import vn.tonghop.timeliness.TimelinessSettings.Round;

/**
 * The summary's sheets that grow with the units or the files («Theo huyện», «Đúng hạn», «Chưa nộp», «Thay
 * đổi») are written through SXSSF with a window far smaller than their rows, as in {@code summary.xlsx}:
 * read back, each is what the same sheet written with POI's user model is (every cell, its look, widths,
 * row heights, frozen panes, filter, print setup and titles), and a clerk's text that looks like a formula
 * stays text. A row fitted after the window moved on, or a width taken before the rows were measured,
 * would show here.
 */
class StreamedSummarySheetsTest {

    /** Rows kept in memory while streaming: far fewer than the sheets' rows. */
    private static final int WINDOW = 50;
    private static final int SCHOOLS = 400;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate D2023 = LocalDate.of(2023, 11, 30);
    private static final LocalDate D2024 = LocalDate.of(2024, 10, 15);

    @TempDir
    Path dir;

    @Test
    void districtsSheetStreamedIsTheUserModelOne() throws IOException {
        List<Unit> schools = schools();
        Timeliness t = timeliness(schools);
        List<DistrictOverview> lines = new ArrayList<>();
        for (Unit s : schools) {
            lines.add(new DistrictOverview(s, 1, s.code().hashCode() % 2 == 0 ? 1 : 0, 0, 0, 3, 4, 0));
        }
        lines.add(new DistrictOverview(null, 0, 0, 0, 2, 0, 0, 0));
        Path[] both = both((wb, st) -> DistrictSheet.write(wb, st, lines, t));
        assertSame(both);
        try (Workbook wb = WorkbookFactory.create(both[1].toFile(), null, true)) {
            Sheet sh = wb.getSheet(DistrictSheet.NAME);
            assertThat(sh.getLastRowNum()).isEqualTo(lines.size());
            assertThat(sh.getRow(lines.size()).getCell(1).getStringCellValue()).isEqualTo("Chưa xác định được đơn vị");
            assertThat(sh.getPrintSetup().getLandscape()).isFalse();
            assertThat(sh.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    @Test
    void timelinessSheetStreamedIsTheUserModelOne() throws IOException {
        List<Unit> schools = schools();
        Timeliness t = timeliness(schools);
        assertThat(t.kindLines().size()).isGreaterThan(5 * WINDOW);
        UnitRegistry registry = registry(schools);
        Path[] both = both((wb, st) -> TimelinessSheet.write(wb, st, t, registry::find));
        assertSame(both);
        try (Workbook wb = WorkbookFactory.create(both[1].toFile(), null, true)) {
            Sheet sh = wb.getSheet(TimelinessSheet.NAME);
            assertThat(sh.getLastRowNum()).isEqualTo(t.kindLines().size());
            // the newest round first; a late line carries its days late as a number
            assertThat(sh.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024");
            assertThat(sh.getRow(sh.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("2023");
            assertThat(sh.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Số ngày trễ");
            // a long school name wraps: its row, long gone from the window when the sheet was saved, is taller
            Row wrapped = null;
            for (int r = sh.getLastRowNum(); wrapped == null && r > 2 * WINDOW; r--) {
                if (sh.getRow(r).getCell(3).getStringCellValue().startsWith("Trường Trung học cơ sở và")) {
                    wrapped = sh.getRow(r);
                }
            }
            assertThat(wrapped).isNotNull();
            assertThat(wrapped.getHeightInPoints()).isGreaterThan(15f);
            assertPrinted(sh, true);
        }
    }

    @Test
    void missingSheetStreamedIsTheUserModelOne() throws IOException {
        List<Unit> schools = schools();
        UnitRegistry registry = registry(schools);
        List<MissingSheet.Missing> missing = schools.stream().map(u -> new MissingSheet.Missing(u,
                List.of("Bảng phân kỳ thực hiện chỉ tiêu", "Tổng hợp kết quả tự đánh giá", "Kế hoạch cải tiến chất lượng")))
                .toList();
        Path[] both = both((wb, st) -> MissingSheet.write(wb, st, missing, registry::find, true));
        assertSame(both);
        try (Workbook wb = WorkbookFactory.create(both[1].toFile(), null, true)) {
            Sheet sh = wb.getSheet(MissingSheet.NAME);
            assertThat(sh.getLastRowNum()).isEqualTo(SCHOOLS);
            // the kinds owed wrap: the last row, long gone from the window, is as tall as its lines
            assertThat(sh.getRow(SCHOOLS).getHeightInPoints()).isGreaterThan(15f);
            assertPrinted(sh, true);
        }
        // none missing: the sentence under the header, portrait
        Path[] none = both((wb, st) -> MissingSheet.write(wb, st, List.of(), registry::find, false));
        assertSame(none);
    }

    @Test
    void changesSheetStreamedIsTheUserModelOneAndTextStaysText() throws IOException {
        List<Unit> schools = schools();
        List<RunChanges.FileChange> files = new ArrayList<>();
        List<RunChanges.FindingChange> added = new ArrayList<>();
        for (Unit s : schools) {
            files.add(new RunChanges.FileChange(s.code(), s.name(), s.code() + "_phan_ky.xlsx", 1 + s.code().length() % 2));
            added.add(new RunChanges.FindingChange(s.name(), 1, new Finding(s.code() + "_phan_ky.xlsx", s.code(),
                    "Phụ lục II", "E12", "PHASE_END_NE_TARGET", Severity.ERROR, "Giá trị năm cuối giai đoạn khác chỉ "
                    + "tiêu đăng ký của trường; đề nghị kiểm tra lại số liệu ở ô E12 và ô F12 rồi gửi lại bảng.", "=1+1")));
        }
        // a clerk's text that looks like a formula, in a name, a file and a message
        files.add(new RunChanges.FileChange("X1", "=HYPERLINK(\"http://x\",\"y\")", "=1+1.xlsx", 1));
        RunChanges ch = new RunChanges(false, files, List.of(added.get(0)), added);
        List<Unit> missing = schools.subList(0, 30);
        Path[] both = both((wb, st) -> ChangesSheet.write(wb, st, ch, missing));
        assertSame(both);
        try (Workbook wb = WorkbookFactory.create(both[1].toFile(), null, true)) {
            Sheet sh = wb.getSheet(ChangesSheet.NAME);
            int lines = files.size() + 1 + added.size() + missing.size();
            Row formulaLooking = sh.getRow(files.size());
            assertThat(formulaLooking.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLooking.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(formulaLooking.getCell(3).getStringCellValue()).isEqualTo("=1+1.xlsx");
            assertThat(sh.getRow(lines).getCell(0).getStringCellValue()).isEqualTo("Vẫn chưa nộp");
            assertThat(sh.getRow(lines + 2).getCell(0).getStringCellValue()).startsWith("Tệp mới: ");
            // the message column is as wide as set, its rows as tall as their wrapped text
            assertThat(sh.getColumnWidth(8)).isEqualTo(70 * 256);
            assertThat(sh.getRow(files.size() + 1 + added.size()).getHeightInPoints()).isGreaterThan(15f);
            assertPrinted(sh, true);
        }
    }

    /** Landscape (or not) A4, a page wide, the header repeated, frozen and filtered. */
    private static void assertPrinted(Sheet sh, boolean landscape) {
        assertThat(sh.getPrintSetup().getLandscape()).isEqualTo(landscape);
        assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sh.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(sh.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(((XSSFSheet) sh).getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:" + new org.apache.poi.ss.util.CellReference(lastDataRow(sh),
                        sh.getRow(0).getLastCellNum() - 1).formatAsString(false));
    }

    /** The table's last row (a line under it is not filtered). */
    private static int lastDataRow(Sheet sh) {
        int r = sh.getLastRowNum();
        while (r > 1 && (sh.getRow(r) == null || sh.getRow(r).getLastCellNum() < sh.getRow(0).getLastCellNum())) {
            r--;
        }
        return r;
    }

    /** The sheet written by the user model and by SXSSF into a workbook that has a sheet already, both saved. */
    private Path[] both(BiConsumer<Workbook, ReportStyles> sheet) throws IOException {
        Path user = dir.resolve("user-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(user)) {
            ReportStyles st = new ReportStyles(wb);
            Cells.text(wb.createSheet("Thông tin").createRow(0), 0, "x", st.get(ReportStyles.Kind.TEXT));
            sheet.accept(wb, st);
            wb.write(out);
        }
        Path streamed = dir.resolve("streamed-" + System.nanoTime() + ".xlsx");
        XSSFWorkbook base = new XSSFWorkbook();
        ReportStyles st = new ReportStyles(base);
        Cells.text(base.createSheet("Thông tin").createRow(0), 0, "x", st.get(ReportStyles.Kind.TEXT));
        SXSSFWorkbook wb = StreamedWorkbooks.of(base, WINDOW, false);
        try (OutputStream out = Files.newOutputStream(streamed)) {
            sheet.accept(wb, st);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return new Path[] {user, streamed};
    }

    private static void assertSame(Path[] both) throws IOException {
        assertThat(WorkbookAsSeen.differences(both[0], both[1])).isEmpty();
    }

    /** Schools under ten districts, with long names that wrap and an address each. */
    private static List<Unit> schools() {
        List<Unit> out = new ArrayList<>();
        for (int i = 1; i <= SCHOOLS; i++) {
            String name = i % 7 == 0 ? "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Văn Một Trăm Lẻ " + i
                    : "Trường Tiểu học Số " + i;
            out.add(new Unit(String.format("T%04d", i), name, "truong", "PGD" + (i % 10), "t" + i + "@example.vn", null));
        }
        return out;
    }

    private static UnitRegistry registry(List<Unit> schools) {
        List<Unit> all = new ArrayList<>();
        all.add(new Unit("SO", "Sở Giáo dục và Đào tạo Thử", "tinh", null, null, null));
        for (int d = 0; d < 10; d++) {
            all.add(new Unit("PGD" + d, "Phòng Giáo dục và Đào tạo huyện Thử nghiệm số " + d, "huyen", "SO", null, null));
        }
        all.addAll(schools);
        return new UnitRegistry(all);
    }

    /** Two rounds, the second of three kinds: schools on time, late or missing, a line per school and kind. */
    private static Timeliness timeliness(List<Unit> schools) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("phasing", "Bảng phân kỳ thực hiện chỉ tiêu");
        titles.put("self_assessment", "Tổng hợp kết quả tự đánh giá");
        titles.put("plan", "Kế hoạch cải tiến chất lượng");
        TimelinessSettings rounds = new TimelinessSettings(List.of(Round.of(2023, D2023),
                new Round(2024, D2024, List.of("phasing", "self_assessment", "plan"))), true);
        List<Receipt> receipts = new ArrayList<>();
        int i = 0;
        for (Unit s : schools) {
            i++;
            LocalDate day = i % 3 == 0 ? D2023.plusDays(i % 11) : D2023.minusDays(2);
            receipts.add(new Receipt(s.code(), "phasing", 2023, day.atTime(9, 0).atZone(ZONE).toInstant(),
                    s.code() + "_bang_phan_ky_thuc_hien_chi_tieu_nam_2023.xlsx", 1));
            if (i % 5 != 0) {
                receipts.add(new Receipt(s.code(), "self_assessment", null, D2024.plusDays(i % 4)
                        .atTime(9, 0).atZone(ZONE).toInstant(), s.code() + "_tu_danh_gia.xlsx", 1));
            }
        }
        return Timeliness.of(rounds, registry(schools), "SO", new CollectedKinds(titles), receipts,
                D2024.plusDays(20), ZONE);
    }
}
