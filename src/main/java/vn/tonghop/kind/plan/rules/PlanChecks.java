package vn.tonghop.kind.plan.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.plan.PlanFacts;
import vn.tonghop.kind.plan.reading.PlanCell;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.kind.plan.reading.SchoolYears;
import vn.tonghop.kind.plan.reading.StandardRow;
import vn.tonghop.kind.plan.reading.YearText;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.text.Similarity;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.validation.FindingSink;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * Every check of one improvement plan ({@link PlanRule}), on the table its stored facts give back, with
 * the office's severities. Each finding names its cell and says what to do, in Vietnamese.
 */
public final class PlanChecks {

    /** Words of a timing: a year, a month, a school year, a term, "thường xuyên"… */
    private static final Pattern TIME = Pattern.compile("\\d|\\b(nam hoc|hoc ky|hk|thang|quy|tuan|ngay|thuong xuyen|"
            + "hang nam|ca nam|dinh ky|hang thang|hang tuan|suot|lau dai|truoc|sau khi|den nam|giai doan)\\b");
    /** A lead cell that names nobody. */
    private static final Pattern NOBODY = Pattern.compile("^(khong|khong co|chua co|chua|x)$");
    private static final double SAME_TITLE = 0.75;

    private final ValidationSettings settings;

    public PlanChecks(ValidationSettings settings) {
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    public List<Finding> check(PlanTable table, CriteriaCatalogue catalogue, String file, String unit) {
        FindingSink<PlanRule> sink = new FindingSink<>(settings, PlanRule::defaultSeverity, file,
                unit, table.sheet());
        years(table, sink);
        if (catalogue != null) {
            standards(table, catalogue, sink);
        }
        for (PlanRow row : table.rows()) {
            criterion(row, catalogue, sink);
            level(row, catalogue, sink);
            complete(row, sink);
            budget(row, sink);
        }
        return sink.findings();
    }

    private void criterion(PlanRow row, CriteriaCatalogue catalogue, FindingSink<PlanRule> sink) {
        if (catalogue == null || row.code() != null || row.cell(PlanColumn.CRITERION).isBlank()) {
            return; // a task row under an unknown criterion is reported once, at the criterion's own row
        }
        sink.add(PlanRule.PLAN_CRITERION_UNKNOWN, row.cell(PlanColumn.CRITERION).ref(), row.label(),
                "Dòng «" + row.label() + "» không ứng với tiêu chí nào của bộ tiêu chí " + catalogue.id() + " ("
                        + catalogue.circular() + "). Ghi mã tiêu chí ở đầu ô, ví dụ «Tiêu chí " + firstCode(catalogue)
                        + ": …».");
    }

    private void level(PlanRow row, CriteriaCatalogue catalogue, FindingSink<PlanRule> sink) {
        PlanCell cell = row.cell(PlanColumn.LEVEL);
        ParsedValue v = PlanFacts.value(PlanColumn.LEVEL, cell.text());
        if (catalogue == null || row.code() == null || v.kind() != ValueKind.LEVEL) {
            return;
        }
        Criterion c = catalogue.byCode(row.code());
        int level = v.number().intValue();
        if (c != null && !c.levels().contains(level) && level > c.maxLevel()) {
            sink.add(PlanRule.PLAN_LEVEL_ABOVE_CIRCULAR, cell.ref(), cell.text(),
                    "Tiêu chí " + c.code() + " đặt kết quả cần đạt «" + cell.text() + "» nhưng " + catalogue.circular()
                            + " chỉ quy định đến Mức " + c.maxLevel() + " cho tiêu chí này. Sửa mức cần đạt (Mức 1 đến "
                            + c.maxLevel() + ").");
        }
    }

    private void complete(PlanRow row, FindingSink<PlanRule> sink) {
        String who = "tiêu chí " + (row.code() != null ? row.code() : "«" + row.label() + "»");
        PlanCell task = row.cell(PlanColumn.TASK);
        if (!task.ref().isEmpty() && task.isBlank()) {
            sink.add(PlanRule.PLAN_ROW_INCOMPLETE, task.ref(), "", "Dòng kế hoạch của " + who
                    + " chưa ghi công việc/giải pháp cần thực hiện. Ghi việc sẽ làm để đạt kết quả cần đạt.");
        }
        PlanCell lead = row.cell(PlanColumn.LEAD);
        if (!lead.ref().isEmpty() && (lead.isBlank() || NOBODY.matcher(VietnameseText.fold(lead.text())).matches())) {
            sink.add(PlanRule.PLAN_ROW_INCOMPLETE, lead.ref(), lead.text(), "Dòng kế hoạch của " + who
                    + " chưa ghi người chủ trì" + (lead.isBlank() ? "" : " (ô ghi «" + lead.text() + "»)")
                    + ". Ghi người hoặc bộ phận chủ trì và phối hợp thực hiện.");
        }
        PlanCell timing = row.cell(PlanColumn.TIMING);
        if (timing.ref().isEmpty()) {
            return;
        }
        if (timing.isBlank()) {
            sink.add(PlanRule.PLAN_ROW_INCOMPLETE, timing.ref(), "", "Dòng kế hoạch của " + who
                    + " chưa ghi thời gian thực hiện và hoàn thành. Ghi thời gian, ví dụ «Năm học 2025-2026» "
                    + "hoặc «9/2025 – 5/2026».");
        } else if (!TIME.matcher(VietnameseText.fold(timing.text())).find()) {
            sink.add(PlanRule.PLAN_ROW_INCOMPLETE, timing.ref(), timing.text(), "Ô thời gian thực hiện của " + who
                    + " ghi «" + timing.text() + "», không phải một thời gian. Ghi thời gian thực hiện và hoàn thành "
                    + "(ví dụ «Năm học 2025-2026», «9/2025 – 5/2026») và chuyển nội dung này sang cột công việc/giải pháp.");
        }
    }

    private void budget(PlanRow row, FindingSink<PlanRule> sink) {
        PlanCell cell = row.cell(PlanColumn.BUDGET);
        ParsedValue v = PlanFacts.value(PlanColumn.BUDGET, cell.text());
        if (v.kind() == ValueKind.TEXT) {
            String who = row.code() != null ? "tiêu chí " + row.code() : "«" + row.label() + "»";
            sink.add(PlanRule.PLAN_BUDGET_UNREADABLE, cell.ref(), cell.text(), "Dự kiến kinh phí của " + who + " ghi «"
                    + cell.text() + "», không đọc được thành số tiền hay nguồn kinh phí. Ghi số tiền (ví dụ «50 triệu "
                    + "đồng», «250.000.000đ»), «Không», hoặc nguồn không kèm số tiền («Nguồn kinh phí ngành», «Xã hội hóa»).");
        }
    }

    /** The title's school year against the text's and the timing cells' (one finding per year, naming its cells). */
    private void years(PlanTable table, FindingSink<PlanRule> sink) {
        YearText title = table.title();
        if (title == null) {
            return;
        }
        for (YearText y : table.yearsInText()) {
            if (y.year() != title.year()) {
                sink.add(PlanRule.PLAN_YEAR_MISMATCH, y.ref(), y.text(), "Kế hoạch ghi năm học " + title.schoolYear()
                        + " ở tên (ô " + title.ref() + ") nhưng ô " + y.ref() + " ghi thực hiện trong năm học "
                        + y.schoolYear() + ". Sửa cho thống nhất năm học của kế hoạch.");
            }
        }
        Map<Integer, List<PlanCell>> timings = new LinkedHashMap<>();
        for (PlanRow row : table.rows()) {
            PlanCell t = row.cell(PlanColumn.TIMING);
            Integer year = SchoolYears.inTiming(t.text());
            if (year != null && year != title.year()) {
                timings.computeIfAbsent(year, k -> new ArrayList<>()).add(t);
            }
        }
        timings.forEach((year, cells) -> {
            PlanCell first = cells.get(0);
            String others = cells.size() == 1 ? "" : " (và " + (cells.size() - 1) + " ô thời gian khác)";
            sink.add(PlanRule.PLAN_YEAR_MISMATCH, first.ref(), first.text(), "Kế hoạch ghi năm học "
                    + title.schoolYear() + " ở tên (ô " + title.ref() + ") nhưng thời gian thực hiện ở ô " + first.ref()
                    + others + " là năm học " + year + " – " + (year + 1) + ". Sửa cho thống nhất năm học của kế hoạch.");
        });
    }

    private void standards(PlanTable table, CriteriaCatalogue catalogue, FindingSink<PlanRule> sink) {
        for (StandardRow s : table.standards()) {
            if (s.number() == null) {
                continue;
            }
            String official = catalogue.criteria().stream().filter(c -> c.standard() == s.number())
                    .map(Criterion::standardTitle).filter(t -> !t.isEmpty()).findFirst().orElse(null);
            String typed = s.label().replaceFirst("(?i)^\\s*tiêu chuẩn\\s*(số\\s*)?\\d+\\s*[:.\\-–]?\\s*", "");
            if (official == null || typed.isBlank() || same(typed, official)) {
                continue;
            }
            sink.add(PlanRule.PLAN_STANDARD_TITLE_DIFFERS, s.ref(), s.label(), "Tiêu chuẩn " + s.number() + " ghi tên «"
                    + typed + "», " + catalogue.circular() + " gọi là «" + official + "». Kiểm tra lại số và tên tiêu "
                    + "chuẩn (các tiêu chí bên dưới được đọc theo mã).");
        }
    }

    private static boolean same(String typed, String official) {
        String a = VietnameseText.foldWords(typed);
        String b = VietnameseText.foldWords(official);
        return a.equals(b) || a.startsWith(b) || b.startsWith(a) || Similarity.ratio(a, b) >= SAME_TITLE;
    }

    private static String firstCode(CriteriaCatalogue catalogue) {
        return catalogue.criteria().isEmpty() ? "1.1" : catalogue.criteria().get(0).code();
    }
}
