package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/**
 * The table's rows against the catalogue: REQUIRED_VALUE_MISSING, INDICATOR_MISSING,
 * INDICATOR_DUPLICATED, INDICATOR_UNKNOWN, INDICATOR_NAME_APPROXIMATE.
 */
class IndicatorRulesTest {

    private static final RuleContext CTX = Fixtures.context();

    /** Every catalogue indicator with its required cells filled, except those a test leaves out. */
    private static Fixtures.Builder complete(String... except) {
        Fixtures.Builder b = Fixtures.submission();
        int row = 9;
        for (var ind : Fixtures.CATALOGUE.indicators()) {
            if (!List.of(except).contains(ind.code())) {
                String v = switch (ind.code()) {
                    case "RANK" -> "5/20";
                    case "YN" -> "Có";
                    default -> "1";
                };
                b.row(row, ind.code(), "current=" + v, "target_unit=" + v, "phase_2025=" + v);
            }
            row++;
        }
        return b;
    }

    @Test
    void requiredCellsLeftEmpty() {
        Submission s = Fixtures.submission()
                .row(34, "PCT", "current=4,76", "target_district=1,00", "target_unit=", "phase_2024=",
                        "phase_2025=1,00")
                .row(42, "NUM", "current=--", "target_district=", "target_unit=1", "phase_2025=1")
                .row(51, "YN", "current=Chưa", "target_unit=Có", "phase_2024=Có", "phase_2025=")
                .row(60, null, "current=", "target_unit=", "phase_2025=")
                .build();

        List<Finding> found = new RequiredValueMissingRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(
                        tuple("REQUIRED_VALUE_MISSING", "G34", Severity.ERROR, ""),
                        tuple("REQUIRED_VALUE_MISSING", "D42", Severity.ERROR, "--"),
                        tuple("REQUIRED_VALUE_MISSING", "K51", Severity.ERROR, ""));
        assertThat(found.get(0).message()).contains("Tỷ lệ hoàn thành cấp học", "(PCT)", "chỉ tiêu của đơn vị");
        assertThat(found.get(1).message()).contains("Đổi mới về quản lý giáo dục", "hiện trạng");
        assertThat(found.get(2).message()).contains("phân kỳ năm 2025");
    }

    @Test
    void indicatorWithoutARow() {
        Submission s = complete("NUM", "RANK").build();

        List<Finding> found = new IndicatorMissingRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::sheet, Finding::cell, Finding::severity)
                .containsExactly(
                        tuple("INDICATOR_MISSING", "Phụ lục II", "", Severity.ERROR),
                        tuple("INDICATOR_MISSING", "Phụ lục II", "", Severity.ERROR));
        assertThat(found.get(0).message()).contains("«Xếp hạng Hội khỏe Phù Đổng»", "RANK", "II. Tỉnh");
        assertThat(found.get(1).message()).contains("«Đổi mới về quản lý giáo dục»", "NUM");
        assertThat(new IndicatorMissingRule(Fixtures.CATALOGUE).check(complete().build(), CTX)).isEmpty();
    }

    @Test
    void aFileNotReadMissesNoIndicator() {
        Submission s = Fixtures.failed("x.xlsx", FileOutcome.NO_TABLE, "Không có bảng.");
        assertThat(new IndicatorMissingRule(Fixtures.CATALOGUE).check(s, CTX)).isEmpty();
    }

    @Test
    void indicatorOnTwoRows() {
        Submission s = Fixtures.submission()
                .row(12, "PCT", "current=90", "target_unit=100")
                .row(13, "DROP", "current=1", "target_unit=0")
                .row(15, "PCT", "current=91", "target_unit=100")
                .build();

        List<Finding> found = new IndicatorDuplicatedRule(Fixtures.CATALOGUE).check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity)
                .containsExactly(tuple("INDICATOR_DUPLICATED", "D15", Severity.ERROR));
        assertThat(found.get(0).message()).contains("Tỷ lệ hoàn thành cấp học", "dòng 12", "dòng 15");
    }

    @Test
    void unmatchedRowAtItsNameCell() {
        Submission s = Fixtures.submission()
                .row(39, null, "current=45", "target_unit=70")
                .note(39, ReadingNote.Code.UNMATCHED_ROW, "Dòng «Dòng lạ 39» không khớp.")
                .note(40, ReadingNote.Code.APPROXIMATE_NAME, "Tên «Ty le hoan thanh» được hiểu là chỉ tiêu «Tỷ lệ hoàn thành cấp học».")
                .build();

        List<Finding> found = new IndicatorUnknownRule().check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::sheet, Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(tuple("INDICATOR_UNKNOWN", "Phụ lục II", "B39", Severity.WARNING, "Dòng lạ 39"));
        assertThat(found.get(0).message()).contains("«Dòng lạ 39»", "không được tổng hợp", "Đề nghị");
    }

    @Test
    void approximateNameIsInformation() {
        Submission s = Fixtures.submission()
                .note(40, ReadingNote.Code.APPROXIMATE_NAME, "Tên «Ty le hoan thanh» được hiểu là chỉ tiêu «Tỷ lệ hoàn thành cấp học».")
                .note(39, ReadingNote.Code.UNMATCHED_ROW, "Dòng «x» không khớp.")
                .build();

        List<Finding> found = new IndicatorNameApproximateRule().check(s, CTX);

        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::severity)
                .containsExactly(tuple("INDICATOR_NAME_APPROXIMATE", "B40", Severity.INFO));
        assertThat(found.get(0).message()).contains("«Ty le hoan thanh»", "«Tỷ lệ hoàn thành cấp học»", "đề nghị");
    }
}
