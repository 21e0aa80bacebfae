package vn.tonghop.template;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;

/**
 * The rows a criteria template lists, in the circular's order: each standard's row ({@code Tiêu chuẩn 1:
 * Tổ chức và quản lý nhà trường}) before its criteria. The three criteria kinds' templates share it, so a
 * school sees its catalogue the same way in each.
 */
public final class CriteriaRows {

    /** A standard's row ({@code criterion} null) or a criterion's. */
    public record Line(int standard, String standardTitle, Criterion criterion) {

        public boolean isStandard() {
            return criterion == null;
        }

        /** {@code Tiêu chuẩn 1: Tổ chức và quản lý nhà trường} (without a title when the catalogue has none). */
        public String standardLabel() {
            return "Tiêu chuẩn " + standard + (standardTitle.isEmpty() ? "" : ": " + standardTitle);
        }

        /** {@code Tiêu chí 1.1: Phương hướng, chiến lược…} */
        public String criterionLabel() {
            return "Tiêu chí " + criterion.code() + ": " + criterion.title();
        }
    }

    private CriteriaRows() {
    }

    public static List<Line> of(CriteriaCatalogue catalogue) {
        List<Line> lines = new ArrayList<>();
        Integer standard = null;
        for (Criterion c : catalogue.criteria()) {
            if (standard == null || standard != c.standard()) {
                standard = c.standard();
                lines.add(new Line(c.standard(), c.standardTitle(), null));
            }
            lines.add(new Line(c.standard(), c.standardTitle(), c));
        }
        return lines;
    }
}
