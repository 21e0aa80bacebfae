package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.text.LegacyVietnamese;
import vn.tonghop.text.LegacyVietnamese.Encoding;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

/**
 * The seed's Annex II (the sample transcribed cell for cell from seeds/004) typed again in the legacy
 * encodings, as offices still receive it: every text cell written with the tables' inverse. In TCVN3
 * with .VnTime fonts (capitals with a tone in .VnTimeH: whole cells for the all-capital headings, a
 * run of the cell for a capital inside a sentence, "Ứng dụng…"), in VNI with VNI-Times fonts, and in
 * TCVN3 with the fonts lost (Calibri everywhere: the statistics decide). Each is read value for value
 * as the Unicode original, with one information finding; the Unicode original gets none.
 */
class LegacyEncodingReadingTest {

    static final Path ANNEX = AnnexIIReadingTest.ANNEX;

    @TempDir
    static Path dir;

    static Submission unicode;
    static SubmissionValidator validator;
    static final Map<Typing, Path> files = new EnumMap<>(Typing.class);

    @BeforeAll
    static void readTheUnicodeOriginalAndRetypeIt() throws IOException {
        for (Typing t : Typing.values()) {
            files.put(t, retyped(t));
        }
        unicode = SampleOffice.reader().read(ANNEX);
        validator = new SubmissionValidator(new RuleContext(SampleOffice.registry(),
                ValidationSettings.defaults()),
                List.of(new PhasingKind(SampleOffice.catalogue())));
    }

    enum Typing { TCVN3_FONTS, VNI_FONTS, TCVN3_NO_FONTS }

