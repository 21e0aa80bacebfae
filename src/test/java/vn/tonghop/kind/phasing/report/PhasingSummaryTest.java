package vn.tonghop.kind.phasing.report;

import vn.tonghop.report.ReportFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Writes summary.xlsx from the hand-built consolidation and reads it back with POI. */
public class PhasingSummaryTest {

    @TempDir
    static Path dir;
    static ReportFixture fx;
    static XSSFWorkbook wb;

    @BeforeAll
    public static void write() throws Exception {
        fx = new ReportFixture();
        Path file = dir.resolve("out/summary.xlsx");
        long t0 = System.nanoTime();
        new PhasingSummary().write(fx.consolidation, file);
        System.out.printf("summary.xlsx written in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        wb = new XSSFWorkbook(file.toFile());
    }

    @AfterAll
    public static void close() throws IOException {
        wb.close();
    }

    @Test
    void sheetsInOrderWithVietnameseNames() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Thông tin", "Theo huyện", "Cấp tỉnh", "Cấp huyện", "Danh sách",
                "Đơn vị × chỉ tiêu", "Biểu đồ", "Chưa nộp");
        assertThat(wb.getActiveSheetIndex()).isZero();
        assertThat(wb.getSheetAt(0).isSelected()).isTrue();
        assertThat(wb.getSheet("Đơn vị × chỉ tiêu").isSelected()).isFalse();
    }

    @Test
    void infoSheetNamesOfficeRunTimePeriodAndCounts() {
        Sheet s = wb.getSheet("Thông tin");
        assertThat(valueOf(s, "Cơ quan tổng hợp").getStringCellValue()).isEqualTo("Sở Giáo dục và Đào tạo Đồng Tháp");
        Cell time = valueOf(s, "Thời điểm tổng hợp");
        assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
        assertThat(time.getLocalDateTimeCellValue()).isEqualTo(ReportFixture.RUN_AT);
        assertThat(valueOf(s, "Giai đoạn").getStringCellValue()).isEqualTo("2022–2025");
        assertThat(valueOf(s, "Số đơn vị phải báo cáo").getNumericCellValue()).isEqualTo(6);
        assertThat(valueOf(s, "Số đơn vị đã báo cáo").getNumericCellValue()).isEqualTo(4);
        assertThat(valueOf(s, "Số đơn vị chưa nộp").getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void levelSheetHasTheHeadersAndOneRowPerNodeAndIndicatorInCatalogueOrder() {
        Sheet s = wb.getSheet("Cấp huyện");
        assertThat(texts(s.getRow(0))).containsExactly("Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Cách tổng hợp",
                "Số đơn vị phải báo cáo", "Số đơn vị đã báo cáo", "Số đơn vị có giá trị hợp lệ", "Hiện trạng",
                "Trung vị", "Thấp nhất", "Cao nhất", "Chỉ tiêu của đơn vị", "Phân kỳ 2022", "Phân kỳ 2023",
                "Phân kỳ 2024", "Phân kỳ 2025", "Chỉ tiêu giao", "Khoảng cách", "Đơn vị chưa đạt");
        assertThat(s.getLastRowNum()).isEqualTo(10);
        List<String> keys = new ArrayList<>();
        for (int r = 1; r <= 10; r++) {
            keys.add(s.getRow(r).getCell(0).getStringCellValue() + " | " + s.getRow(r).getCell(1).getStringCellValue());
        }
        assertThat(keys).containsExactly(
                "Phòng Giáo dục và Đào tạo huyện Tân Hồng | TW.1.a", "Phòng Giáo dục và Đào tạo huyện Tân Hồng | TW.7.c",
                "Phòng Giáo dục và Đào tạo huyện Tân Hồng | T.5", "Phòng Giáo dục và Đào tạo huyện Tân Hồng | T.6.b",
                "Phòng Giáo dục và Đào tạo huyện Tân Hồng | H.1", "Phòng Giáo dục và Đào tạo huyện Sông Trà | TW.1.a",
                "Phòng Giáo dục và Đào tạo huyện Sông Trà | TW.7.c", "Phòng Giáo dục và Đào tạo huyện Sông Trà | T.5",
                "Phòng Giáo dục và Đào tạo huyện Sông Trà | T.6.b", "Phòng Giáo dục và Đào tạo huyện Sông Trà | H.1");
        Sheet top = wb.getSheet("Cấp tỉnh");
        assertThat(top.getLastRowNum()).isEqualTo(5);
        assertThat(top.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sở Giáo dục và Đào tạo Đồng Tháp");
    }

    @Test
    void meanRowCarriesCountsSpreadPhasingQuotaGapAndShortUnitsHighlighted() {
        Row row = row(wb.getSheet("Cấp huyện"), "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.1.a");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Giáo dục tiểu học — Tỷ lệ đi học đúng độ tuổi");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("%");
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("trung bình (không có tử số/mẫu số)");
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(5);
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3);
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2);
        assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(98.75);
        assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(98.75);
        assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(98.0);
        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(99.5);
        assertThat(row.getCell(12).getNumericCellValue()).isCloseTo(99.3333333333, within(1e-9));
        assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(98.0);
        assertThat(row.getCell(16).getNumericCellValue()).isCloseTo(99.3333333333, within(1e-9));
        assertThat(row.getCell(17).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(17).getStringCellValue()).isEqualTo(">99,5"); // text with the decimal comma, as a Vietnamese reader writes it
        // centred: left-aligned it read run into the phasing's number ("99.33>99,5")
        assertThat(row.getCell(17).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
        assertThat(row.getCell(18).getNumericCellValue()).isEqualTo(0.25);
        assertThat(row.getCell(19).getStringCellValue()).isEqualTo("Chỉ tiêu đơn vị thấp hơn: Trường Tiểu học An Hòa");
        for (int col = 0; col <= 19; col++) {
            assertThat(fill(row.getCell(col))).as("column %d", col).isEqualTo("FFC7CE");
        }
    }

    @Test
    void rowsOnTrackAreNotHighlightedAndAPositiveGapAloneIs() {
        Row onTrack = row(wb.getSheet("Cấp huyện"), "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "TW.1.a");
        assertThat(onTrack.getCell(18).getNumericCellValue()).isEqualTo(-1.0);
        assertThat(onTrack.getCell(8).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        assertThat(fill(onTrack.getCell(8))).isNull();

        Row count = row(wb.getSheet("Cấp huyện"), "Phòng Giáo dục và Đào tạo huyện Sông Trà", "H.1");
        assertThat(count.getCell(4).getStringCellValue()).isEqualTo("tổng");
        assertThat(count.getCell(8).getNumericCellValue()).isEqualTo(1.0);
        assertThat(count.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(count.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(count.getCell(9).getCellType()).isEqualTo(CellType.BLANK); // no median for a sum
        assertThat(count.getCell(17).getNumericCellValue()).isEqualTo(4.0);
        assertThat(count.getCell(18).getNumericCellValue()).isEqualTo(3.0);
        assertThat(count.getCell(19).getStringCellValue()).isEmpty();
        assertThat(fill(count.getCell(0))).isEqualTo("FFC7CE");
    }

    @Test
    void shareListAndWordQuotaAreShownAsTheyAre() {
        Sheet s = wb.getSheet("Cấp huyện");
        Row share = row(s, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.7.c");
        assertThat(share.getCell(4).getStringCellValue()).isEqualTo("tỷ lệ đơn vị đạt/có (%)");
        assertThat(share.getCell(8).getNumericCellValue()).isCloseTo(66.6666666667, within(1e-9));
        assertThat(share.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00");

        Row list = row(s, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "T.6.b");
        assertThat(list.getCell(4).getStringCellValue()).isEqualTo("danh sách theo đơn vị");
        // the ranks per school are on "Danh sách", one line each; the level sheet says how many and where
        assertThat(list.getCell(8).getStringCellValue()).isEqualTo("3 đơn vị, xem «Danh sách»");
        assertThat(list.getCell(8).getCellStyle().getWrapText()).isTrue();
        assertThat(list.getCell(16).getStringCellValue()).isEqualTo("2 đơn vị, xem «Danh sách»");
        assertThat(lines(wb.getSheet("Danh sách"), "Phòng Giáo dục và Đào tạo huyện Sông Trà", "T.6.b"))
                .containsExactly("Hiện trạng | Trường Tiểu học Phú Lộc: 5/19", "Hiện trạng | Trường Tiểu học Bình Minh: 7/19",
                        "Hiện trạng | Trường Tiểu học An Hòa: 11/20", "Phân kỳ 2025 | Trường Tiểu học Phú Lộc: 3/19",
                        "Phân kỳ 2025 | Trường Tiểu học Bình Minh: 5/19");
        assertThat(lines(wb.getSheet("Danh sách"), "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.1.a"))
                .containsExactly("Đơn vị chưa đạt: chỉ tiêu của đơn vị thấp hơn chỉ tiêu giao | Trường Tiểu học An Hòa");

        Row mark = row(s, "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "H.1");
        assertThat(mark.getCell(17).getCellType()).isEqualTo(CellType.STRING);
        assertThat(mark.getCell(17).getStringCellValue()).isEqualTo("X");
    }

    @Test
    void levelSheetHasFrozenHeaderAutoFilterAndFittedWidths() {
        XSSFSheet s = wb.getSheet("Cấp huyện");
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitLeftColumn()).as("node, code and name stay in view").isEqualTo((short) 3);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T11");
        // "Phòng Giáo dục và Đào tạo huyện Sông Trà" (40 characters) wraps in a bounded column
        assertThat(s.getColumnWidth(0) / 256).isEqualTo(LevelSheet.NODE_WIDTH);
        assertThat(s.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getColumnWidth(1) / 256).isBetween(8, 14); // codes
        assertThat(s.getColumnWidth(19) / 256).isEqualTo(LevelSheet.SHORT_WIDTH);
        assertThat(wb.getSheet("Cấp tỉnh").getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 3);
    }

    @Test
    void unitSheetHasOneRowPerReportAndKeepsFormulaLookingTextAsText() {
        Sheet s = wb.getSheet("Đơn vị × chỉ tiêu");
        assertThat(texts(s.getRow(0))).containsExactly("Mã đơn vị", "Tên đơn vị", "Quận/huyện",
                "TW.1.a – Tỷ lệ đi học đúng độ tuổi",
                "TW.7.c – Trường học có cơ sở hạ tầng và tài liệu phù hợp với học sinh khuyết tật",
                "T.5 – Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số",
                "T.6.b – Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh",
                "H.1 – Trường đạt chuẩn quốc gia mức độ 1", "Tệp", "Phiên bản", "Kế hoạch số", "Ngày kế hoạch");
        List<String> codes = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            codes.add(s.getRow(r).getCell(0).getStringCellValue());
        }
        // district by district in the tree's order (Tân Hồng, then Sông Trà), by code within one
        assertThat(codes).containsExactly("87612405", "87715001", "87715002", "87715003");
        assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Tân Hồng");

        Row anHoa = s.getRow(4);
        assertThat(anHoa.getCell(1).getStringCellValue()).isEqualTo("Trường Tiểu học An Hòa");
        assertThat(anHoa.getCell(2).getStringCellValue()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Sông Trà");
        assertThat(anHoa.getCell(8).getStringCellValue()).isEqualTo("TH_AnHoa_phan_ky_chi_tieu.xlsx");
        assertThat(anHoa.getCell(9).getNumericCellValue()).isEqualTo(1); // its first version
        // the plan its table goes with, as its caption cites it: a number, and a date as a date
        assertThat(anHoa.getCell(10).getStringCellValue()).isEqualTo("27/KH-THAH");
        assertThat(DateUtil.isCellDateFormatted(anHoa.getCell(11))).isTrue();
        assertThat(anHoa.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 11, 9));
        assertThat(s.getRow(1).getCell(10).getStringCellValue()).isEmpty(); // a caption citing none: blank
        Cell typed = anHoa.getCell(3);
        assertThat(typed.getCellType()).isEqualTo(CellType.STRING);
        assertThat(typed.getStringCellValue()).isEqualTo("=1+1");
        // this sheet grows with the office, so it is streamed: SXSSF writes inline strings
        assertThat(((XSSFCell) typed).getCTCell().getT()).isEqualTo(STCellType.INLINE_STR);
        assertThat(fill(typed)).isEqualTo("FFEB9C"); // flagged: to be checked
        assertThat(anHoa.getCell(5).getNumericCellValue()).isEqualTo(92.7); // "92, 70", read with a flag
        assertThat(anHoa.getCell(4).getStringCellValue()).isEqualTo("Không");
        // a word among figures is centred, never run into the number before it or the text after it
        assertThat(anHoa.getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);

        Row phuLoc = s.getRow(2);
        assertThat(phuLoc.getCell(3).getNumericCellValue()).isEqualTo(99.5);
        assertThat(fill(phuLoc.getCell(3))).isNull();
        assertThat(phuLoc.getCell(6).getStringCellValue()).isEqualTo("5/19");
        assertThat(phuLoc.getCell(7).getNumericCellValue()).isEqualTo(1.0);
        assertThat(phuLoc.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Chưa");
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
    }

    @Test
    void unitSheetPrintsAcrossPagesWithItsKeyColumnsAndHeaderOnEach() {
        Sheet s = wb.getSheet("Đơn vị × chỉ tiêu");
        assertThat(s.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:C"));
        assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(s.getFitToPage()).isFalse(); // not squeezed onto one page width
        assertThat(s.getPrintSetup().getScale()).isGreaterThanOrEqualTo((short) 75);
        assertThat(s.getPrintSetup().getLandscape()).isTrue();
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }

    @Test
    void missingSheetListsUnitsWithLevelParentAndEmail() {
        Sheet s = wb.getSheet("Chưa nộp");
        assertThat(texts(s.getRow(0))).containsExactly("Mã", "Tên", "Cấp", "Đơn vị cấp trên", "Email");
        assertThat(texts(s.getRow(1))).containsExactly("87715004", "Trường Tiểu học Tân Phú A", "trường",
                "Phòng Giáo dục và Đào tạo huyện Sông Trà", "th.tanphua@example.vn");
        assertThat(texts(s.getRow(2))).containsExactly("87715010", "Trường Tiểu học Vĩnh Xuân", "trường",
                "Phòng Giáo dục và Đào tạo huyện Sông Trà", "");
        assertThat(s.getLastRowNum()).isEqualTo(2);
    }

    @Test
    void chartSheetHasALineChartPerHeadlineIndicatorOneUnderAnother() {
        XSSFSheet s = wb.getSheet("Biểu đồ");
        XSSFDrawing drawing = s.getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        List<XSSFChart> charts = drawing.getCharts();
        assertThat(charts).hasSize(2); // TW.1.a and H.1 are the headline indicators

        XSSFChart attendance = charts.get(0);
        assertThat(attendance.getTitleText().getString()).startsWith("TW.1.a – Tỷ lệ đi học đúng độ tuổi");
        XDDFChartData data = attendance.getChartSeries().get(0);
        assertThat(data).isInstanceOf(XDDFLineChartData.class);
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Biểu đồ'!$B$3:$E$3");
        assertThat(data.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("'Biểu đồ'!$B$4:$E$4");
        assertThat(data.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'Biểu đồ'!$B$2:$E$2");
        assertThat(numbers(s.getRow(2), 1, 4)).containsExactly(98.375, 98.7, 99.075, 99.5);
        assertThat(numbers(s.getRow(3), 1, 4)).containsExactly(99.5, 99.5, 99.5, 99.5); // the flat quota
        // the legend's labels are Vietnamese text: the quota with the decimal comma
        assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu giao (99,5)");
        assertThat(texts(s.getRow(1))).containsExactly("Năm", "2022", "2023", "2024", "2025");

        XSSFChart count = charts.get(1);
        assertThat(count.getTitleText().getString()).startsWith("H.1 – Trường đạt chuẩn quốc gia mức độ 1");
        assertThat(count.getChartSeries().get(0).getSeriesCount()).isEqualTo(1); // no quota at the top

        List<XSSFClientAnchor> anchors = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFGraphicFrame frame) {
                anchors.add((XSSFClientAnchor) frame.getAnchor());
            }
        }
        assertThat(anchors).hasSize(2);
        assertThat(anchors.get(1).getRow1()).isGreaterThan(anchors.get(0).getRow2());
        assertThat(anchors.get(0).getRow1()).isGreaterThan(3); // below its data block
    }

    @Test
    void stylesAreSharedNotMadePerCell() {
        // some 400 cells, a handful of distinct looks
        assertThat(wb.getNumCellStyles()).isLessThan(30);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    public static Row row(Sheet s, String unit, String code) {
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(unit) && row.getCell(1).getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit + " / " + code);
    }

    /** "what | entry" of the lines of "Danh sách" for one node and indicator, in order. */
    public static List<String> lines(Sheet s, String unit, String code) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(unit) && row.getCell(1).getStringCellValue().equals(code)) {
                out.add(row.getCell(3).getStringCellValue() + " | " + row.getCell(4).getStringCellValue());
            }
        }
        return out;
    }

    public static Cell valueOf(Sheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no label " + label);
    }

    public static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : String.valueOf(cell));
        }
        return out;
    }

    public static List<Double> numbers(Row row, int from, int to) {
        List<Double> out = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    /** The cell's solid fill as RRGGBB, or null. */
    public static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND || style.getFillForegroundXSSFColor() == null) {
            return null;
        }
        byte[] rgb = style.getFillForegroundXSSFColor().getRGB();
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }
}
