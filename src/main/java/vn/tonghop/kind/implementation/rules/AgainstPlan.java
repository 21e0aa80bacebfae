package vn.tonghop.kind.implementation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.validation.ValidationSettings;

/**
 * A school's report held against its improvement plan of the same school year, as the plan's stored facts
 * say it (documents of kind {@code plan}, read through the store, never through the plan kind's classes):
 * its year is the {@code plan_year} fact (the first calendar year), its criteria the codes of its
 * {@code plan_criterion} facts. A report row for a criterion the plan does not have, and a plan criterion
 * the report leaves out, are findings on the report ({@link ImplementationRule#REPORT_CRITERION_NOT_IN_PLAN},
 * {@link ImplementationRule#REPORT_PLAN_CRITERION_MISSING}).
 */
public final class AgainstPlan {

    /** The measure codes of the plan's facts this reads. */
    static final String PLAN_YEAR = "plan_year";
    static final String PLAN_CRITERION = "plan_criterion";

    /** A plan as this check sees it: its file, its year and its criteria with the cell of each one's first row. */
    public record Plan(String fileName, Integer year, Map<String, String> criteria) {
    }

    private final ValidationSettings settings;

    public AgainstPlan(ValidationSettings settings) {
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** The plan its stored facts describe. */
    public static Plan plan(String fileName, List<Fact> facts) {
        Integer year = null;
        Map<String, String> criteria = new LinkedHashMap<>();
        for (Fact f : facts) {
            String measure = f.measure().code();
            if (measure.equals(PLAN_YEAR) && year == null && f.value().number() != null) {
                year = f.value().number().intValue();
            } else if (measure.equals(PLAN_CRITERION) && f.indicatorCode() != null) {
                criteria.putIfAbsent(f.indicatorCode(), f.cell());
            }
        }
        return new Plan(fileName, year, criteria);
    }

    /**
     * A report against its plan: the criteria it reports (each once, in order), the rows of criteria the plan
     * does not have (each criterion's first row), and the plan's criteria it leaves out (in the plan's order).
     */
    public record Match(List<String> reported, List<ReportRow> notInPlan, List<String> leftOut) {
        public Match {
            reported = List.copyOf(reported);
            notInPlan = List.copyOf(notInPlan);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** What the report and the plan of its year say differently, criterion by criterion. */
    public static Match match(ReportTable report, Plan plan) {
        Set<String> reported = new LinkedHashSet<>();
        List<ReportRow> notInPlan = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            if (row.code() != null && reported.add(row.code()) && !plan.criteria().containsKey(row.code())) {
                notInPlan.add(row);
            }
        }
        List<String> leftOut = plan.criteria().keySet().stream().filter(c -> !reported.contains(c)).toList();
        return new Match(new ArrayList<>(reported), notInPlan, leftOut);
    }

    public List<Finding> check(ReportTable report, String reportFile, String unitCode, Plan plan) {
        List<Finding> out = new ArrayList<>();
        String year = report.period();
        Match match = match(report, plan);
        for (ReportRow row : match.notInPlan()) {
            add(out, ImplementationRule.REPORT_CRITERION_NOT_IN_PLAN, reportFile, unitCode, report.sheet(),
                    row.labelCell(), row.label(), row.name() + " có trong báo cáo nhưng kế hoạch cải tiến chất lượng "
                            + "năm học " + year + " của trường (tệp " + plan.fileName() + ") không có tiêu chí này. Kiểm "
                            + "tra lại mã tiêu chí, hoặc báo cáo theo đúng các tiêu chí của kế hoạch (nếu kế hoạch đã "
                            + "điều chỉnh, ghi ở cột «Nội dung kế hoạch đã được điều chỉnh»).");
        }
        for (String code : match.leftOut()) {
            String cell = plan.criteria().get(code);
            add(out, ImplementationRule.REPORT_PLAN_CRITERION_MISSING, reportFile, unitCode, report.sheet(), "", "",
                    "Kế hoạch cải tiến chất lượng năm học " + year + " của trường (tệp " + plan.fileName()
                            + (cell.isEmpty() ? "" : ", ô " + cell) + ") có tiêu chí " + code
                            + " nhưng báo cáo kết quả thực hiện không có dòng nào cho tiêu chí này. Bổ sung kết quả "
                            + "thực hiện của tiêu chí " + code + ".");
        }
        return out;
    }

    private void add(List<Finding> out, ImplementationRule rule, String file, String unit, String sheet, String cell,
                     String raw, String message) {
        Severity severity = settings.severityOf(rule.name(), rule.defaultSeverity());
        out.add(new Finding(file, unit, sheet, cell, rule.name(), severity, message, raw));
    }
}
