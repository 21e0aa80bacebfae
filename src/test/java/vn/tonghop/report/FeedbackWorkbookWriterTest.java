package vn.tonghop.report;

import vn.tonghop.kind.phasing.PhasingKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Finding;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

/**
 * Feedback workbooks written from the sample workbooks with the findings the validator really
 * produces on them (the sample office, as in SampleFindingsTest), read back with POI.
 */
class FeedbackWorkbookWriterTest {

    static final Path SAMPLES = Path.of("sample-workbooks");
    static final String SEED = "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx";
    static final String LONG_KHANH_XLS = "TH_LongKhanh_phan_ky_chi_tieu.xls";
    static final String AN_HOA = "TH_AnHoa_phan_ky_chi_tieu.xlsx";
    static final String PHU_LOC = "TH_PhuLoc_phan_ky_chi_tieu.xlsx";
    static final String SHEET = "Phụ lục II";

    private static SubmissionReader reader;
    private static SubmissionValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void validator() {
        Path job = Path.of("jobs/so-dong-thap");
        UnitRegistry registry = UnitRegistry.load(job.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(job.resolve("catalogue.csv"));
        reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        validator = new SubmissionValidator(new RuleContext(registry, ValidationSettings.defaults()),
                List.of(new PhasingKind(catalogue, QuotaBook.load(job.resolve("quotas.csv"), catalogue))));
    }

    static SubmissionReader readerForTests() {
        return reader;
    }

    /** What the validator finds in one sample file. */
    static List<Finding> findingsOf(Path file) {
        Submission s = reader.read(file);
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        return validator.validate(s);
    }

    // ---- real findings on real workbooks ---------------------------------------------------------

    @Test
    void seedXlsxGetsItsFindingsMarkedAndTheOriginalStaysByteIdentical() throws Exception {
        Path original = SAMPLES.resolve(SEED);
        Fingerprint before = Fingerprint.of(original);
        List<Finding> findings = findingsOf(original);
        assertThat(findings).hasSizeGreaterThan(10); // the seed's own irregularities

        Path target = dir.resolve("TanThanhB2_gop_y.xlsx");
        new FeedbackWorkbookWriter().write(original, findings, target);

        assertThat(Fingerprint.of(original)).isEqualTo(before);
        assertThat(FileMagic.valueOf(target.toFile())).isEqualTo(FileMagic.OOXML);
        assertMarkedCopy(original, findings, target);
        try (Workbook wb = open(target)) {
            Sheet list = wb.getSheetAt(0);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Góp ý cho tệp «" + SEED + "»");
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
            assertThat(list.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Phát hiện " + errors + " lỗi, " + warnings + " cảnh báo.");
            // the school's values themselves are untouched
            Cell d11 = wb.getSheet(SHEET).getRow(10).getCell(3);
            assertThat(d11.getStringCellValue()).isEqualTo("92, 70");
            // G34 (no school target) is an empty required value: the cell exists now, filled and commented
            Cell g34 = wb.getSheet(SHEET).getRow(33).getCell(6);
            assertThat(g34.getCellComment().getString().getString()).contains("REQUIRED_VALUE_MISSING");
        }
    }

    @Test
    void legacyXlsStaysXlsWithPaletteFills() throws Exception {
        Path original = SAMPLES.resolve(LONG_KHANH_XLS);
        Fingerprint before = Fingerprint.of(original);
        List<Finding> findings = findingsOf(original);
        assertThat(findings).extracting(Finding::cell).contains("J11", "K11");

        Path target = dir.resolve("LongKhanh_gop_y.xls");
        new FeedbackWorkbookWriter().write(original, findings, target);

        assertThat(Fingerprint.of(original)).isEqualTo(before);
        assertThat(FileMagic.valueOf(target.toFile())).isEqualTo(FileMagic.OLE2);
        assertMarkedCopy(original, findings, target);
        try (Workbook wb = open(target)) {
            assertThat(wb).isInstanceOf(HSSFWorkbook.class);
            assertThat(wb.getSheet(SHEET).getRow(10).getCell(9).getNumericCellValue()).isEqualTo(104.0);
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Góp ý cho tệp «" + LONG_KHANH_XLS + "»");
        }
    }

    @Test
    void anXlsKeepsItsReferencesToItsSheets() throws Exception {
        // a second sheet summing across both, a sheet-level name and print areas: what HSSF's
        // setSheetOrder would garble, so "Góp ý" goes last in an .xls
        Path original = dir.resolve("LongKhanh_refs.xls");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(LONG_KHANH_XLS));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet extra = wb.createSheet("Tổng hợp");
            extra.createRow(0).createCell(0).setCellFormula("SUM('Phụ lục II:Tổng hợp'!J11)");
            extra.getRow(0).createCell(1).setCellFormula("'Phụ lục II'!J11*2");
            wb.setPrintArea(0, "$A$1:$K$40");
            wb.setPrintArea(1, "$A$1:$B$1");
            try (OutputStream out = Files.newOutputStream(original)) {
                wb.write(out);
            }
        }
        Path target = dir.resolve("LongKhanh_refs_gop_y.xls");
        new FeedbackWorkbookWriter().write(original, findingsOf(SAMPLES.resolve(LONG_KHANH_XLS)), target);
        try (Workbook orig = open(original); Workbook wb = open(target)) {
            Row before = orig.getSheet("Tổng hợp").getRow(0);
            Row r = wb.getSheet("Tổng hợp").getRow(0);
            // as POI renders them (it quotes a 3-D range oddly): the same before and after
            assertThat(r.getCell(0).getCellFormula()).isEqualTo(before.getCell(0).getCellFormula()).contains("J11");
            assertThat(r.getCell(1).getCellFormula()).isEqualTo("'Phụ lục II'!J11*2");
            assertThat(wb.getPrintArea(0)).isEqualTo("'Phụ lục II'!$A$1:$K$40");
            assertThat(wb.getPrintArea(1)).isEqualTo("'Tổng hợp'!$A$1:$B$1");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("Góp ý");
            assertThat(wb.getActiveSheetIndex()).isEqualTo(2);
        }
    }

