package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine.CopyDifference;
import vn.tonghop.validation.Texts;
import vn.tonghop.validation.ValidationSettings;

/**
 * COPIED_FIGURE_DIFFERS (WARNING), a check across files: a figure the catalogue says is measured above
 * the school (the district's share of national-standard schools, its team's rank) is taken once per
 * district, as most of its schools wrote it; a school that wrote something else gets one finding per
 * indicator naming each value it wrote and the district's. When no value leads, every school that
 * wrote one is told, and the consolidation leaves the district's figure empty.
 */
public final class CopiedFigureCheck {

    public static final String CODE = "COPIED_FIGURE_DIFFERS";

    private CopiedFigureCheck() {
    }

    public static List<Finding> findings(List<CopyDifference> differences, ValidationSettings settings) {
        Severity severity = (settings == null ? ValidationSettings.defaults() : settings)
                .severityOf(CODE, Severity.WARNING);
        Map<String, List<CopyDifference>> bySchoolAndIndicator = new LinkedHashMap<>();
        for (CopyDifference d : differences) {
            bySchoolAndIndicator.computeIfAbsent(d.report().unit().code() + "\u0000" + d.indicator().code(),
                    k -> new ArrayList<>()).add(d);
        }
        List<Finding> out = new ArrayList<>();
        for (List<CopyDifference> group : bySchoolAndIndicator.values()) {
            CopyDifference first = group.get(0);
            List<String> parts = new ArrayList<>();
            for (CopyDifference d : group) {
                String column = Texts.column(Measure.fromCode(d.measure()));
                parts.add(column + " ghi " + d.copy().vietnamese() + (d.taken() == null
                        ? " (các trường ghi khác nhau, không có giá trị nào được nhiều trường ghi nhất: bản tổng hợp "
                                + "để trống)"
                        : " (của " + d.indicator().measuredAt().vietnamese() + ": " + d.taken().vietnamese() + ", "
                                + d.agreeing() + "/" + d.copies() + " trường ghi)"));
            }
            String level = first.indicator().measuredAt().vietnamese();
            String message = "«" + first.indicator().name() + "» (" + first.indicator().code() + ") là số liệu của cấp "
                    + level + " (" + first.figureUnit().name() + "), các trường ghi lại như nhau và bản tổng hợp lấy "
                    + "một lần giá trị được nhiều trường ghi nhất, không lấy trung bình. Bảng của đơn vị ghi khác: "
                    + String.join("; ", parts) + ". Đề nghị ghi đúng số liệu của " + level + ".";
            out.add(new Finding(first.report().file(), first.report().unit().code(), "", "", CODE, severity, message,
                    first.copy().raw()));
        }
        return out;
    }
}
