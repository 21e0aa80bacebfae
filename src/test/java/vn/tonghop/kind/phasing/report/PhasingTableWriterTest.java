package vn.tonghop.kind.phasing.report;

import vn.tonghop.kind.phasing.PhasingKind;

import vn.tonghop.report.ReportFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * A node's consolidated table has a school table's shape, so the level above reads it with the same
 * reader: written here, read back with {@link SubmissionReader} over the sample office's registry
 * and catalogue.
 */
class PhasingTableWriterTest {

    @TempDir
    static Path dir;
    static ReportFixture fx;
    static SubmissionReader reader;
    static Path songTraFile;
    static Submission songTra;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        fx = new ReportFixture();
        reader = new SubmissionReader(UnitRegistry.load(ReportFixture.JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(ReportFixture.JOB.resolve("catalogue.csv")))), 20L << 20);
        songTraFile = dir.resolve("PGD-ST_phan_ky_tong_hop.xlsx");
        new PhasingTableWriter().write(fx.consolidation, fx.songTra, songTraFile);
        songTra = reader.read(songTraFile);
    }

    @Test
    void hasTheSchoolTableShape() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(songTraFile.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ");
            assertThat(s.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("(Tổng hợp của Phòng Giáo dục và Đào tạo huyện Sông Trà)");
            assertThat(text(s, "A5")).isEqualTo("I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG");
            assertThat(List.of(text(s, "A6"), text(s, "B6"), text(s, "C6"), text(s, "D6"), text(s, "E6"), text(s, "H6")))
                    .containsExactly("STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng", "Chỉ tiêu 2025", "Phân kỳ thực hiện");
            assertThat(List.of(text(s, "E7"), text(s, "F7"), text(s, "G7"), text(s, "H7"), text(s, "K7")))
                    .containsExactly("TW, Tỉnh", "Huyện", "Trường", "2022", "2025");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A6:A7"),
                    CellRangeAddress.valueOf("E6:G6"), CellRangeAddress.valueOf("H6:K6"));
            // group row, then the indicator lettered under it
            assertThat(List.of(text(s, "A8"), text(s, "B8"), text(s, "A9"), text(s, "B9")))
                    .containsExactly("1", "Giáo dục tiểu học", "a", "Tỷ lệ đi học đúng độ tuổi");
            assertThat(s.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(98.75);
            // section III: no "TW, Tỉnh" column
            Row heading = find(s, "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA HUYỆN");
            Row sub = s.getRow(heading.getRowNum() + 2);
            assertThat(sub.getCell(4).getStringCellValue()).isEqualTo("Huyện");
            assertThat(sub.getCell(5).getStringCellValue()).isEqualTo("Trường");
            assertThat(sub.getCell(6).getStringCellValue()).isEqualTo("2022");
            // a rank is listed per unit in a comment, never averaged
            Row rank = find(s, "Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh");
            Cell current = rank.getCell(3);
            assertThat(current.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(current.getCellComment().getString().getString()).contains("Trường Tiểu học Phú Lộc: 5/19");
        }
    }

    @Test
    void readsBackAsTheNodesOwnTable() {
        assertThat(songTra.outcome()).as(songTra.reason()).isEqualTo(FileOutcome.READ);
        assertThat(songTra.unitCode()).isEqualTo("PGD-ST");
        assertThat(songTra.period()).isEqualTo("2022-2025");
        // every fact is a row's but the hidden sheet's line naming the units under the node
        assertThat(songTra.facts()).filteredOn(f -> f.indicatorCode() == null)
                .extracting(f -> f.measure().code() + " " + f.cell() + " " + f.value().raw().substring(0, 16))
                .containsExactly("basis _tonghop_tong_hop!C11 tonghop-units-1;");
        assertThat(songTra.notes()).extracting(ReadingNote::code).doesNotContain(ReadingNote.Code.UNMATCHED_ROW,
                ReadingNote.Code.APPROXIMATE_NAME);
        assertThat(songTra.facts()).extracting(Fact::indicatorCode).containsOnly("TW.1.a", "TW.7.c", "T.5", "T.6.b", "H.1",
                null);
    }

    @Test
    void readsBackTheWrittenValues() {
        Map<String, ParsedValue> v = values(songTra);
        // a percent mean: current, the quota from above, the node's own quota, the units' targets, phasing
        assertNumber(v.get("TW.1.a/current"), "98.75", ValueKind.PERCENT);
        assertNumber(v.get("TW.1.a/target_central"), "99.5", ValueKind.PERCENT);
        assertThat(v.get("TW.1.a/target_district").comparator()).isEqualTo(Comparator.GT);
        assertNumber(v.get("TW.1.a/target_district"), "99.5", ValueKind.PERCENT); // written «>99,5», read back the same
        assertThat(v.get("TW.1.a/target_district").raw()).isEqualTo(">99,5");
        assertNumber(v.get("TW.1.a/target_unit"), "99.3333333333", ValueKind.PERCENT);
        assertNumber(v.get("TW.1.a/phase_2022"), "98", ValueKind.PERCENT);
        assertNumber(v.get("TW.1.a/phase_2024"), "98.8333333333", ValueKind.PERCENT);
        // a yes/no share becomes a percentage
        assertNumber(v.get("TW.7.c/current"), "66.6666666667", ValueKind.PERCENT);
        assertNumber(v.get("TW.7.c/phase_2022"), "33.3333333333", ValueKind.PERCENT);
        assertThat(v.get("TW.7.c/target_district").isEmpty()).isTrue();
        // section II: the "TW, Tỉnh" column is the province's quota
        assertNumber(v.get("T.5/target_province"), "70", ValueKind.PERCENT);
        assertNumber(v.get("T.5/current"), "76.7333333333", ValueKind.PERCENT);
        assertThat(v.get("T.5/target_unit").isEmpty()).isTrue();
        // a rank is not averaged
        assertThat(v.entrySet().stream().filter(e -> e.getKey().startsWith("T.6.b/") && !e.getKey().endsWith("/basis"))
                .map(Map.Entry::getValue)).isNotEmpty().allSatisfy(p -> assertThat(p.isEmpty()).isTrue());
        // the hidden sheet says it is a node's table, with its units (these aggregates, made by hand, carry no basis)
        assertThat(v.get("T.6.b/basis").raw()).isEqualTo("tonghop-basis-1;e=5;r=3");
        // section III: a summed count, no central/province column
        assertNumber(v.get("H.1/current"), "1", ValueKind.COUNT);
        assertNumber(v.get("H.1/target_district"), "4", ValueKind.COUNT);
        assertNumber(v.get("H.1/target_unit"), "3", ValueKind.COUNT);
        assertNumber(v.get("H.1/phase_2024"), "2", ValueKind.COUNT);
        assertThat(v).doesNotContainKeys("H.1/target_central", "H.1/target_province");
    }

    @Test
    void theRootsTableNamesTheRootAndHasNoQuotaFromAbove() throws Exception {
        Path file = dir.resolve("SGD-DT.xlsx");
        new PhasingTableWriter().write(fx.consolidation, fx.province, file);
        Submission root = reader.read(file);
        assertThat(root.outcome()).as(root.reason()).isEqualTo(FileOutcome.READ);
        assertThat(root.unitCode()).isEqualTo("SGD-DT");
        Map<String, ParsedValue> v = values(root);
        assertThat(v.get("TW.1.a/target_central").isEmpty()).isTrue();
        assertNumber(v.get("TW.1.a/target_district"), "99.5", ValueKind.PERCENT);
        assertNumber(v.get("TW.1.a/current"), "99.1666666667", ValueKind.PERCENT);
        assertNumber(v.get("H.1/phase_2025"), "4", ValueKind.COUNT);
    }

    /**
     * The official list's STT (the catalogue's stt column, as seed 004 numbers its Annex) is kept, not
     * renumbered, also when a table holds some of the indicators only: TW.7.c stays c of group 7, "Tỷ lệ
     * nhà giáo … đảng viên" stays the unlettered row of group 5.
     */
    @Test
    void theConsolidatedTableKeepsTheOfficialNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(songTraFile.toFile())) {
            Sheet s = wb.getSheetAt(0);
            List<String> rows = new java.util.ArrayList<>();
            for (Row row : s) {
                Cell name = row.getCell(1);
                if (row.getRowNum() > 6 && name != null && name.getCellType() == CellType.STRING
                        && !name.getStringCellValue().equals("Tên chỉ tiêu")) {
                    rows.add(text(s, "A" + (row.getRowNum() + 1)) + " " + name.getStringCellValue());
                }
            }
            assertThat(rows).containsExactly(
                    "1 Giáo dục tiểu học", "a Tỷ lệ đi học đúng độ tuổi",
                    "7 Thực hiện an sinh xã hội và trợ giúp người khuyết tật",
                    "c Trường học có cơ sở hạ tầng và tài liệu phù hợp với học sinh khuyết tật",
                    "5 Phát triển Đảng trong ngành Giáo dục",
                    " Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số",
                    "6 Giáo dục thể chất và phong trào thể thao học đường",
                    " Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh",
                    "1 Về chất lượng giáo dục", " Trường đạt chuẩn quốc gia mức độ 1");
        }
    }

    /**
     * The sample office's whole catalogue numbered as seed 004's Annex: section I's groups are 1, 2 and 7,
     * group 2's one row and several of section II's have no letter, "Đổi mới về quản lý giáo dục" has no
     * number at all.
     */
    @Test
    void theCataloguesRowsAreNumberedAsTheOfficialList() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ReportFixture.JOB.resolve("catalogue.csv"));
        List<String> rows = new java.util.ArrayList<>();
        for (vn.tonghop.domain.Section section : vn.tonghop.domain.Section.values()) {
            for (vn.tonghop.domain.AnnexRows.Row row : vn.tonghop.domain.AnnexRows.of(catalogue.indicators().stream()
                    .filter(i -> i.section() == section).toList())) {
                rows.add(row.stt() + " " + (row.isGroup() ? row.group() : row.indicator().code()));
            }
        }
        assertThat(rows).containsExactly(
                "1 Giáo dục tiểu học", "a TW.1.a", "b TW.1.b", "c TW.1.c", "d TW.1.d", "đ TW.1.dd",
                "2 Về cơ sở vật chất", " TW.2",
                "7 Thực hiện an sinh xã hội và trợ giúp người khuyết tật", "a TW.7.a", "b TW.7.b", "c TW.7.c",
                "d TW.7.d",
                "1 Học sinh phổ thông giảm", "a T.1.a",
                "2 Phổ cập giáo dục và xóa mù chữ", "a T.2.a", "b T.2.b",
                "3 Nhà giáo và CBQL giáo dục có trình độ chuẩn được đào tạo trên chuẩn theo quy định của Luật "
                        + "Giáo dục 2019", " T.3",
                "4 Ứng dụng công nghệ thông tin, chuyển đổi số", " T.4",
                "5 Phát triển Đảng trong ngành Giáo dục", " T.5",
                "6 Giáo dục thể chất và phong trào thể thao học đường", " T.6.a", " T.6.b",
                " T.7",
                "1 Về chất lượng giáo dục", " H.1",
                "2 Giáo dục thể chất", "a H.2.a", "b H.2.b");
    }

    @Test
    void withoutOfficialNumbersTheRowsAreNumberedInTurn() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ReportFixture.JOB.resolve("catalogue.csv"));
        List<vn.tonghop.domain.Indicator> plain = catalogue.indicators().stream()
                .filter(i -> i.section() == vn.tonghop.domain.Section.CENTRAL)
                .map(i -> new vn.tonghop.domain.Indicator(i.code(), i.section(), i.group(), i.name(), i.aliases(),
                        i.unit(), i.kind(), i.goodDirection(), i.aggregate(), i.headline(), i.measuredAt(), i.weight()))
                .toList();
        assertThat(vn.tonghop.domain.AnnexRows.of(plain).stream().map(vn.tonghop.domain.AnnexRows.Row::stt))
                .containsExactly("1", "a", "b", "c", "d", "đ", "2", "a", "3", "a", "b", "c", "d");
    }

    @Test
    void aUnitThatIsNoNodeIsRefused() {
        assertThatThrownBy(() -> new PhasingTableWriter().write(fx.consolidation,
                fx.registry.find(ReportFixture.PHU_LOC), dir.resolve("x.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("87715001");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Map<String, ParsedValue> values(Submission s) {
        return s.facts().stream().collect(Collectors.toMap(f -> f.indicatorCode() + "/" + f.measure().code(),
                Fact::value));
    }

    static void assertNumber(ParsedValue v, String expected, ValueKind kind) {
        assertThat(v).isNotNull();
        assertThat(v.number()).as(v.raw()).isEqualByComparingTo(expected);
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.isFlagged()).isFalse();
    }

    static String text(Sheet s, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        Cell c = s.getRow(r.getRow()).getCell(r.getCol());
        return c == null ? "" : c.getStringCellValue();
    }

    static Row find(Sheet s, String text) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("not found: " + text);
    }
}