    @Test
    void twoFindingsOnOneCellShareOneCommentAndTheNumberFormatStays() throws Exception {
        Path original = SAMPLES.resolve(AN_HOA);
        List<Finding> findings = findingsOf(original);
        assertThat(findings).extracting(Finding::cell).containsExactly("F10", "F10");

        Path target = dir.resolve("AnHoa_gop_y.xlsx");
        new FeedbackWorkbookWriter().write(original, findings, target);

        assertMarkedCopy(original, findings, target);
        try (Workbook wb = open(target)) {
            Cell f10 = wb.getSheet(SHEET).getRow(9).getCell(5);
            assertThat(f10.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(f10.getNumericCellValue()).isEqualTo(0.95);
            assertThat(f10.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            String comment = f10.getCellComment().getString().getString();
            assertThat(comment).startsWith("tonghop:\n").contains("QUOTA_MISMATCH", "DISTRICT_WEAKER_THAN_PROVINCE");
            assertThat(wb.getSheet(SHEET).getCellComments()).hasSize(1);
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(FeedbackSheet.HEADER_ROW + 2);
        }
    }

    @Test
    void aFileWithNothingToFixSaysSo() throws Exception {
        Path original = SAMPLES.resolve(PHU_LOC);
        List<Finding> findings = findingsOf(original);
        assertThat(findings).isEmpty();

        Path target = dir.resolve("PhuLoc_gop_y.xlsx");
        new FeedbackWorkbookWriter().write(original, findings, target, "TH_PhuLoc_phan_ky_chi_tieu.xlsx");

        try (Workbook wb = open(target)) {
            Sheet list = wb.getSheetAt(0);
            assertThat(list.getSheetName()).isEqualTo("Góp ý");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).startsWith("Không phát hiện sai sót");
            assertThat(list.getLastRowNum()).isEqualTo(1);
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        }
    }

    // ---- odd findings and odd workbooks ----------------------------------------------------------

    @Test
    void oddPlacesAreListedAndNeverBreakTheWorkbook() throws Exception {
        Path original = SAMPLES.resolve(SEED);
        Fingerprint before = Fingerprint.of(original);
        List<Finding> odd = List.of(
                finding("Không có trang này", "D11", Severity.ERROR, "Trang tính không tồn tại"),
                finding(SHEET, "ZZZZ99999999", Severity.ERROR, "Ô không hợp lệ"),
                finding(SHEET, "tổng cộng", Severity.WARNING, "Không phải địa chỉ ô"),
                finding(SHEET, "D1048577", Severity.WARNING, "Ngoài lưới"),
                finding("", "", Severity.ERROR, "Cả tệp"),
                finding(SHEET, "D12:F13", Severity.WARNING, "Một vùng"),
                finding(SHEET, "11", Severity.INFO, "Cả hàng 11"),
                finding("", "'Phụ lục II'!$E$14", Severity.ERROR, "Ô kèm trang tính"),
                finding(SHEET, "A1:XFD1048576", Severity.INFO, "Vùng quá lớn"),
                finding(SHEET, "Z200", null, "Không có mức độ"));

        Path target = dir.resolve("odd.xlsx");
        new FeedbackWorkbookWriter().write(original, odd, target);

        assertThat(Fingerprint.of(original)).isEqualTo(before);
        try (Workbook orig = open(original); Workbook wb = open(target)) {
            Map<String, Row> rows = listRows(wb);
            assertThat(rows).hasSize(odd.size());
            for (String unplaced : List.of("Trang tính không tồn tại", "Ô không hợp lệ", "Không phải địa chỉ ô",
                    "Ngoài lưới", "Cả tệp")) {
                assertThat(rows.get(unplaced).getCell(3).getHyperlink()).as(unplaced).isNull();
            }
            Sheet s = wb.getSheet(SHEET);
            // a range: every cell filled, the comment on the first
            assertThat(link(rows.get("Một vùng"))).isEqualTo("'Phụ lục II'!D12:F13");
            for (int r = 11; r <= 12; r++) {
                for (int c = 3; c <= 5; c++) {
                    assertThat(fillHex(wb, s.getRow(r).getCell(c))).isEqualTo("FFEB9C");
                }
            }
            assertThat(s.getRow(11).getCell(3).getCellComment().getString().getString()).contains("Một vùng");
            // a whole row: its name cell (column B)
            assertThat(link(rows.get("Cả hàng 11"))).isEqualTo("'Phụ lục II'!B11");
            assertThat(s.getRow(10).getCell(1).getCellComment().getString().getString()).contains("Cả hàng 11");
            assertThat(fillHex(wb, s.getRow(10).getCell(1))).isEqualTo("DDEBF7");
            // the sheet named inside the cell reference
            assertThat(link(rows.get("Ô kèm trang tính"))).isEqualTo("'Phụ lục II'!E14");
            assertThat(fillHex(wb, s.getRow(13).getCell(4))).isEqualTo("FFC7CE");
            // a finding without severity: light blue, no label
            assertThat(rows.get("Không có mức độ").getCell(1).getStringCellValue()).isEmpty();
            assertThat(s.getRow(199).getCell(25).getCellComment().getString().getString()).contains("Không có mức độ");
            // the huge range paints at most MAX_RANGE_CELLS cells, with a handful of styles
            assertThat(wb.getNumCellStyles()).isLessThan(orig.getNumCellStyles() * 3 + 15);
            int filled = 0;
            for (Row row : s) {
                for (Cell cell : row) {
                    if ("DDEBF7".equals(fillHex(wb, cell))) {
                        filled++;
                    }
                }
            }
            assertThat(filled).isBetween(2, FeedbackMarker.MAX_RANGE_CELLS + 2);
        }
    }

    @Test
    void quotedSheetNameProtectedSheetAndTheSchoolsOwnCommentSurvive() throws Exception {
        Path original = awkwardCopyOfTheSeed(dir.resolve("awkward.xlsx"));
        String sheet = "Bảng 'A' 2";
        List<Finding> findings = List.of(
                finding(sheet, "D11", Severity.WARNING, "Giá trị «92, 70» đọc với nghi ngờ"),
                finding(sheet, "I12", Severity.ERROR, "Phân kỳ năm hiện tại khác xa hiện trạng"));
        Fingerprint before = Fingerprint.of(original);

        Path target = dir.resolve("awkward_gop_y.xlsx");
        new FeedbackWorkbookWriter().write(original, findings, target);

        assertThat(Fingerprint.of(original)).isEqualTo(before);
        assertMarkedCopy(original, findings, target);
        try (Workbook wb = open(target)) {
            Map<String, Row> rows = listRows(wb);
            assertThat(link(rows.get("Giá trị «92, 70» đọc với nghi ngờ"))).isEqualTo("'Bảng ''A'' 2'!D11");
            Sheet s = wb.getSheet(sheet);
            assertThat(s.getProtect()).isTrue();
            // names bound to a sheet by its position follow it when "Góp ý" is put first
            assertThat(wb.getPrintArea(1)).isEqualTo("'Bảng ''A'' 2'!$A$1:$K$60");
            assertThat(wb.getPrintArea(0)).isNull();
            String comment = s.getRow(10).getCell(3).getCellComment().getString().getString();
            assertThat(comment).startsWith("Trường ghi: số liệu tạm tính")
                    .contains("tonghop:\nCảnh báo: Giá trị «92, 70» đọc với nghi ngờ");
            assertThat(s.getCellComments()).hasSize(2);
        }
    }

    @Test
    void aFeedbackWorkbookSentBackGetsASecondFeedbackSheet() throws Exception {
        Path original = SAMPLES.resolve(AN_HOA);
        List<Finding> findings = findingsOf(original);
        Path first = dir.resolve("first.xlsx");
        new FeedbackWorkbookWriter().write(original, findings, first);
        Path second = dir.resolve("second.xlsx");
        new FeedbackWorkbookWriter().write(first, findings, second);
        try (Workbook wb = open(second)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Góp ý (2)");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Góp ý");
            // the cell already had our comment: the new one follows it in the same comment
            String comment = wb.getSheet(SHEET).getRow(9).getCell(5).getCellComment().getString().getString();
            assertThat(comment.split("tonghop:", -1)).hasSize(3);
        }
    }

