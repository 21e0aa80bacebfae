package vn.tonghop.kind.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.report.PhasingSummary;
import vn.tonghop.kind.phasing.report.PhasingTableWriter;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;

/**
 * A figure the catalogue says is the district's, in a percent row («Trường đạt chuẩn quốc gia», %, TW.1.d),
 * that the district's schools answer with yes/no words instead of copying the district's percentage: the
 * district's figure is the share of its schools answering yes, with the count; where some schools copied
 * a figure it is kept and the answers are said to be left out. A district's own yes/no figure
 * (universal primary education, T.2.a) reads «Đạt», not 100. The counts of a district's figure are
 * districts at every node. All on the sample workbooks, edited as a clerk would, and through both tiers.
 */
class DistrictAnswersTest {

    @TempDir
    static Path dir;

    static List<Path> samples;
    static UnitRegistry registry;
    /** Both tiers on the samples where every Sông Trà school answers ({@link #WORDS}). */
    static ChainedTablesTest.Tiers answering;

    /**
     * What Sông Trà's schools type in «Trường đạt chuẩn quốc gia» for 9/2023 instead of the district's 65;
     * Vĩnh Xuân a sentence, read as the word it starts with (Có), with a warning.
     */
    static final Map<String, String> WORDS = Map.of(
            "TH_PhuLoc_phan_ky_chi_tieu.xlsx", "Đạt",
            "TH_BinhMinh_phan_ky_chi_tieu.xlsx", "Có",
            "TH_TanPhuA_phan_ky_chi_tieu.xlsx", "Có",
            "TH_HoaAn_phan_ky_chi_tieu.xlsx", "Có",
            "87715008_phan_ky.xlsx", "Có",
            "TH_VinhXuan_phan_ky_chi_tieu.xlsx", "Có, công nhận năm 2021",
            "TH_AnHoa_phan_ky_chi_tieu.xlsx", "Chưa",
            "TH_LongKhanh_phan_ky_chi_tieu.xls", "Chưa đạt",
            "TH_MyXuan_phan_ky_chi_tieu.xlsx", "Chưa");

