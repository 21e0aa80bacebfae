package vn.tonghop.kind.plan.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.plan.PlanFacts;
import vn.tonghop.kind.plan.reading.PlanCell;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * PLAN_LEVEL_BELOW_SELF_ASSESSMENT, across documents: a plan row aiming at a level below the one the
 * school's current self-assessment reached for the criterion (an improvement plan keeps or raises a level).
 * The self-assessed levels are what that document's stored facts say ({@code level} per criterion code),
 * read by the caller through the store; this class knows no other kind.
 */
public final class PlanBelowSelfAssessment {

    private static final PlanRule RULE = PlanRule.PLAN_LEVEL_BELOW_SELF_ASSESSMENT;

    private PlanBelowSelfAssessment() {
    }

    /**
     * The level each criterion was self-assessed at, from a self-assessment's stored facts: the {@code level}
     * fact of each criterion row (a level number, 0 for Không đạt); rows without a clear level are left out.
     */
    public static Map<String, Integer> assessedLevels(List<Fact> selfAssessmentFacts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Fact f : selfAssessmentFacts) {
            if (f.measure().kind() != MeasureKind.LEVEL || f.indicatorCode() == null) {
                continue;
            }
            ParsedValue v = f.value();
            if (v.kind() == ValueKind.LEVEL && v.number() != null) {
                out.putIfAbsent(f.indicatorCode(), v.number().intValue());
            } else if (v.kind() == ValueKind.MET && Boolean.FALSE.equals(v.truth())) {
                out.putIfAbsent(f.indicatorCode(), 0);
            }
        }
        return out;
    }

    /**
     * @param plan         the unit's current plan
     * @param assessed     the unit's self-assessed level per criterion code (0 = Không đạt)
     * @param file         the plan's file; {@code assessedFile} the self-assessment's, named in the message
     */
    public static List<Finding> findings(String unit, String file, PlanTable plan, Map<String, Integer> assessed,
                                         String assessedFile, ValidationSettings settings) {
        ValidationSettings s = settings == null ? ValidationSettings.defaults() : settings;
        List<Finding> out = new ArrayList<>();
        for (PlanRow row : plan.rows()) {
            PlanCell cell = row.cell(PlanColumn.LEVEL);
            ParsedValue v = PlanFacts.value(PlanColumn.LEVEL, cell.text());
            Integer reached = row.code() == null ? null : assessed.get(row.code());
            if (v.kind() != ValueKind.LEVEL || v.number() == null || reached == null
                    || v.number().intValue() >= reached) {
                continue;
            }
            out.add(new Finding(file, unit, plan.sheet(), cell.ref(), RULE.name(),
                    s.severityOf(RULE.name(), RULE.defaultSeverity()),
                    "Tiêu chí " + row.code() + ": kế hoạch đặt kết quả cần đạt «" + cell.text() + "» (Mức "
                            + v.number().intValue() + ") nhưng trường đã tự đánh giá tiêu chí này đạt Mức " + reached
                            + " (tệp «" + assessedFile + "»). Kế hoạch cải tiến giữ hoặc nâng mức đã đạt: sửa mức cần "
                            + "đạt, hoặc xem lại bảng tự đánh giá.", cell.text()));
        }
        return out;
    }
}