    @Test
    void stylesAreClonedPerStyleAndSeverityNeverPerCell() throws Exception {
        for (String name : List.of(SEED, LONG_KHANH_XLS)) {
            Path original = SAMPLES.resolve(name);
            List<Finding> everywhere = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            int origStyles;
            try (Workbook wb = open(original)) {
                origStyles = wb.getNumCellStyles();
                Severity[] cycle = Severity.values();
                int i = 0;
                for (Row row : wb.getSheet(SHEET)) {
                    for (Cell cell : row) {
                        Severity sev = cycle[i++ % cycle.length];
                        everywhere.add(finding(SHEET, cell.getAddress().formatAsString(), sev, "ô " + i));
                        pairs.add(cell.getCellStyle().getIndex() + "/" + sev);
                    }
                }
            }
            assertThat(everywhere).hasSizeGreaterThan(200);
            Path target = dir.resolve("everywhere_" + name);
            new FeedbackWorkbookWriter().write(original, everywhere, target);
            try (Workbook wb = open(target)) {
                // the list's own 10 styles, then at most one clone per (original style, severity)
                assertThat(wb.getNumCellStyles()).as(name).isLessThanOrEqualTo(origStyles + 10 + pairs.size());
                assertThat(listRows(wb)).hasSize(everywhere.size());
            }
        }
    }

