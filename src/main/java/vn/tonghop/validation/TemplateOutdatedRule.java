package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import java.math.BigInteger;
import java.util.List;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * TEMPLATE_OUTDATED: a file made from a template version other than the one the office hands out now
 * (an older one, typically: the catalogue, a quota or the period may have changed since). The file is
 * read all the same; the clerk is asked to move the figures to the current template.
 */
public final class TemplateOutdatedRule extends AbstractRule {

    public TemplateOutdatedRule() {
        super("TEMPLATE_OUTDATED", Severity.WARNING);
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        String file = s.templateVersion() == null ? null : s.templateVersion().strip();
        String now = ctx.templateVersion();
        if (s.outcome() != FileOutcome.READ || file == null || now == null || file.equals(now)) {
            return List.of();
        }
        Integer order = compare(file, now);
        String how = order != null && order < 0 ? "cũ hơn mẫu hiện hành" : "khác mẫu hiện hành";
        return List.of(at(s, s.sheets(), "", ctx, "Tệp được lập từ mẫu nhập liệu phiên bản «" + file + "», " + how
                + " (phiên bản «" + now + "»): danh mục chỉ tiêu, chỉ tiêu được giao hoặc giai đoạn có thể đã "
                + "thay đổi. Số liệu vẫn được đọc. Đề nghị chép số liệu sang mẫu mới nhất đã nhận rồi gửi lại.",
                file));
    }

    /**
     * Dotted versions compared number by number ({@code 2023.2} before {@code 2023.10}); null when
     * either is not made of numbers.
     */
    public static Integer compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i].strip() : "0";
            String q = i < y.length ? y[i].strip() : "0";
            if (!p.matches("\\d{1,18}") || !q.matches("\\d{1,18}")) {
                return null;
            }
            int c = new BigInteger(p).compareTo(new BigInteger(q));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
