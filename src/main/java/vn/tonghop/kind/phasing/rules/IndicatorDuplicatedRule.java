package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;

/**
 * INDICATOR_DUPLICATED: an indicator matched by more than one row. Each row after the first gets a
 * finding at its first value cell, naming the row that came first.
 */
final class IndicatorDuplicatedRule extends RowRule {

    IndicatorDuplicatedRule(IndicatorCatalogue catalogue) {
        super("INDICATOR_DUPLICATED", Severity.ERROR, catalogue);
    }

    @Override
    public List<Finding> check(Submission s, List<IndicatorRow> rows, RuleContext ctx) {
        Map<String, IndicatorRow> first = null;
        List<Finding> out = null;
        for (IndicatorRow row : rows) {
            if (row.indicator() == null) {
                continue;
            }
            if (first == null) {
                first = new HashMap<>();
            }
            IndicatorRow earlier = first.putIfAbsent(row.indicator().code(), row);
            Fact at = row.firstFact();
            if (earlier == null || at == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(at(s, at, ctx, "Chỉ tiêu " + row.label() + " được ghi ở hai dòng: dòng " + earlier.row()
                    + " («" + earlier.rowName() + "») và dòng " + row.row() + " («" + row.rowName()
                    + "»). Chỉ một dòng được tổng hợp. Đề nghị giữ một dòng đúng và xóa dòng còn lại."));
        }
        return out == null ? List.of() : out;
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        // not used: duplicates are found across rows, in check(Submission, List, RuleContext)
    }
}
