package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.TemplateSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.report.ReportStyles;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.TemplateStamp;

/**
 * What a generated template holds, read back with POI: the Annex II layout with the unit's quotas,
 * the protection, the validations, the instructions and the stamp; and that an empty template already
 * reads as the unit's table.
 */
class TemplateGeneratorTest {

    @TempDir
    static Path dir;
    static TemplateFixture fx;
    static List<GeneratedTemplate> songTra;
    static Path phuLoc;
    static Path district;

    @BeforeAll
    static void generate() throws Exception {
        fx = new TemplateFixture();
        songTra = fx.generator().generate("PGD-ST", dir);
        phuLoc = file("87715001");
        district = file("PGD-ST");
    }

    @Test
    void oneWorkbookPerUnitUnderTheNodeNamedSoAClerkKnowsIt() {
        assertThat(songTra).extracting(t -> t.unit().code()).containsExactly("PGD-ST", "87715001", "87715002",
                "87715003", "87715004", "87715005", "87715006", "87715007", "87715008", "87715009", "87715010",
                "87715011", "87715012", "87715013");
        assertThat(songTra).allSatisfy(t -> assertThat(t.file()).exists().hasParent(dir));
        assertThat(phuLoc.getFileName().toString())
                .isEqualTo("87715001_Truong_Tieu_hoc_Phu_Loc_bang_phan_ky_2022-2025.xlsx");
        assertThat(district.getFileName().toString())
                .isEqualTo("PGD-ST_Phong_Giao_duc_va_Dao_tao_huyen_Song_Tra_bang_phan_ky_2022-2025.xlsx");
    }