    @BeforeAll
    static void samples() throws IOException {
        registry = UnitRegistry.load(ChainedTablesTest.JOB.resolve("registry.csv"));
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            samples = files.filter(p -> p.getFileName().toString().contains("phan_ky")).sorted().toList();
        }
        answering = ChainedTablesTest.tiers(answered(WORDS, "all"), Files.createDirectories(dir.resolve("all-tables")));
    }

    /** Every Sông Trà school answers: six yes (one «Đạt»), three no (one «Chưa đạt»). */
    @Test
    void theDistrictsFigureIsTheShareOfItsSchoolsAnsweringYesThroughBothTiers() throws IOException {
        ChainedTablesTest.Tiers tiers = answering;
        Consolidation c = tiers.direct();

        NodeSummary songTra = row(c, "PGD-ST", "TW.1.d");
        assertThat(songTra.current().value()).isEqualByComparingTo("66.6666666667"); // 6 of 9
        assertThat(songTra.current().count()).isEqualTo(1);
        assertThat(songTra.current().description()).isEqualTo("số liệu của huyện = 6/9 trường trả lời Có/Đạt");
        assertThat(songTra.description())
                .isEqualTo("số liệu của huyện = 6/9 trường trả lời Có/Đạt; số đơn vị = số huyện");
        assertThat(counts(songTra)).containsExactly(1, 1, 1);
        // Vĩnh Xuân's sentence counts as its Có, marked as a value read with a warning, here and at the province
        String vinhXuan = "current Trường Tiểu học Vĩnh Xuân: «Có, công nhận năm 2021» đọc là Có";
        assertThat(songTra.doubts()).extracting(d -> d.measure() + " " + d.vietnamese()).containsExactly(vinhXuan);
        assertThat(row(c, "SGD-DT", "TW.1.d").doubts()).extracting(d -> d.measure() + " " + d.vietnamese())
                .containsExactly(vinhXuan);
        // the phasing the schools still copied is taken once as before
        assertThat(songTra.phases().get(2025).value()).isEqualByComparingTo("80");
        assertThat(songTra.phases().get(2025).description()).isEqualTo("số liệu của huyện, lấy một lần");

        NodeSummary province = row(c, "SGD-DT", "TW.1.d");
        // Tân Hồng's 58,82 over its 17 schools, Sông Trà's share of answers over its 10
        BigDecimal expected = new BigDecimal("58.82").multiply(BigDecimal.valueOf(17))
                .add(new BigDecimal("66.6666666667").multiply(BigDecimal.TEN))
                .divide(BigDecimal.valueOf(27), new MathContext(12));
        assertThat(province.current().value()).isEqualByComparingTo(expected).isEqualByComparingTo("61.7261728395");
        assertThat(province.current().method()).isEqualTo(Aggregate.Method.WEIGHTED);
        assertThat(province.description()).isEqualTo("mỗi huyện một số liệu (1 huyện từ câu trả lời Có/Chưa); "
                + "bình quân gia quyền theo số trường; số đơn vị = số huyện");
        assertThat(counts(province)).containsExactly(2, 2, 2);
        // Sông Trà's share (66,67) is below the province's 70 as Tân Hồng's 58,82 is
        assertThat(province.fallingShort().belowNow()).extracting(Unit::code).containsExactly("PGD-ST", "PGD-TH");

        // the province consolidating the districts' tables gets the same figures, counts and words
        Consolidation chained = ChainedTablesTest.chain(registry, tiers.districtTables(), c);
        assertThat(row(chained, "SGD-DT", "TW.1.d").current().value()).isEqualByComparingTo("61.7261728395");
        assertThat(row(chained, "SGD-DT", "TW.1.d").description()).isEqualTo(province.description());
        assertThat(row(chained, "PGD-ST", "TW.1.d").description()).isEqualTo(songTra.description());
    }

    /** Phú Lộc and Bình Minh copied the district's 65; the seven others answered: 65 is kept, and said so. */
    @Test
    void aCopiedFigureIsKeptAndTheAnswersBesideItAreSaidToBeLeftOut() throws IOException {
        Map<String, String> some = new java.util.HashMap<>(WORDS);
        some.remove("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        some.remove("TH_BinhMinh_phan_ky_chi_tieu.xlsx");
        ChainedTablesTest.Tiers tiers = ChainedTablesTest.tiers(answered(some, "some"), Files.createDirectories(
                dir.resolve("some-tables")));
        Consolidation c = tiers.direct();

        NodeSummary songTra = row(c, "PGD-ST", "TW.1.d");
        assertThat(songTra.current().value()).isEqualByComparingTo("65");
        assertThat(songTra.description())
                .isEqualTo("số liệu của huyện, lấy một lần; không tính 7 trường trả lời Có/Chưa; số đơn vị = số huyện");
        assertThat(counts(songTra)).containsExactly(1, 1, 1);
        assertThat(songTra.doubts()).isEmpty(); // Vĩnh Xuân's sentence is not counted: nothing to mark
        NodeSummary province = row(c, "SGD-DT", "TW.1.d");
        assertThat(province.current().value()).isEqualByComparingTo("61.1088888889"); // as when all copied 65
        assertThat(province.description()).isEqualTo("mỗi huyện một số liệu (1 huyện bỏ câu trả lời Có/Chưa); "
                + "bình quân gia quyền theo số trường; số đơn vị = số huyện");

        Consolidation chained = ChainedTablesTest.chain(registry, tiers.districtTables(), c);
        assertThat(row(chained, "SGD-DT", "TW.1.d").description()).isEqualTo(province.description());
    }

    /**
     * Printed: the district's table and the summary show Sông Trà's universal primary education as its own
     * «Đạt», the province's as the share of its districts (100) with the counts in districts, and Sông
     * Trà's share of national-standard schools with how it was made.
     */
    @Test
    void theDistrictsOwnWordIsShownAndItsFiguresCountedInDistricts() throws Exception {
        ChainedTablesTest.Tiers tiers = answering;
        Path songTraTable = tiers.districtTables().get(1);
        assertThat(songTraTable.getFileName().toString()).startsWith("PGD-ST");
        try (Workbook wb = WorkbookFactory.create(songTraTable.toFile(), null, true)) {
            Row pcgd = rowNamed(wb.getSheetAt(0), "Đạt PCGDTH mức độ 3");
            // Hiện trạng, the quotas (TW/Tỉnh, Huyện), Trường, then 2022–2025
            assertThat(text(pcgd.getCell(3))).isEqualTo("Đạt");
            assertThat(text(pcgd.getCell(6))).isEqualTo("Đạt");
            assertThat(text(pcgd.getCell(10))).isEqualTo("Đạt");
            Row standard = rowNamed(wb.getSheetAt(0), "Trường đạt chuẩn quốc gia");
            assertThat(standard.getCell(3).getNumericCellValue()).isEqualTo(66.6666666667, offset(1e-9));
        }

        Path summary = dir.resolve("print-summary.xlsx");
        new PhasingSummary(OutputFiles.DEFAULT).write(tiers.direct(), summary);
        try (XSSFWorkbook wb = new XSSFWorkbook(summary.toFile())) {
            Sheet districts = wb.getSheet("Cấp huyện");
            Row pcgd = levelRow(districts, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "T.2.a");
            // Cách tổng hợp, số đơn vị phải báo cáo / đã báo cáo / có giá trị hợp lệ, Hiện trạng
            assertThat(text(pcgd.getCell(4))).isEqualTo("số liệu của huyện, lấy một lần; số đơn vị = số huyện");
            assertThat(List.of(pcgd.getCell(5).getNumericCellValue(), pcgd.getCell(6).getNumericCellValue(),
                    pcgd.getCell(7).getNumericCellValue())).containsExactly(1.0, 1.0, 1.0);
            assertThat(pcgd.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(pcgd.getCell(8))).isEqualTo("Đạt");
            assertThat(text(pcgd.getCell(12))).isEqualTo("Đạt"); // Chỉ tiêu của đơn vị
            Row standard = levelRow(districts, "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.1.d");
            assertThat(text(standard.getCell(4)))
                    .isEqualTo("số liệu của huyện = 6/9 trường trả lời Có/Đạt; số đơn vị = số huyện");
            assertThat(standard.getCell(8).getNumericCellValue()).isEqualTo(66.6666666667, offset(1e-9));

            Sheet provinceSheet = wb.getSheet("Cấp tỉnh");
            Row share = levelRow(provinceSheet, "Sở Giáo dục và Đào tạo Đồng Tháp", "T.2.a");
            assertThat(text(share.getCell(4))).isEqualTo("mỗi huyện một số liệu; tỷ lệ đơn vị đạt/có (%); "
                    + "số đơn vị = số huyện");
            assertThat(List.of(share.getCell(5).getNumericCellValue(), share.getCell(6).getNumericCellValue(),
                    share.getCell(7).getNumericCellValue())).containsExactly(2.0, 2.0, 2.0);
            assertThat(share.getCell(8).getNumericCellValue()).isEqualTo(100.0);
            // which district's figure the province's is made of answers, on «Danh sách»
            List<String> lines = new ArrayList<>();
            for (Row row : wb.getSheet("Danh sách")) {
                if (text(row.getCell(1)).equals("TW.1.d")) {
                    lines.add(text(row.getCell(0)) + " | " + text(row.getCell(3)) + " | " + text(row.getCell(4)));
                }
            }
            assertThat(lines).contains("Sở Giáo dục và Đào tạo Đồng Tháp | Hiện trạng: câu trả lời Có/Chưa của các "
                    + "trường | Phòng Giáo dục và Đào tạo huyện Sông Trà: 6/9 trường trả lời Có/Đạt");
            assertThat(lines).filteredOn(l -> l.contains("Có/Đạt")).hasSize(1);
            Row school = levelRow(provinceSheet, "Sở Giáo dục và Đào tạo Đồng Tháp", "TW.1.a");
            assertThat(List.of(school.getCell(5).getNumericCellValue(), school.getCell(6).getNumericCellValue()))
                    .containsExactly(15.0, 10.0); // a school's own figure still counts schools
        }
    }

    /** Copies of the samples, the files named in {@code words} with their TW.1.d current value typed as that word. */
    static List<Path> answered(Map<String, String> words, String folder) throws IOException {
        Path out = Files.createDirectories(dir.resolve(folder));
        List<Path> files = new ArrayList<>();
        for (Path sample : samples) {
            String word = words.get(sample.getFileName().toString());
            files.add(word == null ? sample : typeCurrent(sample, "Trường đạt chuẩn quốc gia", word, out));
        }
        assertThat(files.stream().filter(f -> f.startsWith(out))).hasSize(words.size());
        return files;
    }

    /**
     * Types {@code word} as the current value of the row named {@code name}: the first filled cell after the
     * row's name and its unit (%), as a clerk overwrites the figure.
     */
    static Path typeCurrent(Path sample, String name, String word, Path out) throws IOException {
        Path target = out.resolve(sample.getFileName());
        try (InputStream in = Files.newInputStream(sample); Workbook wb = WorkbookFactory.create(in)) {
            Row row = null;
            for (Sheet sh : wb) {
                row = row != null ? row : rowNamed(sh, name);
            }
            assertThat(row).as(sample.toString()).isNotNull();
            int col = nameColumn(row, name) + 2;
            while (row.getCell(col) == null || row.getCell(col).getCellType() == CellType.BLANK) {
                col++;
            }
            row.getCell(col).setCellValue(word);
            try (OutputStream o = Files.newOutputStream(target)) {
                wb.write(o);
            }
        }
        return target;
    }

    private static Row rowNamed(Sheet sh, String name) {
        for (Row row : sh) {
            if (nameColumn(row, name) >= 0) {
                return row;
            }
        }
        return null;
    }

    private static int nameColumn(Row row, String name) {
        for (Cell c : row) {
            // as the reader matches names: Mỹ Xuân's are decomposed (NFD), with a no-break space
            if (c.getCellType() == CellType.STRING && java.text.Normalizer.normalize(c.getStringCellValue(),
                    java.text.Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().equals(name)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static Row levelRow(Sheet sh, String node, String code) {
        for (Row row : sh) {
            if (text(row.getCell(0)).equals(node) && text(row.getCell(1)).equals(code)) {
                return row;
            }
        }
        throw new AssertionError(node + " " + code + " not on " + sh.getSheetName());
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static NodeSummary row(Consolidation c, String node, String indicator) {
        return c.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals(indicator))
                .findFirst().orElseThrow();
    }

    private static List<Integer> counts(NodeSummary n) {
        return List.of(n.expected(), n.reported(), n.valid());
    }
}
