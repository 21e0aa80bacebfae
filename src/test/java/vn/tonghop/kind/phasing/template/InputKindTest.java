package vn.tonghop.kind.phasing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.Aggregation;
import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.domain.Section;

/**
 * The validation formulas accept what clerks write and refuse what is wrong, evaluated by POI's
 * formula engine (TemplateLibreOfficeTest has LibreOffice evaluate the same formula).
 */
class InputKindTest {

    @Test
    void percentAcceptsACommaOrAPointAComparatorOrNotAssessedAndRefusesOutOfRange() {
        assertThat(evaluate(InputKind.PERCENT, "99,5", "99.5", 99.5, "0,05", "1,5", 100.0, 0.0, "< 0,20", "> 99",
                "Chưa đánh giá")).containsOnly(true);
        assertThat(evaluate(InputKind.PERCENT, "105", 101.0, "-5", -0.5, "150,5", "abc", "đạt")).containsOnly(false);
    }

    @Test
    void numberAcceptsNonNegativeNumbersTypedEitherWay() {
        assertThat(evaluate(InputKind.NUMBER, 1.0, "2,5", "2.5", 250.0, "Chưa đánh giá")).containsOnly(true);
        assertThat(evaluate(InputKind.NUMBER, -1.0, "-2,5", "nhiều")).containsOnly(false);
    }

    @Test
    void rankWantsAPositionOverATotal() {
        assertThat(evaluate(InputKind.RANK, "5/20", "07/19")).containsOnly(true);
        assertThat(evaluate(InputKind.RANK, "5", "hạng năm")).containsOnly(false);
    }

    @Test
    void formulasFitExcelsLimitEvenFarDownTheSheet() {
        for (InputKind k : List.of(InputKind.PERCENT, InputKind.NUMBER, InputKind.RANK)) {
            assertThat(k.formula("XFD1048576")).hasSizeLessThanOrEqualTo(InputKind.MAX_FORMULA);
        }
    }

    @Test
    void aSchoolAnswersWhatTheIndicatorIsAUnitAboveWhatConsolidationMakesOfIt() {
        Indicator yesNo = indicator(IndicatorKind.YES_NO, "%", Aggregation.SHARE);
        Indicator rank = indicator(IndicatorKind.RANK, "Xếp hạng", Aggregation.LIST);
        Indicator count = indicator(IndicatorKind.COUNT, "ĐV", Aggregation.SUM);
        Indicator level = indicator(IndicatorKind.LEVEL, "", Aggregation.MEAN);
        assertThat(List.of(InputKind.of(yesNo, false, false), InputKind.of(rank, false, false), InputKind.of(count, false, false),
                InputKind.of(level, false, false))).containsExactly(InputKind.YES_NO, InputKind.RANK, InputKind.COUNT,
                InputKind.LEVEL);
        assertThat(List.of(InputKind.of(yesNo, true, false), InputKind.of(rank, true, false), InputKind.of(count, true, false),
                InputKind.of(level, true, false))).containsExactly(InputKind.PERCENT, InputKind.RANK, InputKind.COUNT,
                InputKind.NUMBER);
    }

    private static Indicator indicator(IndicatorKind kind, String unit, Aggregation aggregation) {
        return new Indicator("X", Section.CENTRAL, "", "x", List.of(), unit, kind, GoodDirection.HIGHER, aggregation,
                false);
    }

    /** Each value in A, the kind's formula on it in B, evaluated. */
    private static List<Boolean> evaluate(InputKind kind, Object... values) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet();
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            List<Boolean> out = new java.util.ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                Row row = s.createRow(i);
                if (values[i] instanceof Double d) {
                    row.createCell(0).setCellValue(d);
                } else {
                    row.createCell(0).setCellValue((String) values[i]);
                }
                Cell f = row.createCell(1);
                f.setCellFormula(kind.formula("A" + (i + 1)));
                out.add(ev.evaluate(f).getBooleanValue());
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
