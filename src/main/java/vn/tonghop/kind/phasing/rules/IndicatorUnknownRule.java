package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/**
 * INDICATOR_UNKNOWN: a row with values whose name matches no catalogue indicator (the reader's
 * UNMATCHED_ROW note). The row is kept but not consolidated.
 */
final class IndicatorUnknownRule extends AbstractRule {

    IndicatorUnknownRule() {
        super("INDICATOR_UNKNOWN", Severity.WARNING);
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        List<Finding> out = null;
        for (ReadingNote n : s.notes()) {
            if (n.code() != ReadingNote.Code.UNMATCHED_ROW) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            String name = NoteRows.rowName(s, n);
            String message = name == null ? n.message()
                    : "Dòng «" + name + "» không khớp với chỉ tiêu nào trong danh mục nên không được tổng hợp "
                    + "(giá trị của dòng vẫn được lưu). Đề nghị dùng đúng tên chỉ tiêu theo mẫu, hoặc bỏ dòng "
                    + "này nếu đây không phải chỉ tiêu được giao.";
            out.add(at(s, n.sheet(), n.cell(), ctx, message, name == null ? "" : name));
        }
        return out == null ? List.of() : out;
    }
}
