package vn.tonghop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.CellLocation.Area;
import vn.tonghop.domain.CellLocation.Area.Shape;

class CellLocationTest {

    @Test
    void readsWhatTheReaderWritesAndFindingsCarry() {
        assertThat(CellLocation.parse("'Phụ lục II'!D11")).contains(new CellLocation("Phụ lục II", 10, 3));
        assertThat(CellLocation.parse("Sheet1!K38")).contains(new CellLocation("Sheet1", 37, 10));
        assertThat(CellLocation.parse("'Bảng ''A'''!B2")).contains(new CellLocation("Bảng 'A'", 1, 1));
        assertThat(CellLocation.parse("'Tổng hợp!'!$c$7")).contains(new CellLocation("Tổng hợp!", 6, 2));
        assertThat(CellLocation.parse("AB123")).contains(new CellLocation("", 122, 27));
        for (String notACell : new String[] {"", "  ", "D11:F12", "11", "A0", "Cột D", "'S'!", null}) {
            assertThat(CellLocation.parse(notACell)).as(notACell).isEmpty();
        }
        assertThat(new CellLocation("Phụ lục II", 10, 3).ref()).isEqualTo("D11");
        assertThat(new CellLocation("Phụ lục II", 10, 3).rowNumber()).isEqualTo(11);
    }

    @Test
    void writesTheSheetAsExcelDoesAndReadsItBack() {
        assertThat(new CellLocation("Phụ lục II", 10, 3)).hasToString("'Phụ lục II'!D11");
        assertThat(new CellLocation("Sheet1", 37, 10)).hasToString("Sheet1!K38");
        assertThat(new CellLocation("Bảng 'A'", 1, 1)).hasToString("'Bảng ''A'''!B2");
        assertThat(new CellLocation("2023", 0, 0)).hasToString("'2023'!A1");
        // a name Excel would take for a reference is quoted: PL2!A1 would mean cell PL2
        assertThat(new CellLocation("PL2", 0, 0)).hasToString("'PL2'!A1");
        assertThat(new CellLocation("R1C1", 0, 0)).hasToString("'R1C1'!A1");
        assertThat(new CellLocation("Phu_luc.2", 0, 0)).hasToString("Phu_luc.2!A1");
        assertThat(new CellLocation("", 0, 0)).hasToString("A1");
        for (String sheet : List.of("Phụ lục II", "Sheet1", "Bảng 'A'", "x!y", "PL2", " lề ")) {
            for (int[] rc : new int[][] {{0, 0}, {10, 3}, {1_048_575, 16_383}, {65_535, 255}, {99, 701}, {5, 702}}) {
                CellLocation at = new CellLocation(sheet, rc[0], rc[1]);
                assertThat(at.ref()).isEqualTo(new CellReference(rc[0], rc[1]).formatAsString(false));
                assertThat(CellLocation.parse(at.toString())).as(at.toString()).contains(at);
            }
        }
    }

    @Test
    void areasOfFindingsAsLenientlyAsTheyCome() {
        assertThat(Area.parse("$D$11", "Phụ lục II"))
                .contains(new Area(Shape.CELL, "Phụ lục II", 10, 3, 10, 3));
        assertThat(Area.parse("F13:D12", "Phụ lục II"))
                .contains(new Area(Shape.RANGE, "Phụ lục II", 11, 3, 12, 5));
        assertThat(Area.parse("F13:D12", "Phụ lục II").map(Area::toString)).contains("'Phụ lục II'!D12:F13");
        assertThat(Area.parse("12:11", "S")).contains(new Area(Shape.ROWS, "S", 10, 0, 11, 0));
        assertThat(Area.parse("'Khác'!E14", "Phụ lục II")).contains(new Area(Shape.CELL, "Khác", 13, 4, 13, 4));
        assertThat(Area.parse("D11", "")).isEmpty(); // no sheet anywhere
        for (String no : new String[] {"D", "D:F", "Tên", "0", "A0:B2", ""}) {
            assertThat(Area.parse(no, "S")).as(no).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aFactKeepsTheTextAndGivesItsPlace() {
        Fact f = new Fact("U", "H.1", "Tỷ lệ", Measure.of(MeasureKind.CURRENT), null, "'Phụ lục II'!D11");
        assertThat(f.sheet()).isEqualTo("Phụ lục II");
        assertThat(f.ref()).isEqualTo("D11");
        Fact byHand = new Fact("U", "H.1", "Tỷ lệ", Measure.of(MeasureKind.CURRENT), null, "dòng 11");
        assertThat(byHand.sheet()).isEmpty();
        assertThat(byHand.ref()).isEqualTo("dòng 11");
    }

    /** The reference and the sheet names are read by hand, not by the patterns they were: the same answers. */
    @Test
    void readsByHandWhatThePatternsRead() {
        java.util.regex.Pattern one = java.util.regex.Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
        java.util.regex.Pattern referenceLike = java.util.regex.Pattern.compile("(?i)[A-Z]{1,3}\\d+|R\\d*C?\\d*|C\\d*");
        String[] refs = {"D11", "$D$11", "d11", " D11 ", "$$D11", "D$$11", "ABC1", "ABCD1", "A1234567", "A12345678",
            "A0", "A00", "A012", "$A", "11", "A", "", " ", "A1B", "Đ1", "A١", "AB$", "$1", "zz9999999", "A-1", "A 1",
            "A1\u00A0", "\u2007A1"};
        for (String ref : refs) {
            java.util.regex.Matcher m = one.matcher(ref.strip());
            Optional<CellLocation> expected = !m.matches() || Integer.parseInt(m.group(2)) == 0 ? Optional.empty()
                    : Optional.of(new CellLocation("S", Integer.parseInt(m.group(2)) - 1,
                            CellReference.convertColStringToIndex(m.group(1).toUpperCase(java.util.Locale.ROOT))));
            assertThat(CellLocation.of("S", ref)).as(ref).isEqualTo(expected);
        }
        // one sheet after another, each read back whatever was read before it
        String[][] cells = {{"'Phụ lục'!A1", "Phụ lục"}, {"'Phụ lục'x!A1", "'Phụ lục'x"}, {"'Phụ lục'!B2", "Phụ lục"},
            {"'A''B'!C1", "A'B"}, {"'A'!C1", "A"}, {"Sheet1!C1", "Sheet1"}, {"'A'!C1", "A"}, {"'Phụ lục'!A1", "Phụ lục"}};
        for (String[] c : cells) {
            assertThat(CellLocation.parse(c[0]).map(CellLocation::sheet)).as(c[0]).contains(c[1]);
        }
        String[] sheets = {"Sheet1", "_x", "x.y", "1a", "a b", "Phụ lục II", "PL2", "R1C1", "C", "R", "", ".a", "a-b",
            "Bảng 'A'", "ABC", "ABCD1", "Sheet1", "Phụ lục II", "Sheet1"};
        for (String sheet : sheets) {
            boolean bare = plain.matcher(sheet).matches() && !referenceLike.matcher(sheet).matches();
            assertThat(CellLocation.quote(sheet)).as(sheet)
                    .isEqualTo(bare ? sheet : "'" + sheet.replace("'", "''") + "'");
        }
    }
}
