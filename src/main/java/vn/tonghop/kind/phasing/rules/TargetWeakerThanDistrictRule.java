package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Strength;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.Texts;

import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.Submission;

/**
 * TARGET_WEAKER_THAN_DISTRICT: the unit's own target is definitely weaker than the district's quota in
 * the same row, in the indicator's good direction.
 */
final class TargetWeakerThanDistrictRule extends RowRule {

    TargetWeakerThanDistrictRule(IndicatorCatalogue catalogue) {
        super("TARGET_WEAKER_THAN_DISTRICT", Severity.ERROR, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Fact own = row.unit();
        Fact district = row.district();
        if (own == null || district == null || !Strength.weaker(own.value(), district.value(), row.indicator())) {
            return;
        }
        out.add(at(s, own, ctx, row.label() + ": " + Texts.column(own.measure()) + " " + Texts.shown(own.value())
                + " " + Texts.worse(row.indicator(), own.value()) + " " + Texts.column(district.measure()) + " "
                + Texts.shown(district.value()) + " (ô " + district.ref()
                + ")" + Texts.directionNote(row.indicator()) + ". Chỉ tiêu của đơn vị phải ít nhất bằng chỉ tiêu "
                + "được giao. Đề nghị nâng chỉ tiêu của đơn vị hoặc kiểm tra lại chỉ tiêu Huyện giao."));
    }
}