    @Test
    void refusesToWriteOverTheOriginal() throws Exception {
        Path original = Files.copy(SAMPLES.resolve(SEED), dir.resolve(SEED));
        Fingerprint before = Fingerprint.of(original);
        assertThatThrownBy(() -> new FeedbackWorkbookWriter().write(original, List.of(), original))
                .isInstanceOf(IOException.class);
        assertThat(Fingerprint.of(original)).isEqualTo(before);
    }

    @Test
    void anUnreadableOriginalFailsWithTheOpenersReason() {
        assertThatThrownBy(() -> new FeedbackWorkbookWriter().write(SAMPLES.resolve("LongKhanh_co_mat_khau.xlsx"),
                List.of(), dir.resolve("x.xlsx")))
                .isInstanceOf(IOException.class).hasMessageContaining("mật khẩu");
    }

    // ---- shared assertions -----------------------------------------------------------------------

    /**
     * The copy holds the original's sheets plus "Góp ý" first, active and alone selected; one list row
     * per finding; each placed finding's link goes to an existing cell filled in its severity's colour,
     * commented by tonghop with its message and rule, and with the original cell's look otherwise.
     */
    static void assertMarkedCopy(Path original, List<Finding> findings, Path target) throws Exception {
        try (Workbook orig = open(original); Workbook wb = open(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(orig.getNumberOfSheets() + 1);
            // .xlsx: first; .xls: last (POI cannot move .xls sheets safely); active and alone selected
            boolean xls = wb instanceof HSSFWorkbook;
            int at = xls ? orig.getNumberOfSheets() : 0;
            assertThat(wb.getSheetAt(at).getSheetName()).isEqualTo("Góp ý");
            assertThat(wb.getActiveSheetIndex()).isEqualTo(at);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).isSelected()).isEqualTo(i == at);
            }
            for (int i = 0; i < orig.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(xls ? i : i + 1).getSheetName()).isEqualTo(orig.getSheetAt(i).getSheetName());
            }
            Sheet list = wb.getSheetAt(at);
            Row header = list.getRow(FeedbackSheet.HEADER_ROW);
            for (int c = 0; c < FeedbackSheet.COLUMNS.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(FeedbackSheet.COLUMNS[c]);
            }
            assertThat(list.getLastRowNum()).isEqualTo(FeedbackSheet.HEADER_ROW + findings.size());

            // the gravest severity per cell decides its fill
            Map<String, Severity> gravest = new HashMap<>();
            for (Finding f : findings) {
                gravest.merge(f.sheet() + "!" + f.cell(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            Set<Integer> origStylesMarked = new HashSet<>();
            for (int r = FeedbackSheet.HEADER_ROW + 1; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r - FeedbackSheet.HEADER_ROW);
                for (int c = 1; c <= 6; c++) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                }
                Finding f = findings.stream()
                        .filter(x -> x.message().equals(row.getCell(4).getStringCellValue())
                                && x.cell().equals(row.getCell(3).getStringCellValue())
                                && x.rule().equals(row.getCell(6).getStringCellValue()))
                        .findFirst().orElseThrow(() -> new AssertionError("unknown row " + row.getRowNum()));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.severity().vietnamese());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.sheet());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(f.raw());
                Hyperlink h = row.getCell(3).getHyperlink();
                if (f.cell().isEmpty() || orig.getSheet(f.sheet()) == null) {
                    assertThat(h).as(f.rule()).isNull();
                    continue;
                }
                assertThat(h).as(f.rule() + " " + f.cell()).isNotNull();
                assertThat(h.getType()).isEqualTo(HyperlinkType.DOCUMENT);
                CellReference ref = new CellReference(h.getAddress());
                assertThat(ref.getSheetName()).isEqualTo(f.sheet());
                assertThat(ref.formatAsString(false)).isEqualTo(f.cell());
                assertThat(h.getAddress()).isEqualTo(CellLocation.quote(f.sheet()) + "!" + f.cell());
                Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                assertThat(cell).as(h.getAddress()).isNotNull();

                String hex = ReportStyles.Fill.marked(gravest.get(f.sheet() + "!" + f.cell())).hex();
                assertThat(fillHex(wb, cell)).as(h.getAddress()).isEqualTo(expectedFill(wb, hex));
                assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                Comment comment = cell.getCellComment();
                assertThat(comment).as(h.getAddress()).isNotNull();
                assertThat(comment.getString().getString())
                        .contains(f.severity().vietnamese() + ": " + f.message(), "Mã quy tắc: " + f.rule());

                // everything but the fill is the original cell's
                Row origRow = orig.getSheet(f.sheet()).getRow(ref.getRow());
                Cell before = origRow == null ? null : origRow.getCell(ref.getCol());
                if (before != null) {
                    assertThat(cell.getCellComment().getAuthor()).isNotBlank();
                    assertThat(cell.getCellType()).isEqualTo(before.getCellType());
                    CellStyle a = before.getCellStyle();
                    CellStyle b = cell.getCellStyle();
                    assertThat(b.getDataFormatString()).isEqualTo(a.getDataFormatString());
                    assertThat(font(wb, b)).isEqualTo(font(orig, a));
                    assertThat(List.of(b.getBorderTop(), b.getBorderBottom(), b.getBorderLeft(), b.getBorderRight()))
                            .isEqualTo(List.of(a.getBorderTop(), a.getBorderBottom(), a.getBorderLeft(),
                                    a.getBorderRight()));
                    assertThat(List.<Object>of(b.getAlignment(), b.getVerticalAlignment(), b.getWrapText(),
                            b.getLocked())).isEqualTo(List.<Object>of(a.getAlignment(), a.getVerticalAlignment(),
                                    a.getWrapText(), a.getLocked()));
                    origStylesMarked.add((int) a.getIndex());
                } else {
                    assertThat(comment.getAuthor()).isEqualTo("tonghop");
                }
            }
            // bounded: the list's 10 styles plus one clone per (original style, severity) at most
            assertThat(wb.getNumCellStyles())
                    .isLessThanOrEqualTo(orig.getNumCellStyles() + 10 + 3 * Math.max(1, origStylesMarked.size()));
        }
    }

    /** The list's rows by message. */
    static Map<String, Row> listRows(Workbook wb) {
        Map<String, Row> rows = new HashMap<>();
        Sheet list = wb.getSheetAt(wb.getActiveSheetIndex());
        for (int r = FeedbackSheet.HEADER_ROW + 1; r <= list.getLastRowNum(); r++) {
            rows.put(list.getRow(r).getCell(4).getStringCellValue() + (rows.containsKey(
                    list.getRow(r).getCell(4).getStringCellValue()) ? "#" + r : ""), list.getRow(r));
        }
        return rows;
    }

    static String link(Row row) {
        Hyperlink h = row.getCell(3).getHyperlink();
        assertThat(h).isNotNull();
        assertThat(h.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        return h.getAddress();
    }

    /** The fill's colour as RRGGBB (an .xls: its palette entry's colour), or null. */
    static String fillHex(Workbook wb, Cell cell) {
        if (cell == null || cell.getCellStyle().getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        CellStyle s = cell.getCellStyle();
        if (s instanceof XSSFCellStyle x) {
            return x.getFillForegroundXSSFColor() == null ? null
                    : x.getFillForegroundXSSFColor().getARGBHex().substring(2);
        }
        short[] t = ((HSSFWorkbook) wb).getCustomPalette().getColor(s.getFillForegroundColor()).getTriplet();
        return String.format("%02X%02X%02X", t[0], t[1], t[2]);
    }

    /** The colour a fill of {@code hex} comes out as: itself, or an .xls palette's nearest. */
    static String expectedFill(Workbook wb, String hex) {
        if (!(wb instanceof HSSFWorkbook h)) {
            return hex;
        }
        byte[] b = HexFormat.of().parseHex(hex);
        short[] t = h.getCustomPalette().findSimilarColor(b[0], b[1], b[2]).getTriplet();
        return String.format("%02X%02X%02X", t[0], t[1], t[2]);
    }

    static String hex(byte[] rgb) {
        return HexFormat.of().withUpperCase().formatHex(rgb);
    }

    static String font(Workbook wb, CellStyle s) {
        Font f = wb.getFontAt(s.getFontIndex());
        return f.getFontName() + "/" + f.getFontHeightInPoints() + "/" + f.getBold() + "/" + f.getItalic() + "/"
                + f.getUnderline() + "/" + f.getColor();
    }

    static Finding finding(String sheet, String cell, Severity severity, String message) {
        return new Finding(SEED, "87612405", sheet, cell, "TEST_RULE", severity, message, "");
    }

    static Workbook open(Path p) throws IOException {
        return WorkbookFactory.create(p.toFile(), null, true);
    }

    /**
     * The seed with its sheet renamed to need quoting, protected with a password, a print area, and a
     * comment of the school's own on D11.
     */
    static Path awkwardCopyOfTheSeed(Path target) throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(SEED)); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet(SHEET);
            wb.setSheetName(wb.getSheetIndex(s), "Bảng 'A' 2");
            Drawing<?> d = s.createDrawingPatriarch();
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setCol1(4);
            a.setCol2(7);
            a.setRow1(10);
            a.setRow2(14);
            Comment c = d.createCellComment(a);
            c.setAuthor("Cô Lan");
            c.setString(wb.getCreationHelper().createRichTextString("Trường ghi: số liệu tạm tính"));
            s.getRow(10).getCell(3).setCellComment(c);
            s.protectSheet("123");
            wb.setPrintArea(wb.getSheetIndex(s), "$A$1:$K$60");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    /** A file's bytes and modification time. */
    record Fingerprint(String sha256, long size, FileTime modified) {
        static Fingerprint of(Path p) throws Exception {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return new Fingerprint(HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))), Files.size(p),
                    Files.getLastModifiedTime(p));
        }
    }
}