    /** The Annex with every text cell typed the legacy way. */
    static Path retyped(Typing typing) throws IOException {
        Path out = dir.resolve(typing.name().toLowerCase(Locale.ROOT) + "_PhuLucII.xlsx");
        try (InputStream in = Files.newInputStream(ANNEX); Workbook wb = WorkbookFactory.create(in)) {
            Map<Integer, CellStyle> capitalStyles = new HashMap<>();
            Font capitals = null;
            if (typing != Typing.TCVN3_NO_FONTS) {
                String name = typing == Typing.VNI_FONTS ? "VNI-Times" : ".VnTime";
                for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                    wb.getFontAt(i).setFontName(name);
                }
                capitals = wb.createFont();
                capitals.setFontName(".VnTimeH");
                capitals.setBold(true);
            }
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            retype(wb, cell, typing, capitals, capitalStyles);
                        }
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    static void retype(Workbook wb, Cell cell, Typing typing, Font capitals, Map<Integer, CellStyle> capitalStyles) {
        String text = cell.getStringCellValue();
        if (typing == Typing.VNI_FONTS) {
            cell.setCellValue(LegacyVietnamese.fromUnicode(text, Encoding.VNI));
            return;
        }
        String tcvn3 = LegacyVietnamese.fromUnicode(text, Encoding.TCVN3);
        // a .VnTimeH cell holds the lowercase letters' codes (lower-casing the codes instead would turn Ø, ỉ, into ø, ứ)
        String lowerCodes = LegacyVietnamese.fromUnicode(text.toLowerCase(Locale.ROOT), Encoding.TCVN3);
        if (!LegacyVietnamese.tcvn3Capitals(text) || typing == Typing.TCVN3_NO_FONTS) {
            // without fonts a .VnTimeH cell is its lowercase codes and nothing else
            cell.setCellValue(LegacyVietnamese.tcvn3Capitals(text) ? lowerCodes : tcvn3);
            return;
        }
        if (text.equals(text.toUpperCase(Locale.ROOT))) {
            // an all-capital heading: the whole cell in .VnTimeH, typed in lowercase codes
            cell.setCellValue(lowerCodes);
            CellStyle style = capitalStyles.computeIfAbsent((int) cell.getCellStyle().getIndex(), k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(cell.getCellStyle());
                s.setFont(capitals);
                return s;
            });
            cell.setCellStyle(style);
            return;
        }
        // a capital with a tone inside a sentence: that letter in a .VnTimeH run, the rest in the cell's .VnTime
        XSSFRichTextString rich = new XSSFRichTextString(tcvn3);
        for (int i = 0; i < text.length(); i++) {
            if (LegacyVietnamese.tcvn3Capitals(text.substring(i, i + 1))) {
                rich.applyFont(i, i + 1, capitals);
            }
        }
        cell.setCellValue(rich);
    }

    /**
     * The Annex as an Excel 97-2003 workbook (where most TCVN3 and VNI files live), its text retyped:
     * every cell's value and the merged regions copied, one .VnTime (or VNI-Times) style, a .VnTimeH
     * style for the all-capital headings, and a .VnTimeH run for a capital with a tone in a sentence.
     */
    static Path retypedXls(Typing typing) throws IOException {
        Path out = dir.resolve(typing.name().toLowerCase(Locale.ROOT) + "_PhuLucII.xls");
        try (InputStream in = Files.newInputStream(ANNEX); Workbook source = WorkbookFactory.create(in);
             HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet from = source.getSheetAt(0);
            Sheet to = wb.createSheet(from.getSheetName());
            Font body = wb.createFont();
            body.setFontName(typing == Typing.VNI_FONTS ? "VNI-Times" : ".VnTime");
            Font capitals = wb.createFont();
            capitals.setFontName(".VnTimeH");
            CellStyle bodyStyle = wb.createCellStyle();
            bodyStyle.setFont(body);
            CellStyle capitalStyle = wb.createCellStyle();
            capitalStyle.setFont(capitals);
            for (Row row : from) {
                Row copy = to.createRow(row.getRowNum());
                for (Cell cell : row) {
                    Cell c = copy.createCell(cell.getColumnIndex());
                    c.setCellStyle(bodyStyle);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        c.setCellValue(cell.getNumericCellValue());
                        continue;
                    }
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (typing == Typing.VNI_FONTS) {
                        c.setCellValue(LegacyVietnamese.fromUnicode(text, Encoding.VNI));
                    } else if (!LegacyVietnamese.tcvn3Capitals(text)) {
                        c.setCellValue(LegacyVietnamese.fromUnicode(text, Encoding.TCVN3));
                    } else if (text.equals(text.toUpperCase(Locale.ROOT))) {
                        c.setCellValue(LegacyVietnamese.fromUnicode(text.toLowerCase(Locale.ROOT), Encoding.TCVN3));
                        c.setCellStyle(capitalStyle);
                    } else {
                        HSSFRichTextString rich = new HSSFRichTextString(LegacyVietnamese.fromUnicode(text, Encoding.TCVN3));
                        rich.applyFont(body); // an .xls run names its font: after the capital, .VnTime again
                        for (int i = 0; i < text.length(); i++) {
                            if (LegacyVietnamese.tcvn3Capitals(text.substring(i, i + 1))) {
                                rich.applyFont(i, i + 1, capitals);
                            }
                        }
                        c.setCellValue(rich);
                    }
                }
            }
            for (CellRangeAddress region : from.getMergedRegions()) {
                to.addMergedRegion(region);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    static void assertReadAsTheUnicodeOriginal(Submission legacy) {
        assertThat(legacy.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(legacy.unitCode()).isEqualTo(unicode.unitCode()).isEqualTo("87612405");
        assertThat(legacy.period()).isEqualTo(unicode.period());
        assertThat(legacy.currentYear()).isEqualTo(unicode.currentYear());
        assertThat(legacy.sheets()).isEqualTo(unicode.sheets());
        // the table's 173 cells and the caption's plan number and date
        assertThat(legacy.facts()).hasSize(173 + 2).hasSameSizeAs(unicode.facts());
        List<String> different = new ArrayList<>();
        for (int i = 0; i < legacy.facts().size(); i++) {
            if (!legacy.facts().get(i).equals(unicode.facts().get(i))) {
                different.add(legacy.facts().get(i) + " <> " + unicode.facts().get(i));
            }
        }
        assertThat(different).isEmpty();
    }

    static ReadingNote legacyNote(Submission s) {
        assertThat(s.notes()).extracting(ReadingNote::code).containsExactly(ReadingNote.Code.LEGACY_ENCODING);
        return s.notes().get(0);
    }

    /** The legacy file's findings are the original's and one information finding, LEGACY_ENCODING. */
    static Finding assertSameFindingsPlusLegacyEncoding(Submission legacy) {
        List<Finding> original = validator.validate(unicode);
        List<Finding> found = new ArrayList<>(validator.validate(legacy));
        List<Finding> info = found.stream().filter(f -> f.rule().equals("LEGACY_ENCODING")).toList();
        assertThat(info).hasSize(1);
        found.removeAll(info);
        assertThat(found).extracting(f -> f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message() + " " + f.raw())
                .containsExactlyElementsOf(original.stream()
                        .map(f -> f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message() + " " + f.raw())
                        .toList());
        assertThat(info.get(0).severity()).isEqualTo(Severity.INFO);
        return info.get(0);
    }

    /** Every text cell of the sheet's grid, {@code A1=text}, in order. */
    static List<String> gridTexts(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            SheetGrid grid = SheetGrid.of(wb.getSheetAt(0), new DataFormatter(Locale.ROOT), new SheetGrid.WorkbookBudget());
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.columnCount(r); c++) {
                    GridCell cell = grid.cell(r, c);
                    if (cell != null) {
                        out.add(cell.ref() + "=" + cell.content().text());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyTextCellOfTheGridIsTheUnicodeOriginal() throws IOException {
        List<String> original = gridTexts(ANNEX);
        assertThat(original).contains("A5=I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG",
                "B35=Ứng dụng công nghệ thông tin, chuyển đổi số");

        // .VnTimeH for the headings (whole cells) and for "Ứ" (a run of its cell): every letter as typed
        assertThat(gridTexts(files.get(Typing.TCVN3_FONTS))).containsExactlyElementsOf(original);
        assertThat(gridTexts(files.get(Typing.VNI_FONTS))).containsExactlyElementsOf(original);
        // without fonts nothing tells a .VnTimeH cell: its capitals with a tone read as small letters
        List<String> noFonts = gridTexts(files.get(Typing.TCVN3_NO_FONTS));
        assertThat(noFonts).contains("A5=i. các chỉ tiêu theo quy định của trung ương",
                "B35=ứng dụng công nghệ thông tin, chuyển đổi số");
        assertThat(noFonts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())
                .containsExactlyElementsOf(original.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * An old template in .VnTime (or VNI-Times) filled in with a Unicode keyboard: the fonts are
     * legacy, the text is Unicode. Most cells hold a letter only Unicode has; the few that do not
     * ("Có", "100") must not be read as TCVN3 ("Cú") or VNI.
     */
    @Test
    void unicodeTypedIntoLegacyFontsIsLeftAsItIs() throws IOException {
        for (String font : List.of(".VnTime", "VNI-Times")) {
            Path file = dir.resolve("unicode_in_" + font + ".xlsx");
            try (InputStream in = Files.newInputStream(ANNEX); Workbook wb = WorkbookFactory.create(in)) {
                for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                    wb.getFontAt(i).setFontName(font);
                }
                try (OutputStream os = Files.newOutputStream(file)) {
                    wb.write(os);
                }
            }
            assertThat(gridTexts(file)).as(font).containsExactlyElementsOf(gridTexts(ANNEX)).contains("K21=Có ", "I51=Có");
            Submission read = SampleOffice.reader().read(file);
            assertReadAsTheUnicodeOriginal(read);
            assertThat(read.notes()).as(font).isEmpty();
        }
    }

    @Test
    void theUnicodeOriginalGetsNoNoteAndNoFinding() {
        assertThat(unicode.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(unicode.notes()).isEmpty();
        assertThat(validator.validate(unicode)).extracting(Finding::rule).doesNotContain("LEGACY_ENCODING");
    }

    @Test
    void tcvn3WithVnTimeFontsIsReadAsTheUnicodeOriginal() throws IOException {
        Submission legacy = SampleOffice.reader().read(files.get(Typing.TCVN3_FONTS));

        assertReadAsTheUnicodeOriginal(legacy);
        ReadingNote note = legacyNote(legacy);
        assertThat(note.sheet()).isEqualTo("Phụ lục II");
        assertThat(note.cell()).isEqualTo("A1");
        assertThat(note.raw()).isEqualTo("Phô lôc II"); // the cell as typed, kept for the clerk
        assertThat(note.message()).startsWith("Tệp được gõ bằng bảng mã cũ TCVN3 (ABC) (các ô dùng phông .VnTime/.VnTimeH…)")
                .contains("ví dụ ô A1: «Phụ lục II»").contains("Đề nghị đơn vị chuyển tệp sang bảng mã Unicode");
        Finding info = assertSameFindingsPlusLegacyEncoding(legacy);
        assertThat(info.cell()).isEqualTo("A1");
        assertThat(info.raw()).isEqualTo("Phô lôc II");
    }

    @Test
    void vniWithVniTimesFontsIsReadAsTheUnicodeOriginal() throws IOException {
        Submission legacy = SampleOffice.reader().read(files.get(Typing.VNI_FONTS));

        assertReadAsTheUnicodeOriginal(legacy);
        ReadingNote note = legacyNote(legacy);
        assertThat(note.raw()).isEqualTo("Phuï luïc II");
        assertThat(note.message()).startsWith("Tệp được gõ bằng bảng mã cũ VNI (các ô dùng phông VNI-Times…)");
        assertSameFindingsPlusLegacyEncoding(legacy);
    }

    @Test
    void anExcel97WorkbookInTcvn3OrVniIsReadAsTheUnicodeOriginal() throws IOException {
        for (Typing typing : List.of(Typing.TCVN3_FONTS, Typing.VNI_FONTS)) {
            Path xls = retypedXls(typing);
            assertThat(gridTexts(xls)).as(typing.name()).containsExactlyElementsOf(gridTexts(ANNEX));
            Submission legacy = SampleOffice.reader().read(xls);
            assertReadAsTheUnicodeOriginal(legacy);
            assertThat(legacyNote(legacy).message()).contains(typing == Typing.VNI_FONTS ? "VNI-Times" : ".VnTime");
            assertSameFindingsPlusLegacyEncoding(legacy);
        }
    }

    @Test
    void tcvn3WithoutFontsIsRecognisedFromItsCharacters() throws IOException {
        Submission legacy = SampleOffice.reader().read(files.get(Typing.TCVN3_NO_FONTS));

        assertReadAsTheUnicodeOriginal(legacy);
        ReadingNote note = legacyNote(legacy);
        assertThat(note.message()).startsWith("Tệp được gõ bằng bảng mã cũ TCVN3 (ABC) (các ô không ghi phông "
                + "tương ứng, chương trình nhận ra qua các ký tự)");
        assertSameFindingsPlusLegacyEncoding(legacy);
    }
}
