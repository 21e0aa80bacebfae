package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/** INDICATOR_NAME_APPROXIMATE: a name matched with typos (the reader's APPROXIMATE_NAME note). */
final class IndicatorNameApproximateRule extends AbstractRule {

    IndicatorNameApproximateRule() {
        super("INDICATOR_NAME_APPROXIMATE", Severity.INFO);
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        List<Finding> out = null;
        for (ReadingNote n : s.notes()) {
            if (n.code() != ReadingNote.Code.APPROXIMATE_NAME) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            String name = NoteRows.rowName(s, n);
            out.add(at(s, n.sheet(), n.cell(), ctx, n.message()
                    + " Nếu đúng, đề nghị sửa tên theo danh mục chỉ tiêu; nếu sai, đề nghị báo lại.",
                    name == null ? "" : name));
        }
        return out == null ? List.of() : out;
    }
}
