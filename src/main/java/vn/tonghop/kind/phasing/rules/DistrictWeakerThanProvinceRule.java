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
 * DISTRICT_WEAKER_THAN_PROVINCE: the district's quota in a row is definitely weaker than the central or
 * provincial quota ("TW, Tỉnh") in the same row, in the indicator's good direction.
 */
final class DistrictWeakerThanProvinceRule extends RowRule {

    DistrictWeakerThanProvinceRule(IndicatorCatalogue catalogue) {
        super("DISTRICT_WEAKER_THAN_PROVINCE", Severity.ERROR, catalogue);
    }

    @Override
    void checkRow(Submission s, IndicatorRow row, RuleContext ctx, List<Finding> out) {
        Fact district = row.district();
        if (district == null) {
            return;
        }
        for (Fact above : new Fact[] {row.central(), row.province()}) {
            if (above != null && Strength.weaker(district.value(), above.value(), row.indicator())) {
                out.add(at(s, district, ctx, row.label() + ": " + Texts.column(district.measure()) + " "
                        + Texts.shown(district.value()) + " " + Texts.worse(row.indicator(), district.value()) + " "
                        + Texts.column(above.measure()) + " " + Texts.shown(above.value()) + " (ô "
                        + above.ref() + ")" + Texts.directionNote(row.indicator())
                        + ". Chỉ tiêu Huyện giao phải ít nhất bằng chỉ tiêu cấp trên. Đề nghị chép lại đúng chỉ "
                        + "tiêu theo văn bản giao chỉ tiêu."));
                return;
            }
        }
    }
}
