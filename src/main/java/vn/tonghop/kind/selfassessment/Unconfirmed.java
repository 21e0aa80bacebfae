package vn.tonghop.kind.selfassessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/**
 * What the office's self-assessment folder does not confirm, for the catalogues the schools were read
 * against, said plainly in Vietnamese under the summary's self-assessment sheets: a level rule not checked
 * against the circular is a stand-in, Mức 4 is not computed, catalogue lines not checked against the text
 * (a criteria count believed, an amendment not entered). Nothing is applied silently as if it were the
 * circular's (issue 12: "do not invent it where the circular is not at hand: say so").
 */
final class Unconfirmed {

    private Unconfirmed() {
    }

    static List<String> lines(Collection<CriteriaCatalogue> used, Function<CriteriaCatalogue, LevelRule> rules) {
        List<String> out = new ArrayList<>();
        List<String> standIn = used.stream().filter(c -> rules.apply(c) == null || !rules.apply(c).confirmed())
                .map(CriteriaCatalogue::id).toList();
        if (!standIn.isEmpty()) {
            boolean allEvery = used.stream().map(rules).filter(r -> r != null && !r.confirmed())
                    .allMatch(r -> r.steps().stream().allMatch(s -> s.minCriteria() == null));
            out.add("Lưu ý: mức đạt của trường (Mức 1, 2, 3 ở các trang TĐG) tính theo quy tắc TẠM, KHÔNG phải quy định "
                    + "của thông tư" + (allEvery ? " (trường đạt Mức n khi mọi tiêu chí đạt Mức n trở lên)" : "")
                    + ": điều của thông tư quy định trường đạt Mức 1, 2, 3 chưa có trong tài liệu khi lập tệp "
                    + "tu-danh-gia/quy-tac-muc.csv (bộ " + String.join(", ", standIn) + ": confirmed = no). Vì vậy kết "
                    + "luận của trường khác mức tính được chỉ là cảnh báo. Khi có văn bản, cơ quan ghi số tiêu chí, số "
                    + "điều, khoản vào tệp đó và đặt confirmed = yes.");
        }
        if (used.stream().anyMatch(c -> !c.separateLevels().isEmpty())) {
            out.add("Mức 4 không được tính: thông tư đánh giá Mức 4 riêng, theo bộ tiêu chí Mức 4 chưa có trong "
                    + "tu-danh-gia; dấu Mức 4 ở một tiêu chí là lỗi, tiêu chí đó được tính ở mức cao nhất nó có (Mức 3).");
        }
        for (CriteriaCatalogue c : used) {
            List<Criterion> open = c.criteria().stream().filter(k -> !"yes".equals(k.confirmed())).toList();
            boolean notEntered = c.version() >= 2024
                    && c.criteria().stream().allMatch(k -> k.title2024() == null || k.title2024().isBlank());
            if (open.isEmpty() && !notEntered) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!open.isEmpty()) {
                boolean none = open.stream().noneMatch(k -> "code".equals(k.confirmed()));
                parts.add(open.size() + "/" + c.size() + " tiêu chí chưa đối chiếu đủ với văn bản thông tư ("
                        + describe(open) + ")" + (none && open.size() == c.size() ? ", kể cả số tiêu chí ("
                        + c.size() + ")" : ""));
            }
            if (notEntered) {
                parts.add("nội dung sửa đổi của bản " + c.version() + " chưa được nhập (tên theo bản sửa đổi để trống, "
                        + "các dòng chép nguyên bản 2018)");
            }
            out.add("Bộ tiêu chí " + c.id() + " (Thông tư " + c.circular() + "): " + String.join("; ", parts)
                    + ". Xem tu-danh-gia/README.md.");
        }
        return out;
    }

    /** {@code chỉ đối chiếu mã: 25} / {@code chưa đối chiếu: 27}. */
    private static String describe(List<Criterion> open) {
        return open.stream().collect(Collectors.groupingBy(k -> "code".equals(k.confirmed()) ? "đã đối chiếu mã, chưa "
                        + "đối chiếu tên" : "chưa đối chiếu mã và tên", java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