    @Test
    void theTableHasTheAnnexIIShapeWithTheSchoolsQuotas() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Bảng phân kỳ");
            assertThat(wb.getActiveSheetIndex()).isZero();
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(List.of(text(s, "A1"), text(s, "A2"), text(s, "A3"))).containsExactly("Phụ lục II",
                    "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ",
                    "(Kèm theo Kế hoạch của Trường Tiểu học Phú Lộc, giai đoạn 2022–2025)");
            assertThat(text(s, "A6")).isEqualTo("I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG");
            assertThat(List.of(text(s, "A7"), text(s, "B7"), text(s, "C7"), text(s, "D7"), text(s, "E7"), text(s, "H7")))
                    .containsExactly("STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng 9/2023", "Chỉ tiêu 2025", "Phân kỳ thực hiện");
            assertThat(List.of(text(s, "E8"), text(s, "F8"), text(s, "G8"), text(s, "H8"), text(s, "K8")))
                    .containsExactly("TW, Tỉnh", "Huyện", "Trường", "2022", "2025");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A7:A8"),
                    CellRangeAddress.valueOf("E7:G7"), CellRangeAddress.valueOf("H7:K7"));
            assertThat(List.of(text(s, "A9"), text(s, "B9"), text(s, "A10"), text(s, "B10"), text(s, "A14")))
                    .containsExactly("1", "Giáo dục tiểu học", "a", "Tỷ lệ đi học đúng độ tuổi", "đ");
            // quotas: SGD-DT in "TW, Tỉnh", PGD-ST in "Huyện"; numbers as numbers, the rest as the office wrote it
            assertThat(cell(s, "E10").getNumericCellValue()).isEqualTo(99.0);
            assertThat(text(s, "F10")).isEqualTo(">99,00");
            assertThat(cell(s, "F11").getNumericCellValue()).isEqualTo(99.8);
            assertThat(cell(s, "F11").getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(cell(s, "D10").getCellType()).isEqualTo(CellType.BLANK);
            int iii = rowOf(s, "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA HUYỆN SÔNG TRÀ");
            assertThat(text(s, "E" + (iii + 2))).isEqualTo("Huyện");
            assertThat(text(s, "G" + (iii + 2))).isEqualTo("2022");
            assertThat(text(s, "E" + (iii + 4))).isEqualTo("X");
        }
    }

    @Test
    void quotasAndLabelsAreLockedInputsOpenAndTheSheetsProtectedWithoutAPassword() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            XSSFSheet s = wb.getSheet(TableSheet.NAME);
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(s.getCTWorksheet().getSheetProtection().isSetAlgorithmName()).isFalse();
            assertThat(wb.getSheet(InstructionsSheet.NAME).getProtect()).isTrue();
            assertThat(wb.isStructureLocked()).isTrue();
            for (String ref : List.of("D10", "G10", "H10", "K10", "D40", "F46", "I46")) {
                assertThat(cell(s, ref).getCellStyle().getLocked()).as(ref).isFalse();
            }
            for (String ref : List.of("A10", "B10", "C10", "E10", "F10", "B9", "H9", "A2", "E46")) {
                assertThat(cell(s, ref).getCellStyle().getLocked()).as(ref).isTrue();
            }
            // input cells are shaded, quota cells grey
            assertThat(cell(s, "D10").getCellStyle().getFillForegroundColorColor().getRGB())
                    .isEqualTo(ReportStyles.Fill.INPUT.rgb());
            assertThat(cell(s, "E10").getCellStyle().getFillForegroundColorColor().getRGB())
                    .isEqualTo(ReportStyles.Fill.QUOTA.rgb());
        }
    }

    @Test
    void listsShowTheirDropDownArrow() throws Exception {
        String part;
        try (XSSFWorkbook wb = open(phuLoc)) {
            part = wb.getSheet(TableSheet.NAME).getPackagePart().getPartName().getName().substring(1);
        }
        String sheetXml;
        try (ZipFile zip = new ZipFile(phuLoc.toFile())) {
            sheetXml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(sheetXml).as("the table sheet's part").contains("<dataValidations");
        Matcher lists = Pattern.compile("<(?:\\w+:)?dataValidation\\b[^>]*\\btype=\"list\"[^>]*>").matcher(sheetXml);
        List<String> found = new java.util.ArrayList<>();
        while (lists.find()) {
            found.add(lists.group());
        }
        assertThat(found).as("yes/no and met/not-met lists").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(v -> assertThat(v).as("showDropDown=\"1\" would hide the arrow")
                        .doesNotContainPattern("showDropDown=\"(1|true)\""));
    }

    @Test
    void theCaptionHasInputCellsForThePlansNumberAndDate() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            XSSFSheet s = wb.getSheet(TableSheet.NAME);
            assertThat(List.of(text(s, "B5"), text(s, "E5"))).containsExactly("Kế hoạch số", "ngày");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("C5:D5"), CellRangeAddress.valueOf("F5:G5"));
            Map<String, XSSFDataValidation> byCell = s.getDataValidations().stream().collect(Collectors.toMap(
                    v -> v.getRegions().getCellRangeAddress(0).formatAsString(), v -> v));
            for (String ref : List.of("C5", "D5", "F5", "G5")) {
                assertThat(cell(s, ref).getCellStyle().getLocked()).as(ref).isFalse();
                assertThat(cell(s, ref).getCellStyle().getFillForegroundColorColor().getRGB()).as(ref)
                        .isEqualTo(ReportStyles.Fill.INPUT.rgb());
            }
            assertThat(cell(s, "B5").getCellStyle().getLocked()).isTrue();
            assertThat(cell(s, "C5").getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(byCell.get("C5:D5").getPromptBoxTitle()).isEqualTo("Số kế hoạch");
            assertThat(byCell.get("C5:D5").getPromptBoxText()).contains("125/KH-THPL");
            assertThat(byCell.get("F5:G5").getPromptBoxTitle()).isEqualTo("Ngày kế hoạch");
            assertThat(byCell.get("F5:G5").getValidationConstraint().getFormula1())
                    .isEqualTo("OR(ISNUMBER(F5),ISNUMBER(FIND(\"/\",F5)))");
            assertThat(byCell.get("F5:G5").getShowPromptBox()).isTrue();
            assertThat(TemplateStamp.readFrom(wb).inputs()).as("typing there is no change to a locked cell")
                    .contains(CellRangeAddress.valueOf("C5:D5"), CellRangeAddress.valueOf("F5:G5"));
        }
    }

    @Test
    void inputCellsCarryDataValidation() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            XSSFSheet s = wb.getSheet(TableSheet.NAME);
            Map<String, XSSFDataValidation> byCell = s.getDataValidations().stream().collect(Collectors.toMap(
                    v -> v.getRegions().getCellRangeAddress(0).formatAsString(), v -> v));
            // percentages: a formula accepting 0–100 typed with a comma or a point
            XSSFDataValidation pct = byCell.get("G10:K14");
            assertThat(pct.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.FORMULA);
            assertThat(pct.getValidationConstraint().getFormula1()).startsWith("OR(LEFT(G10,4)=\"Chưa\"")
                    .contains("SUBSTITUTE(G10,\",\",\".\")").hasSizeLessThanOrEqualTo(255);
            assertThat(pct.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(pct.getShowErrorBox()).isTrue();
            assertThat(pct.getPromptBoxTitle()).isEqualTo("Tỷ lệ (%)");
            assertThat(pct.getPromptBoxText()).contains("99,5");
            assertThat(byCell).containsKey("D10:D14");
            // yes/no and met/not met: dropdowns
            XSSFDataValidation yesNo = byCell.get("G20:K21");
            assertThat(yesNo.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không", "Chưa",
                    "Chưa đánh giá");
            // (the arrow: listsShowTheirDropDownArrow reads the XML, POI's getter has OOXML's meaning upside down)
            XSSFDataValidation met = byCell.get("G29:K30");
            assertThat(met.getValidationConstraint().getExplicitListValues()).containsExactly("Đạt", "Không đạt",
                    "Chưa đánh giá");
            // counts: whole numbers; ranks: k/n as text
            XSSFDataValidation count = byCell.get("F46:J46");
            assertThat(count.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(count.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(byCell.get("G39:K39").getValidationConstraint().getFormula1()).isEqualTo("ISNUMBER(FIND(\"/\",G39))");
            assertThat(cell(s, "G39").getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(s.getDataValidations()).allSatisfy(v -> {
                assertThat(v.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
                assertThat(v.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
            });
            // every input cell is validated, no locked cell is
            TemplateStamp stamp = TemplateStamp.readFrom(wb);
            for (CellRangeAddress in : stamp.inputs()) {
                assertThat(s.getDataValidations()).as(in.formatAsString())
                        .anySatisfy(v -> assertThat(v.getRegions().getCellRangeAddress(0)).isEqualTo(in));
            }
        }
    }

    @Test
    void theStampCarriesUnitVersionAndLockedContentInAVeryHiddenSheet() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(TemplateStamp.SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            TemplateStamp stamp = TemplateStamp.readFrom(wb);
            assertThat(stamp.format()).isEqualTo(TemplateStamp.FORMAT);
            assertThat(stamp.unitCode()).isEqualTo("87715001");
            assertThat(stamp.version()).isEqualTo("2023.1");
            assertThat(stamp.period()).isEqualTo("2022-2025");
            assertThat(stamp.tableSheet()).isEqualTo("Bảng phân kỳ");
            assertThat(stamp.locked()).containsEntry("B10", "Tỷ lệ đi học đúng độ tuổi").containsEntry("E10", "99")
                    .containsEntry("F10", ">99,00").containsEntry("D7", "Hiện trạng 9/2023").doesNotContainKey("D10");
            assertThat(stamp.isInput(9, 3)).isTrue(); // D10
            assertThat(stamp.isInput(9, 4)).isFalse(); // E10
            assertThat(wb.getProperties().getCoreProperties().getTitle()).contains("Trường Tiểu học Phú Lộc");
        }
    }

    @Test
    void theInstructionsSayWhatEachColumnMeansHowToTypeAndWhomToAsk() throws Exception {
        try (XSSFWorkbook wb = open(phuLoc)) {
            XSSFSheet s = wb.getSheet(InstructionsSheet.NAME);
            StringBuilder all = new StringBuilder();
            s.forEach(row -> row.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            assertThat(all.toString()).contains("HƯỚNG DẪN ĐIỀN BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU",
                    "Trường Tiểu học Phú Lộc (mã 87715001)", "Hiện trạng 9/2023", "Chỉ tiêu 2025: Trường",
                    "Phòng Giáo dục và Đào tạo huyện Sông Trà giao", "Sở Giáo dục và Đào tạo Đồng Tháp giao", "99,5",
                    "Chưa đánh giá", "5/20", "Phòng Giáo dục và Đào tạo huyện Sông Trà (pgd.songtra@example.vn)",
                    "so.gddt@example.vn", "Phiên bản 2023.1");
        }
    }

    @Test
    void anEmptyTemplateAlreadyReadsAsTheUnitsTable() {
        for (GeneratedTemplate t : songTra) {
            Submission s = fx.reader.read(t.file());
            assertThat(s.outcome()).as(s.reason()).isEqualTo(FileOutcome.READ);
            assertThat(s.unitCode()).isEqualTo(t.unit().code());
            assertThat(s.sheets()).isEqualTo("Bảng phân kỳ"); // instructions and stamp are no table
            assertThat(s.facts()).allSatisfy(f -> assertThat(f.indicatorCode()).as(f.rowName()).isNotNull());
            assertThat(s.facts().stream().map(f -> f.indicatorCode()).distinct()).hasSize(22);
            assertThat(s.notes()).extracting(ReadingNote::code).isEmpty();
        }
    }

    @Test
    void aDistrictsTemplateIsItsOwnConsolidatedTable() throws Exception {
        try (XSSFWorkbook wb = open(district)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(text(s, "A3")).isEqualTo("(Tổng hợp của Phòng Giáo dục và Đào tạo huyện Sông Trà, giai đoạn 2022–2025)");
            // "TW, Tỉnh" is what the province set, "Huyện" what the district set
            assertThat(cell(s, "E10").getNumericCellValue()).isEqualTo(99.0);
            assertThat(text(s, "F10")).isEqualTo(">99,00");
            // a yes/no indicator becomes the share of schools in %
            int row = rowOf(s, "Trường học có dịch vụ hỗ trợ tâm lý học sinh");
            assertThat(text(s, "C" + row)).isEqualTo("%");
            assertThat(s.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("G18:K21");
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.FORMULA);
            });
        }
    }

    @Test
    void incompleteSettingsAreRefusedInVietnamese() {
        var gen = new TemplateGenerator(fx.registry, fx.catalogue, fx.quotas,
                new TemplateSettings(null, null, "9/2023", null, null, null));
        assertThatThrownBy(() -> gen.generate("PGD-ST", dir.resolve("none")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-year");
        assertThat(new TemplateSettings(2022, 2025, "", null, null, null).problem()).contains("current-label");
        assertThat(new TemplateSettings(2025, 2022, "9/2023", null, null, null).problem()).contains("không hợp lệ");
        assertThat(new TemplateSettings(2022, 2025, "9/2023", null, null, null).version()).isEqualTo("1");
        assertThatThrownBy(() -> fx.generator().generate("NOPE", dir)).hasMessageContaining("«NOPE»");
    }

    @Test
    void unitNamesBecomeSafeFileNames() {
        TemplateGenerator g = fx.generator();
        assertThat(g.fileName(new Unit("A/B 1", "Trường Mầm non Đồng Xoài", "truong", "X", null, null)))
                .isEqualTo("A_B_1_Truong_Mam_non_Dong_Xoai_bang_phan_ky_2022-2025.xlsx");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Path file(String code) {
        return songTra.stream().filter(t -> t.unit().code().equals(code)).findFirst().orElseThrow().file();
    }

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static XSSFCell cell(XSSFSheet s, String ref) {
        CellReference r = new CellReference(ref);
        return s.getRow(r.getRow()).getCell(r.getCol());
    }

    static String text(XSSFSheet s, String ref) {
        Cell c = cell(s, ref);
        return c == null ? "" : c.getStringCellValue();
    }

    /** The 1-based row number of the row whose column A or B is {@code text}. */
    static int rowOf(XSSFSheet s, String text) {
        for (var row : s) {
            for (int col = 0; col < 2; col++) {
                Cell c = row.getCell(col);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new AssertionError("not found: " + text);
    }
}
