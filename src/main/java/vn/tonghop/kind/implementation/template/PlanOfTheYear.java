package vn.tonghop.kind.implementation.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Fact;

/**
 * A school's improvement plan as its stored facts say it (documents of kind {@code plan}, read by measure
 * code as the store gives them, never through the plan kind's classes): its school year ({@code plan_year},
 * the first calendar year) and, per criterion in the plan's order, what it planned, one line per plan row
 * («Đạt Mức 2: Rà soát hồ sơ…»), for the report template's «plan as made» column.
 */
public record PlanOfTheYear(String fileName, Integer year, Map<String, String> planned) {

    public PlanOfTheYear {
        planned = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(planned));
    }

    /** The plan its facts describe. */
    public static PlanOfTheYear of(String fileName, List<Fact> facts) {
        Integer year = null;
        Map<String, Map<Integer, String[]>> rows = new LinkedHashMap<>(); // code → row → {level, task}
        for (Fact f : facts) {
            String measure = f.measure().code();
            if (measure.equals("plan_year") && year == null && f.value().number() != null) {
                year = f.value().number().intValue();
                continue;
            }
            if (f.indicatorCode() == null) {
                continue;
            }
            int row = f.location().map(l -> l.rowNumber()).orElse(0);
            int part = switch (measure) {
                case "plan_criterion" -> -1;
                case "plan_level" -> 0;
                case "plan_task" -> 1;
                default -> -2;
            };
            if (part == -2) {
                continue;
            }
            String[] cells = rows.computeIfAbsent(f.indicatorCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row, k -> new String[2]);
            if (part >= 0) {
                cells[part] = f.value().raw().strip();
            }
        }
        Map<String, String> planned = new LinkedHashMap<>();
        rows.forEach((code, byRow) -> {
            List<String> lines = new ArrayList<>();
            for (String[] cells : byRow.values()) {
                String level = cells[0] == null ? "" : cells[0];
                String task = cells[1] == null ? "" : cells[1];
                String line = level.isEmpty() ? task : task.isEmpty() ? level : level + ": " + task;
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            planned.put(code, String.join("\n", lines));
        });
        return new PlanOfTheYear(fileName, year, planned);
    }
}
