package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import java.util.List;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * A file that was not read: one finding with the reader's reason. One instance per outcome, each with
 * its own code: UNKNOWN_UNIT, FILE_UNREADABLE, FILE_ENCRYPTED, FILE_UNSUPPORTED, FILE_OVERSIZED,
 * FILE_NO_TABLE.
 */
public final class FileOutcomeRule extends AbstractRule {

    public static final List<FileOutcomeRule> ALL = List.of(
            new FileOutcomeRule("UNKNOWN_UNIT", FileOutcome.UNKNOWN_UNIT,
                    "Không xác định được đơn vị gửi tệp trong danh mục đơn vị. Đề nghị ghi đúng tên trường ở "
                            + "tiêu đề bảng hoặc đặt mã trường vào tên tệp."),
            new FileOutcomeRule("FILE_UNREADABLE", FileOutcome.UNREADABLE,
                    "Tệp bị hỏng hoặc không phải bảng tính nên không đọc được. Đề nghị đơn vị mở bằng Excel, "
                            + "lưu lại rồi gửi lại."),
            new FileOutcomeRule("FILE_ENCRYPTED", FileOutcome.ENCRYPTED,
                    "Tệp được đặt mật khẩu nên không đọc được. Đề nghị đơn vị gỡ mật khẩu rồi gửi lại."),
            new FileOutcomeRule("FILE_UNSUPPORTED", FileOutcome.UNSUPPORTED_FORMAT,
                    "Định dạng tệp không được hỗ trợ. Đề nghị đơn vị lưu lại dưới dạng .xlsx rồi gửi lại."),
            new FileOutcomeRule("FILE_OVERSIZED", FileOutcome.OVERSIZED,
                    "Tệp vượt quá dung lượng cho phép nên không được mở. Đề nghị đơn vị chỉ gửi bảng phân kỳ."),
            new FileOutcomeRule("FILE_NO_TABLE", FileOutcome.NO_TABLE,
                    "Không tìm thấy bảng phân kỳ thực hiện chỉ tiêu trong tệp. Đề nghị dùng đúng mẫu bảng phân kỳ."));

    private final FileOutcome outcome;
    private final String fallbackReason;

    private FileOutcomeRule(String code, FileOutcome outcome, String fallbackReason) {
        super(code, Severity.ERROR);
        this.outcome = outcome;
        this.fallbackReason = fallbackReason;
    }

    FileOutcome outcome() {
        return outcome;
    }

    static FileOutcomeRule forOutcome(FileOutcome outcome) {
        for (FileOutcomeRule r : ALL) {
            if (r.outcome == outcome) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule for outcome " + outcome);
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        if (s.outcome() != outcome) {
            return List.of();
        }
        String reason = s.reason() == null || s.reason().isBlank() ? fallbackReason : s.reason();
        return List.of(at(s, "", "", ctx, reason, ""));
    }
}
