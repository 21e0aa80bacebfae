package vn.tonghop.report;

import vn.tonghop.kind.phasing.report.PhasingSummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.report.PdfPages.Pdf;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The outputs as they print: summary.xlsx (each sheet on its own), discrepancies.xlsx with long
 * messages, and the "Góp ý" sheet of an .xlsx and an .xls feedback workbook, rendered to PDF by
 * LibreOffice. Every page is A4; a level sheet fits its width on one page (no pages of one or two
 * columns); "Thông tin" prints whole on one page; each chart has a page of its own; long messages
 * get rows tall enough for their lines, so the PDF has more pages than one-line rows would give.
 */
class PrintedOutputsTest {

    /** A message of about three lines in the discrepancy report's 80-character column. */
    static final String LONG = "Giá trị hiện trạng «92, 70» đã đọc là 92.7 nhưng chỉ tiêu giao của huyện là "
            + "99,00; tỷ lệ học sinh đi học đúng độ tuổi thấp hơn năm trước và thấp hơn chỉ tiêu của tỉnh; đề nghị "
            + "trường kiểm tra lại số liệu, đối chiếu với hồ sơ phổ cập và ghi rõ nguyên nhân trong thư gửi kèm.";
    static final int LONG_FINDINGS = 60;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = PdfPages.TIMEOUT_SECONDS + 60, unit = TimeUnit.SECONDS)
    void everyOutputPrintsOnA4WithItsColumnsOnOnePageWidthAndRowsTallEnough() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        ReportFixture fx = new ReportFixture();
        Path summary = dir.resolve("summary.xlsx");
        new PhasingSummary().write(fx.consolidation, summary);
        Path discrepancies = dir.resolve("discrepancies.xlsx");
        List<Finding> findings = new ArrayList<>(ReportFixture.findings());
        for (int i = 0; i < LONG_FINDINGS; i++) {
            findings.add(new Finding("TH_AnHoa_phan_ky_chi_tieu.xlsx", ReportFixture.AN_HOA, "Phụ lục II",
                    "D" + (10 + i), "VALUE_DOUBTFUL", Severity.WARNING, LONG, "92, 70"));
        }
        // with the school's name and district, as a run writes it: the widest the report gets
        new DiscrepancyReportWriter().write(findings, fx.registry::find, discrepancies,
                dir.resolve("discrepancies.csv"));
        Path feedbackXlsx = dir.resolve("gop_y.xlsx");
        Path feedbackXls = dir.resolve("gop_y_LongKhanh.xls");
        List<Finding> school = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            school.add(new Finding(FeedbackWorkbookWriterTest.SEED, "87612405", FeedbackWorkbookWriterTest.SHEET,
                    "D" + (10 + i), "VALUE_DOUBTFUL", Severity.WARNING, LONG, "92, 70"));
        }
        new FeedbackWorkbookWriter().write(FeedbackWorkbookWriterTest.SAMPLES.resolve(FeedbackWorkbookWriterTest.SEED),
                school, feedbackXlsx);
        new FeedbackWorkbookWriter().write(Path.of("sample-workbooks/TH_LongKhanh_phan_ky_chi_tieu.xls"),
                List.of(new Finding("TH_LongKhanh_phan_ky_chi_tieu.xls", "87715005", "Phụ lục II", "J11",
                        "PERCENT_OUT_OF_RANGE", Severity.ERROR, LONG, "104")), feedbackXls);

        // each sheet of summary.xlsx in a workbook of its own, so each PDF is that sheet's pages
        Map<String, Path> sheets = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(summary.toFile())) {
            wb.forEach(s -> names.add(s.getSheetName()));
        }
        for (int i = 0; i < names.size(); i++) {
            sheets.put(names.get(i), PdfPages.onlySheet(summary, names.get(i), dir.resolve("summary-" + i + ".xlsx")));
        }
        sheets.put("discrepancies", discrepancies);
        sheets.put("gop_y_xlsx", PdfPages.onlySheet(feedbackXlsx, FeedbackSheet.NAME, dir.resolve("gop_y_only.xlsx")));
        sheets.put("gop_y_xls", PdfPages.onlySheet(feedbackXls, FeedbackSheet.NAME, dir.resolve("gop_y_xls_only.xls")));
        sheets.put("summary", summary);
        List<Pdf> pdfs = PdfPages.convert(soffice, dir, new ArrayList<>(sheets.values()));
        Map<String, Pdf> pdf = new LinkedHashMap<>();
        int k = 0;
        for (String name : sheets.keySet()) {
            pdf.put(name, pdfs.get(k++));
        }
        pdf.forEach((name, p) -> System.out.printf("%s: %d pages%n", name, p.pages()));

        pdf.forEach((name, p) -> assertThat(p.allA4()).as(name + " on A4").isTrue());
        Pdf province = pdf.get("Cấp tỉnh");
        assertThat(province.pages()).as("the province's 5 rows and 20 columns on one page").isEqualTo(1);
        assertThat(province.allLandscape()).isTrue();
        assertThat(pdf.get("Cấp huyện").pages()).as("10 rows on one page").isEqualTo(1);
        assertThat(pdf.get(PhasingSummary.INFO_SHEET).pages()).as("Thông tin whole on one page").isEqualTo(1);
        // a column per indicator: across pages, each with the unit's code, name and district and the header
        Pdf units = pdf.get(PhasingSummary.UNITS_SHEET);
        assertThat(units.pages()).as("5 indicators, the file, its version and the plan, beside the key columns")
                .isEqualTo(2);
        for (int page = 1; page <= units.pages(); page++) {
            assertThat(PdfPages.text(units, page)).as("page %d", page).contains("Mã đơn vị", "Tên đơn vị", "Quận/huyện",
                    "87715003", "Trường Tiểu học An Hòa", "Sông Trà");
        }
        assertThat(PdfPages.text(units, 1)).contains("TW.1.a");
        assertThat(PdfPages.text(units, 2)).contains("Phiên bản", "27/KH-THAH");
        assertThat(pdf.get(PhasingSummary.MISSING_SHEET).pages()).isEqualTo(1);
        assertThat(pdf.get(PhasingSummary.CHART_SHEET).pages()).as("one page per chart (2 headline indicators)")
                .isEqualTo(2);
        assertThat(pdf.get(PhasingSummary.LISTS_SHEET).pages()).as("the rank lists, one line per school")
                .isEqualTo(1);
        assertThat(pdf.get(PhasingSummary.DISTRICTS_SHEET).pages()).as("one line per district, portrait")
                .isEqualTo(1);
        assertThat(pdf.get(PhasingSummary.DISTRICTS_SHEET).allLandscape()).isFalse();
        assertThat(pdf.get("summary").pages()).as("the whole summary").isEqualTo(10);
        assertThat(pdf.get("gop_y_xlsx").allLandscape()).isTrue();
        assertThat(pdf.get("gop_y_xls").allA4()).isTrue();

        // 60 messages of three lines: about 60 × 48 pt, more than two landscape pages; one-line rows
        // (60 × 15 pt) would fit on two
        assertThat(pdf.get("discrepancies").allLandscape()).isTrue();
        assertThat(pdf.get("discrepancies").pages()).isBetween(3, 8);
        assertThat(pdf.get("gop_y_xlsx").pages()).as("30 messages of three lines").isBetween(2, 5);

        // what the pages show: the counts beside their labels, every column of a level sheet, the
        // header again on the next page, the page number
        String info = PdfPages.text(pdf.get(PhasingSummary.INFO_SHEET), 1);
        assertThat(info).containsPattern("Số đơn vị phải báo cáo\\s+6\\b").containsPattern("Số đơn vị đã báo cáo\\s+4\\b")
                .containsPattern("Số đơn vị chưa nộp\\s+2\\b").containsPattern("Số chỉ tiêu\\s+5\\b")
                .contains("Trang 1/1");
        String provincePage = PdfPages.text(province, 1);
        assertThat(provincePage).contains("Mã chỉ", "Tên chỉ tiêu", "TW.1.a", "H.1", "chưa đạt"); // "Mã chỉ tiêu" wraps in its column
        assertThat(PdfPages.text(pdf.get("discrepancies"), 2)).contains("Nội dung", "Giá trị đã nhập", "Trang 2/");
        assertThat(PdfPages.text(pdf.get("gop_y_xlsx"), 2)).contains("Nội dung", "Mức độ");
        assertThat(PdfPages.text(pdf.get(PhasingSummary.CHART_SHEET), 2)).contains("H.1");

        try (Workbook wb = WorkbookFactory.create(discrepancies.toFile())) {
            Sheet sh = wb.getSheet(DiscrepancyReportWriter.SHEET);
            assertPrintSetup(sh, true);
            Row longRow = null;
            for (Row r : sh) {
                if (r.getRowNum() > 0 && LONG.equals(r.getCell(8).getStringCellValue())) {
                    longRow = r;
                }
            }
            assertThat(longRow).isNotNull();
            assertThat(longRow.getHeightInPoints()).as("three lines of the message").isGreaterThanOrEqualTo(45f);
        }
        try (Workbook wb = WorkbookFactory.create(feedbackXls.toFile())) {
            Sheet sh = wb.getSheet(FeedbackSheet.NAME);
            assertPrintSetup(sh, true);
            assertThat(sh.getRow(FeedbackSheet.HEADER_ROW + 1).getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        }
        try (Workbook wb = WorkbookFactory.create(summary.toFile())) {
            assertPrintSetup(wb.getSheet("Cấp tỉnh"), true);
            assertThat(wb.getSheet("Cấp tỉnh").getRepeatingRows()).isNotNull();
            assertPrintSetup(wb.getSheet(PhasingSummary.INFO_SHEET), false);
            Sheet charts = wb.getSheet(PhasingSummary.CHART_SHEET);
            assertThat(charts.getRowBreaks()).hasSize(1);
        }
    }

    /** A4, orientation, one page wide, a page number in the footer. */
    static void assertPrintSetup(Sheet sh, boolean landscape) {
        PrintSetup p = sh.getPrintSetup();
        assertThat(p.getPaperSize()).as(sh.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(p.getLandscape()).as(sh.getSheetName()).isEqualTo(landscape);
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(p.getFitWidth()).isEqualTo((short) 1);
        assertThat(p.getFitHeight()).isEqualTo((short) 0);
        assertThat(sh.getFooter().getCenter()).contains("&P");
    }
}
