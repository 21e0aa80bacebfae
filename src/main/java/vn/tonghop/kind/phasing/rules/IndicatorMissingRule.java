package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/** INDICATOR_MISSING: a catalogue indicator with no row in a read submission. */
final class IndicatorMissingRule extends AbstractRule {

    private final IndicatorCatalogue catalogue;

    IndicatorMissingRule(IndicatorCatalogue catalogue) {
        super("INDICATOR_MISSING", Severity.ERROR);
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(Submission s, RuleContext ctx) {
        if (s.outcome() != FileOutcome.READ) {
            return List.of();
        }
        Set<String> present = new HashSet<>();
        for (Fact f : s.facts()) {
            if (f.indicatorCode() != null) {
                present.add(f.indicatorCode());
            }
        }
        List<Finding> out = null;
        for (Indicator ind : catalogue.indicators()) {
            if (present.contains(ind.code())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            String group = ind.group() == null || ind.group().isBlank() ? "" : ", nhóm «" + ind.group() + "»";
            out.add(at(s, s.sheets(), "", ctx, "Thiếu chỉ tiêu «" + ind.name() + "» (" + ind.code() + ", mục "
                    + section(ind) + group + "): bảng không có dòng nào cho chỉ tiêu này. Đề nghị bổ sung dòng "
                    + "theo đúng mẫu và tên chỉ tiêu trong danh mục.", ""));
        }
        return out == null ? List.of() : out;
    }

    private static String section(Indicator ind) {
        return switch (ind.section()) {
            case CENTRAL -> "I. Trung ương";
            case PROVINCE -> "II. Tỉnh";
            case LOCAL -> "III. Huyện";
        };
    }
}
