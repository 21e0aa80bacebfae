package vn.tonghop.kind.implementation.rules;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.implementation.Progress;
import vn.tonghop.kind.implementation.WorkText;
import vn.tonghop.kind.implementation.reading.ReportCell;
import vn.tonghop.kind.implementation.reading.ReportColumn;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.validation.FindingSink;
import vn.tonghop.validation.ValidationSettings;

/**
 * Checks one school's implementation report on its own ({@link ImplementationRule} codes, Vietnamese
 * messages naming the criterion, the cell and what to do). A severity the office set in
 * {@code tonghop.validation.severity} wins.
 */
public final class ImplementationChecks {

    private final ValidationSettings settings;

    public ImplementationChecks(ValidationSettings settings) {
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** @param catalogue the school's criteria, or null when not known (no criterion is then called unknown by code) */
    public List<Finding> check(ReportTable table, CriteriaCatalogue catalogue, String file, String unitCode) {
        FindingSink<ImplementationRule> sink = new FindingSink<>(settings, ImplementationRule::defaultSeverity, file,
                unitCode, table.sheet());
        if (!table.number().filled()) {
            sink.add(ImplementationRule.REPORT_NUMBER_MISSING, table.number().cell(), table.number().typed(),
                    table.number().found()
                            ? "Chưa ghi số của báo cáo: dòng «" + table.number().line() + "» để trống số. Ghi số báo cáo "
                            + "(ví dụ «Kèm theo Báo cáo số 12/BC-THCS»)."
                            : "Không thấy số của báo cáo mà bảng này kèm theo. Ghi dòng «Kèm theo Báo cáo số …/BC-…, "
                            + "ngày … tháng … năm …» dưới tiêu đề.");
        }
        if (!table.date().filled()) {
            sink.add(ImplementationRule.REPORT_DATE_MISSING, table.date().cell(), table.date().typed(),
                    table.date().found()
                            ? "Chưa ghi đủ ngày của báo cáo: dòng «" + table.date().line() + "» ghi «" + table.date().typed()
                            + "». Ghi đủ ngày, tháng, năm (ví dụ «ngày 25 tháng 5 năm 2023»)."
                            : "Không thấy ngày của báo cáo. Ghi «ngày … tháng … năm …» vào dòng «Kèm theo Báo cáo số …» "
                            + "dưới tiêu đề.");
        }
        for (ReportRow row : table.rows()) {
            if (row.code() == null || catalogue != null && catalogue.byCode(row.code()) == null) {
                sink.add(ImplementationRule.REPORT_CRITERION_UNKNOWN, row.labelCell(), row.label(), row.code() == null
                        ? "Dòng «" + row.label() + "» không ghi tiêu chí nào (tìm theo mã rồi theo tên tiêu chí) nên không "
                        + "đối chiếu được với kế hoạch. Ghi mã tiêu chí, ví dụ «Tiêu chí 1.4»."
                        : "Tiêu chí " + row.code() + " không có trong bộ tiêu chí của Thông tư " + catalogue.circular()
                        + " mà trường áp dụng. Sửa lại mã tiêu chí cho đúng.");
            }
            if (Progress.contradictory(row)) {
                ReportCell done = row.cell(ReportColumn.DONE);
                ReportCell notStarted = row.cell(ReportColumn.NOT_STARTED);
                sink.add(ImplementationRule.REPORT_ROW_CONTRADICTORY, done.ref(), done.text(), row.name()
                        + ": cột «" + ReportColumn.DONE.label() + "» (ô " + done.ref() + ") ghi công việc chưa thực hiện («"
                        + WorkText.quote(done.text(), 160) + "») trong khi cột «" + ReportColumn.NOT_STARTED.label() + "»"
                        + (notStarted.ref().isEmpty() ? "" : " (ô " + notStarted.ref() + ")") + " ghi «"
                        + (notStarted.isBlank() ? "(trống)" : notStarted.text().strip()) + "». Nếu công việc chưa làm "
                        + "xong, chuyển nội dung sang cột «" + ReportColumn.NOT_STARTED.label() + "» (hoặc cột đang triển "
                        + "khai, chậm) và nêu rõ lý do; nếu đã xong, sửa lại nội dung cho đúng. Dòng này chưa được tính là "
                        + "đã triển khai xong.");
            } else if (nothingReported(row)) {
                ReportCell done = row.cell(ReportColumn.DONE);
                sink.add(ImplementationRule.REPORT_ROW_EMPTY, done.ref().isEmpty() ? row.labelCell() : done.ref(),
                        done.text(), row.name() + " không ghi kết quả thực hiện nào (đã xong, đang triển khai hay chậm, "
                                + "chưa triển khai). Ghi kết quả thực hiện kế hoạch của tiêu chí này.");
            }
        }
        return sink.findings();
    }

    private static boolean nothingReported(ReportRow row) {
        return !WorkText.says(row.cell(ReportColumn.DONE).text())
                && !WorkText.says(row.cell(ReportColumn.UNDER_WAY).text())
                && !WorkText.says(row.cell(ReportColumn.NOT_STARTED).text());
    }
}
