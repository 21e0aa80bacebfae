package vn.tonghop.kind.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.implementation.reading.ReportColumn;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.kind.implementation.reading.ReportScanner;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.kind.implementation.rules.ImplementationChecks;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.samples.ImplementationReportSamples;

/**
 * Seed {@code 003_…}, cell for cell ({@link ImplementationReportSamples#SEED}): read row for row, the rows
 * cut by page breaks joined again, and checked: the report number and date left blank, and the three rows
 * whose done column says the work was not done while «chưa triển khai» says «Không có» (3.2, 3.3, 3.6).
 */
class SeedImplementationReportTest {

    static ReportTable seedTable(Workbook wb) {
        SheetGrid grid = SheetGrid.of(wb.getSheetAt(0), new DataFormatter(), new SheetGrid.WorkbookBudget());
        List<ReportTable> tables = new ReportScanner(null).scan(grid);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void theSeedsReportIsReadRowForRowWithItsPageBreaksJoined() throws Exception {
        try (Workbook wb = ImplementationReportSamples.seed()) {
            ReportTable t = seedTable(wb);

            assertThat(t.headerCell()).isEqualTo("A7");
            assertThat(t.period()).isEqualTo("2022-2023");
            assertThat(t.columns()).containsExactlyInAnyOrder(ReportColumn.PLAN_MADE, ReportColumn.PLAN_ADJUSTED,
                    ReportColumn.DONE, ReportColumn.UNDER_WAY, ReportColumn.NOT_STARTED, ReportColumn.NOTE);
            assertThat(t.rows()).extracting(ReportRow::code, ReportRow::label, ReportRow::labelCell).containsExactly(
                    tuple("1.4", "Tiêu chí 1.4", "B11"), tuple("1.7", "Tiêu chí 1.7", "B14"),
                    tuple("2.1", "Tiêu chí 2.1", "B18"), tuple("3.2", "Tiêu chí 3.2", "B22"),
                    tuple("3.3", "Tiêu chí 3.3", "B23"), tuple("3.6", "Tiêu chí 3.6", "B26"),
                    tuple("4.1", "Tiêu chí 4.1", "B28"), tuple("4.2", "Tiêu chí 4.2", "B31"),
                    tuple("5.4", "Tiêu chí 5.4", "B35"), tuple("5.6", "Tiêu chí 5.6", "B36"));
            ReportRow r14 = t.rows().get(0);
            assertThat(r14.cell(ReportColumn.PLAN_MADE).text()).startsWith("Nhà trường có 6 tổ chuyên môn, trong đó có 02 "
                    + "tổ ghép và 1 tổ văn phòng").endsWith("tách tổ ghép khi đủ nhân sự.");
            assertThat(r14.cell(ReportColumn.DONE).text()).contains("giám sát hoạt động tổ chuyên môn theo đúng Điều lệ");
            assertThat(r14.cell(ReportColumn.DONE).ref()).isEqualTo("E11");
            assertThat(r14.cell(ReportColumn.PLAN_ADJUSTED).text()).isEqualTo("Không có");
            assertThat(r14.cell(ReportColumn.NOT_STARTED).text()).isEmpty();
            assertThat(r14.cell(ReportColumn.NOT_STARTED).ref()).isEqualTo("G11");
            // 4.2's done text goes on alone on the next page; 5.6's plan and done both
            assertThat(t.rows().get(7).cell(ReportColumn.DONE).text()).endsWith("Bà mẹ VNAH ở địa phương khác nhau.");
            assertThat(t.rows().get(9).cell(ReportColumn.PLAN_MADE).text()).endsWith("trở lại trường.");
            assertThat(t.rows().get(9).cell(ReportColumn.DONE).text()).endsWith("không có điều kiện tiếp tục đi học");
            assertThat(t.number().filled()).isFalse();
            assertThat(t.number().cell()).isEqualTo("A5");
            assertThat(t.number().typed()).isEqualTo("/BC-T...");
            assertThat(t.date().filled()).isFalse();
            assertThat(t.date().typed()).isEqualTo("ngày tháng ... năm");
        }
    }

    @Test
    void howEachSeedRowStands() throws Exception {
        try (Workbook wb = ImplementationReportSamples.seed()) {
            ReportTable t = seedTable(wb);

            assertThat(t.rows()).extracting(ReportRow::code, Progress::of).containsExactly(
                    tuple("1.4", Progress.UNDER_WAY), tuple("1.7", Progress.DONE), tuple("2.1", Progress.UNDER_WAY),
                    tuple("3.2", Progress.UNCLEAR), tuple("3.3", Progress.UNCLEAR), tuple("3.6", Progress.UNCLEAR),
                    tuple("4.1", Progress.DONE), tuple("4.2", Progress.DONE), tuple("5.4", Progress.DONE),
                    tuple("5.6", Progress.DONE));
        }
    }

    @Test
    void theSeedsMistakesAreFoundAtTheirCellsAndNothingElse() throws Exception {
        try (Workbook wb = ImplementationReportSamples.seed()) {
            ReportTable t = seedTable(wb);

            List<Finding> findings = new ImplementationChecks(null).check(t, null, "bao_cao.xlsx", "SEED");

            assertThat(findings).extracting(Finding::rule, Finding::cell, Finding::severity).containsExactly(
                    tuple("REPORT_NUMBER_MISSING", "A5", Severity.WARNING),
                    tuple("REPORT_DATE_MISSING", "A5", Severity.WARNING),
                    tuple("REPORT_ROW_CONTRADICTORY", "E22", Severity.WARNING),
                    tuple("REPORT_ROW_CONTRADICTORY", "E23", Severity.WARNING),
                    tuple("REPORT_ROW_CONTRADICTORY", "E26", Severity.WARNING));
            assertThat(findings.get(0).message()).isEqualTo("Chưa ghi số của báo cáo: dòng «(Kèm theo Báo cáo số /BC-T..., "
                    + "ngày tháng ... năm của trường)» để trống số. Ghi số báo cáo (ví dụ «Kèm theo Báo cáo số "
                    + "12/BC-THCS»).");
            assertThat(findings.get(2).message()).startsWith("Tiêu chí 3.2: cột «Những công việc đã triển khai xong» (ô "
                    + "E22) ghi công việc chưa thực hiện («Nhà trường đã tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế "
                    + "hoạch xây dựng trường nhưng vì lý do khách quan chưa thực hiện kế hoạch xây dựng.») trong khi cột "
                    + "«Những công việc chưa triển khai» (ô G22) ghi «Không có».");
        }
    }

    @Test
    void theFactsGiveTheSameTableAndTheSameFindingsBack() throws Exception {
        try (Workbook wb = ImplementationReportSamples.seed()) {
            ReportTable t = seedTable(wb);

            List<Fact> facts = ImplementationFacts.of(t, "SEED");
            ReportTable back = ImplementationFacts.table(facts, t.period());

            assertThat(facts).filteredOn(f -> f.measure().code().equals("report_row")).hasSize(10);
            assertThat(facts).filteredOn(f -> f.measure().code().equals("done")).extracting(Fact::cell)
                    .contains("'Báo cáo'!E22");
            assertThat(facts).filteredOn(f -> f.measure().code().equals("plan_adjusted"))
                    .allMatch(f -> f.value().normalized().equals("Không"));
            assertThat(back.rows()).isEqualTo(t.rows());
            assertThat(back.number()).isEqualTo(t.number());
            assertThat(back.date()).isEqualTo(t.date());
            assertThat(new ImplementationChecks(null).check(back, null, "f", "SEED"))
                    .isEqualTo(new ImplementationChecks(null).check(t, null, "f", "SEED"));
        }
    }
}
