package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonghop.domain.Fact;

/** Each layout variation of sample-workbooks/ (see its README) read as the clerk meant it. */
class SampleWorkbooksReadingTest {

    private static final SubmissionReader READER = SampleOffice.reader();

    private static Submission read(String file) {
        return READER.read(Path.of("sample-workbooks", file));
    }

    private static Fact fact(Submission s, String indicator, String measure) {
        return s.facts().stream()
                .filter(f -> Objects.equals(f.indicatorCode(), indicator) && f.measure().code().equals(measure))
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + indicator + " " + measure));
    }

    private static Set<String> indicators(Submission s) {
        return s.facts().stream().map(Fact::indicatorCode).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} -> {1}, {2} indicators")
    @CsvSource(textBlock = """
            TH_PhuLoc_phan_ky_chi_tieu.xlsx,    87715001, 22, Phụ lục II
            TH_BinhMinh_phan_ky_chi_tieu.xlsx,  87715002, 22, Biểu 02
            TH_AnHoa_phan_ky_chi_tieu.xlsx,     87715003, 22, Phụ lục II
            TH_TanPhuA_phan_ky_chi_tieu.xlsx,   87715004, 22, Phụ lục II
            TH_LongKhanh_phan_ky_chi_tieu.xls,  87715005, 22, Phụ lục II
            TH_HoaAn_phan_ky_chi_tieu.xlsx,     87715006, 21, Phụ lục II
            TH_MyXuan_phan_ky_chi_tieu.xlsx,    87715007, 22, Phụ lục II
            87715008_phan_ky.xlsx,              87715008, 22, Phụ lục II
            TH_VinhXuan_phan_ky_chi_tieu.xlsx,  87715010, 22, Phụ lục II
            """)
    void readsEverySchoolOfTheDistrict(String file, String unit, int indicatorCount, String sheet) {
        Submission s = read(file);
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(s.unitCode()).isEqualTo(unit);
        assertThat(s.period()).isEqualTo("2022-2025");
        assertThat(s.sheets()).isEqualTo(sheet);
        assertThat(indicators(s)).hasSize(indicatorCount);
    }

    @Test
    void textNumbersWithDecimalCommaOnASecondSheet() {
        Submission s = read("TH_BinhMinh_phan_ky_chi_tieu.xlsx");
        Fact f = fact(s, "TW.1.a", "current");
        assertThat(f.value().raw()).isEqualTo("99,50");
        assertThat(f.value().normalized()).isEqualTo("99.5");
        assertThat(f.cell()).startsWith("'Biểu 02'!");
        assertThat(s.notes()).isEmpty(); // notes and signatures under the table are not indicators
    }

    @Test
    void percentFormattedAndFormulaCellsByTheirCachedValues() {
        Submission s = read("TH_AnHoa_phan_ky_chi_tieu.xlsx");
        assertThat(fact(s, "TW.1.b", "target_district").value().normalized()).isEqualTo("95");
        assertThat(fact(s, "TW.1.b", "target_district").cell()).isEqualTo("'Phụ lục II'!F10");
        Fact phase2025 = fact(s, "TW.1.c", "phase_2025");
        assertThat(phase2025.value().kind().name()).isEqualTo("PERCENT");
        assertThat(phase2025.value().normalized()).isEqualTo(fact(s, "TW.1.c", "target_unit").value().normalized());
    }

    @Test
    void extraEmptyColumnAndNameSplitOverTwoRows() {
        Submission s = read("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        assertThat(s.notes()).isEmpty();
        assertThat(fact(s, "T.5", "current").value().isEmpty()).isFalse();
        assertThat(fact(s, "TW.1.dd", "phase_2025").cell()).isEqualTo("'Phụ lục II'!L13");
        assertThat(fact(s, "TW.1.dd", "phase_2025").value().normalized()).isEqualTo("98");
    }

    @Test
    void legacyXlsWithOtherHeaderWords() {
        Submission s = read("TH_LongKhanh_phan_ky_chi_tieu.xls");
        assertThat(fact(s, "TW.1.c", "phase_2024").value().normalized()).isEqualTo("104");
        assertThat(fact(s, "TW.1.c", "phase_2024").cell()).isEqualTo("'Phụ lục II'!J11");
    }

    @Test
    void decomposedUnicodeLabelsMatchAndTheUnknownRowIsKept() {
        Submission s = read("TH_MyXuan_phan_ky_chi_tieu.xlsx");
        assertThat(s.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReadingNote.Code.UNMATCHED_ROW);
            assertThat(n.message()).contains("Tỷ lệ học sinh biết bơi");
        });
        // the unknown row's 8 cells (the caption's plan number and date are no row)
        assertThat(s.facts().stream().filter(f -> f.indicatorCode() == null && !f.measure().code().startsWith("plan_")))
                .hasSize(8)
                .allSatisfy(f -> assertThat(f.rowName()).isEqualTo("Tỷ lệ học sinh biết bơi"));
    }

    @Test
    void schoolKnownOnlyFromTheFileName() {
        assertThat(read("87715008_phan_ky.xlsx").unitCode()).isEqualTo("87715008");
    }

    @Test
    void brokenFilesGetAReasonAClerkUnderstands() {
        assertThat(read("BinhMinh_ban_hong.xlsx").reason()).contains("hỏng");
        assertThat(read("LongKhanh_co_mat_khau.xlsx").reason()).contains("mật khẩu");
        assertThat(read("PhuLoc_ke_hoach_cai_tien.xlsx").reason()).contains("Không tìm thấy bảng phân kỳ");
        Submission unknown = read("TH_HongNgu9_phan_ky.xlsx");
        assertThat(unknown.outcome()).isEqualTo(FileOutcome.UNKNOWN_UNIT);
        assertThat(unknown.reason()).contains("«Trường Tiểu học Hồng Ngự 9»");
    }
}
