package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * The streamed feedback copy of an .xlsx ({@link StreamedFeedback}) reads as the copy POI's user model
 * makes ({@link WorkbookAsSeen}: every cell's value, look, comment and link, sheets, names), on every sample
 * workbook and on a workbook made here with what the stream must get right (merged areas, row and column
 * styles, missing rows and cells, formulas, several sheets, a picture, the school's own comments elsewhere);
 * what it does not change it copies byte for byte.
 */
class StreamedFeedbackTest {

    private static final String TABLE = "Phụ lục II";

    @TempDir
    Path dir;

    @BeforeAll
    static void validator() {
        FeedbackWorkbookWriterTest.validator();
    }

    @Test
    void everySampleWorkbookReadsAsTheUserModelsCopy() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(FeedbackWorkbookWriterTest.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        int compared = 0;
        for (Path sample : samples) {
            List<Finding> findings;
            try (Workbook wb = WorkbookFactory.create(sample.toFile(), null, true)) {
                findings = planted(wb);
            } catch (Exception e) {
                continue; // the broken and the encrypted samples: no copy is made of them
            }
            findings.addAll(realFindings(sample));
            Path streamed = dir.resolve("streamed_" + sample.getFileName());
            Path userModel = dir.resolve("user_" + sample.getFileName());
            StreamedFeedback.write(sample, sorted(findings), sample.getFileName().toString(), streamed,
                    OutputFiles.DEFAULT);
            FeedbackWorkbookWriter.userModelOnly(OutputFiles.DEFAULT).write(sample, findings, userModel,
                    sample.getFileName().toString());
            assertThat(WorkbookAsSeen.differences(userModel, streamed)).as(sample.toString()).isEmpty();
            assertSharedStringsUntouched(sample, streamed);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(18);
    }

    @Test
    void aWorkbookWithEverythingTheStreamMustGetRightReadsAsTheUserModelsCopy() throws Exception {
        Path original = dir.resolve("truong.xlsx");
        makeSchoolWorkbook(original);
        List<Finding> findings = List.of(
                finding(TABLE, "D11", Severity.ERROR, "Giá trị sai", "92, 70"),
                finding(TABLE, "D11", Severity.WARNING, "Cảnh báo thêm", "92, 70"),
                finding(TABLE, "E12", Severity.WARNING, "Ô trống", ""),          // missing cell, styled row
                finding(TABLE, "F40", Severity.ERROR, "Thiếu dòng", ""),          // missing row, styled column
                finding(TABLE, "C4", Severity.INFO, "Trong ô gộp", "x"),          // inside B3:D4: marks B3
                finding(TABLE, "B20:C21", Severity.WARNING, "Một vùng", ""),
                finding(TABLE, "15", Severity.ERROR, "Cả dòng", ""),              // the row's name cell
                finding(TABLE, "G11", Severity.ERROR, "Công thức", "=SUM(D11:F11)"),
                finding(TABLE, "AZ300", Severity.INFO, "Xa ngoài bảng", ""),
                finding("Không có", "A1", Severity.ERROR, "Trang không có", ""),
                finding(TABLE, "", Severity.WARNING, "Không có ô", "=1+1"),
                finding("bìa", "A2", Severity.INFO, "Tên trang khác hoa thường", "@SUM(1)"));
        Path streamed = dir.resolve("streamed.xlsx");
        Path userModel = dir.resolve("user.xlsx");
        StreamedFeedback.write(original, sorted(findings), "truong.xlsx", streamed, OutputFiles.DEFAULT);
        FeedbackWorkbookWriter.userModelOnly(OutputFiles.DEFAULT).write(original, findings, userModel, "truong.xlsx");
        assertThat(WorkbookAsSeen.differences(userModel, streamed)).isEmpty();

        // what a reader of the copy sees
        try (Workbook wb = WorkbookFactory.create(streamed.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Góp ý");
            assertThat(wb.getActiveSheetIndex()).isZero();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).isSelected()).as("sheet " + i).isEqualTo(i == 0);
            }
            Sheet table = wb.getSheet(TABLE);
            Cell d11 = table.getRow(10).getCell(3);
            assertThat(d11.getStringCellValue()).isEqualTo("92, 70");
            assertThat(rgb(d11)).isEqualTo(ReportStyles.Fill.MARKED_ERROR.hex());
            assertThat(d11.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(d11.getCellComment().getString().getString())
                    .contains("Lỗi: Giá trị sai", "Cảnh báo: Cảnh báo thêm");
            assertThat(d11.getCellComment().getAuthor()).isEqualTo("tonghop");
            // its font and number format stay the school's
            Font font = wb.getFontAt(d11.getCellStyle().getFontIndex());
            assertThat(font.getBold()).isTrue();
            assertThat(d11.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            // a missing cell in a styled row gets the row's look and the mark
            Cell e12 = table.getRow(11).getCell(4);
            assertThat(rgb(e12)).isEqualTo(ReportStyles.Fill.MARKED_WARNING.hex());
            assertThat(wb.getFontAt(e12.getCellStyle().getFontIndex()).getItalic()).isTrue();
            // a missing row's cell gets its column's look
            Cell f40 = table.getRow(39).getCell(5);
            assertThat(rgb(f40)).isEqualTo(ReportStyles.Fill.MARKED_ERROR.hex());
            assertThat(f40.getCellStyle().getDataFormatString()).isEqualTo("0%");
            // a merged area is marked on its first cell; a whole row on its name cell
            assertThat(rgb(table.getRow(2).getCell(1))).isEqualTo(ReportStyles.Fill.MARKED_INFO.hex());
            assertThat(table.getRow(14).getCell(2).getCellComment().getString().getString()).contains("Cả dòng");
            // the formula stays a formula
            assertThat(table.getRow(10).getCell(6).getCellType()).isEqualTo(CellType.FORMULA);
            // «Góp ý»: one row per finding, text as text, links to the cells
            Sheet list = wb.getSheetAt(0);
            assertThat(list.getLastRowNum()).isEqualTo(FeedbackSheet.HEADER_ROW + findings.size());
            List<String> raws = new ArrayList<>();
            for (int r = FeedbackSheet.HEADER_ROW + 1; r <= list.getLastRowNum(); r++) {
                Cell raw = list.getRow(r).getCell(5);
                assertThat(raw.getCellType()).isEqualTo(CellType.STRING);
                raws.add(raw.getStringCellValue());
            }
            assertThat(raws).contains("=1+1", "@SUM(1)", "=SUM(D11:F11)");
            for (int r = FeedbackSheet.HEADER_ROW + 1; r <= list.getLastRowNum(); r++) {
                Cell at = list.getRow(r).getCell(3);
                if (at.getStringCellValue().equals("D11")) {
                    assertThat(at.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                    assertThat(at.getHyperlink().getAddress()).isEqualTo("'Phụ lục II'!D11");
                }
            }
            // the school's own note on another sheet is still there
            assertThat(wb.getSheet("Ghi chú").getRow(0).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("Ghi chú của trường");
        }

        // parts nothing changed are the original's bytes: the untouched sheet, the shared strings, the picture
        Map<String, byte[]> before = entries(original);
        Map<String, byte[]> after = entries(streamed);
        assertSharedStringsUntouched(original, streamed);
        for (String name : before.keySet()) {
            if (name.startsWith("xl/media/") || name.startsWith("xl/theme/") || name.startsWith("docProps/")
                    || name.contains("comments") || name.endsWith(".vml") || name.startsWith("xl/drawings/")) {
                assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
            }
        }
        assertThat(after.get("xl/worksheets/sheet3.xml")).as("«Ghi chú», not marked nor selected")
                .isEqualTo(before.get("xl/worksheets/sheet3.xml"));
    }

    @Test
    void whatTheStreamDoesNotHandleIsLeftToTheUserModel() throws Exception {
        Path original = dir.resolve("truong.xlsx");
        makeSchoolWorkbook(original);
        // a finding on the sheet that has the school's own comments
        List<Finding> onNotes = List.of(finding("Ghi chú", "B2", Severity.ERROR, "Sai", ""));
        assertThatThrownBy(() -> StreamedFeedback.write(original, onNotes, "truong.xlsx", dir.resolve("x.xlsx"),
                OutputFiles.DEFAULT)).isInstanceOf(SheetXml.NotStreamable.class);
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        // the writer makes it all the same, with the user model: both notes on the cell
        Path copy = dir.resolve("copy.xlsx");
        new FeedbackWorkbookWriter().write(original, List.of(finding("Ghi chú", "A1", Severity.ERROR, "Sai", "")), copy);
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
            assertThat(wb.getSheet("Ghi chú").getRow(0).getCell(0).getCellComment().getString().getString())
                    .contains("Ghi chú của trường", "Lỗi: Sai");
        }
        // a formula reaching another workbook
        Path linked = dir.resolve("linked.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("A").createRow(0).createCell(0).setCellValue(1);
            Files.createDirectories(linked.getParent());
            try (OutputStream out = Files.newOutputStream(linked)) {
                wb.write(out);
            }
        }
        FeedbackExternalReferencesTest.rewriteEntry(linked, "xl/worksheets/sheet1.xml", "<v>1.0</v>",
                "<f>[1]Sheet1!A1</f><v>1.0</v>");
        assertThatThrownBy(() -> StreamedFeedback.write(linked, List.of(finding("A", "A1", Severity.ERROR, "x", "")),
                "linked.xlsx", dir.resolve("y.xlsx"), OutputFiles.DEFAULT)).isInstanceOf(SheetXml.NotStreamable.class);
    }

    // ---- the workbooks ---------------------------------------------------------------------------

    /** Three sheets: a cover (selected), the table (merged areas, row and column styles, formulas, a picture, validation), notes with a comment. */
    static void makeSchoolWorkbook(Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cover = wb.createSheet("Bìa");
            cover.createRow(0).createCell(0).setCellValue("Trường Tiểu học Tân Thành B2");
            cover.createRow(1).createCell(0).setCellValue("Năm học 2023-2024");
            Sheet table = wb.createSheet(TABLE);
            Sheet notes = wb.createSheet("Ghi chú");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            twoDecimals.setFont(bold);
            Font italic = wb.createFont();
            italic.setItalic(true);
            CellStyle rowStyle = wb.createCellStyle();
            rowStyle.setFont(italic);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            table.setDefaultColumnStyle(5, percent);
            table.createRow(2).createCell(1).setCellValue("STT và tên chỉ tiêu (ô gộp)");
            table.addMergedRegion(CellRangeAddress.valueOf("B3:D4"));
            for (int r = 9; r < 30; r++) {
                Row row = table.createRow(r);
                row.createCell(0).setCellValue(r - 8);
                row.createCell(2).setCellValue("Tỷ lệ học sinh hoàn thành chương trình lớp học dòng " + r);
                row.createCell(1).setCellValue("%");
                Cell value = row.createCell(3);
                value.setCellValue(r == 10 ? "92, 70" : String.valueOf(90 + r % 7));
                if (r != 10) {
                    value.setCellValue(90.5 + r % 7);
                }
                value.setCellStyle(twoDecimals);
                row.createCell(5).setCellValue(0.5);
                row.createCell(6).setCellFormula("SUM(D" + (r + 1) + ":F" + (r + 1) + ")");
            }
            table.getRow(11).setRowStyle(rowStyle);
            table.getRow(11).getCell(3).setCellStyle(rowStyle);
            table.createFreezePane(0, 9);
            table.setRepeatingRows(CellRangeAddress.valueOf("9:9"));
            table.addValidationData(table.getDataValidationHelper().createValidation(
                    table.getDataValidationHelper().createDecimalConstraint(
                            org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    new CellRangeAddressList(9, 29, 3, 3)));
            byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            Drawing<?> drawing = table.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(8);
            anchor.setRow1(2);
            drawing.createPicture(anchor, picture).resize(2);
            Cell note = notes.createRow(0).createCell(0);
            note.setCellValue("Ghi chú");
            Drawing<?> notesDrawing = notes.createDrawingPatriarch();
            Comment own = notesDrawing.createCellComment(wb.getCreationHelper().createClientAnchor());
            own.setString(wb.getCreationHelper().createRichTextString("Ghi chú của trường"));
            own.setAuthor("Cô Lan");
            note.setCellComment(own);
            notes.createRow(1).createCell(1).setCellValue(3);
            wb.setActiveSheet(0);
            cover.setSelected(true);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** Findings planted on a workbook's first sheet: cells with values, empty cells, a range, a row, a place beyond. */
    private static List<Finding> planted(Workbook wb) {
        Sheet s = wb.getSheetAt(0);
        List<Finding> out = new ArrayList<>();
        int n = 0;
        for (Row row : s) {
            for (Cell c : row) {
                if (n++ % 11 == 0) {
                    Severity sev = Severity.values()[n % 3];
                    out.add(finding(s.getSheetName(), c.getAddress().formatAsString(), sev, "Ô " + n, "=HYPERLINK(\"x\")"));
                }
            }
        }
        int last = Math.max(0, s.getLastRowNum());
        out.add(finding(s.getSheetName(), "Z" + (last + 3), Severity.ERROR, "Ô trống ngoài bảng", ""));
        out.add(finding(s.getSheetName(), "C" + (last / 2 + 1), Severity.WARNING, "Giữa bảng", ""));
        out.add(finding(s.getSheetName(), "A5:C6", Severity.INFO, "Một vùng", ""));
        out.add(finding(s.getSheetName(), String.valueOf(Math.min(last + 1, 12)), Severity.ERROR, "Cả dòng", ""));
        return out;
    }

    /** What the validator finds, for the phasing tables it reads. */
    private static List<Finding> realFindings(Path sample) {
        try {
            Submission s = FeedbackWorkbookWriterTest.readerForTests().read(sample);
            return s.outcome() == FileOutcome.READ ? new ArrayList<>(FeedbackWorkbookWriterTest.findingsOf(sample))
                    : new ArrayList<>();
        } catch (RuntimeException | AssertionError e) {
            return new ArrayList<>();
        }
    }

    private static Finding finding(String sheet, String cell, Severity severity, String message, String raw) {
        return new Finding("truong.xlsx", "87612405", sheet, cell, "RULE_" + severity, severity, message, raw);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> s = new ArrayList<>(findings);
        s.sort(DiscrepancyReportWriter.ORDER);
        return s;
    }

    private static String rgb(Cell c) {
        XSSFColor color = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }

    private static void assertSharedStringsUntouched(Path original, Path copy) throws IOException {
        Map<String, byte[]> before = entries(original);
        Map<String, byte[]> after = entries(copy);
        if (before.containsKey("xl/sharedStrings.xml")) {
            assertThat(after.get("xl/sharedStrings.xml")).as("shared strings of " + original)
                    .isEqualTo(before.get("xl/sharedStrings.xml"));
        }
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }
}
