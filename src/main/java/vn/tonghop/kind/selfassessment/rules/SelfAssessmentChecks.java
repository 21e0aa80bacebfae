package vn.tonghop.kind.selfassessment.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.selfassessment.LevelRule;
import vn.tonghop.kind.selfassessment.SelfAssessment;
import vn.tonghop.kind.selfassessment.reading.CriterionRow;
import vn.tonghop.kind.selfassessment.reading.LevelReading;
import vn.tonghop.kind.selfassessment.reading.MarkCell;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.reading.StatedLevel;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.reference.criteria.CriterionMatcher;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.validation.FindingSink;
import vn.tonghop.validation.ValidationSettings;

import static vn.tonghop.kind.selfassessment.SelfAssessment.levelName;

/**
 * Checks one school's self-assessment grid against its catalogue and the office's level rule, and
 * gives what it says ({@link SelfAssessment}) with the findings ({@link SelfAssessmentRule} codes,
 * Vietnamese messages naming the criterion, the cells and what to do). A severity the office set in
 * {@code tonghop.validation.severity} wins; {@code CONCLUSION_MISMATCH} is a warning by default while
 * the rule is not confirmed against the circular.
 */
public final class SelfAssessmentChecks {

    private final ValidationSettings settings;

    public SelfAssessmentChecks(ValidationSettings settings) {
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** What the checks found, and the self-assessment as read. */
    public record Checked(SelfAssessment assessment, List<Finding> findings) {
    }

    public Checked check(SelfAssessmentTable table, CriteriaCatalogue catalogue, LevelRule rule, String file,
                         String unitCode) {
        FindingSink<SelfAssessmentRule> sink = new FindingSink<>(settings, SelfAssessmentRule::defaultSeverity, file,
                unitCode, table.sheet());
        if (catalogue == null) {
            sink.add(SelfAssessmentRule.CRITERIA_CATALOGUE_UNKNOWN, null, table.headerCell(), "", "Không xác định được "
                    + "trường dùng bộ tiêu chí của thông tư nào (tên trường trong danh mục không cho biết cấp học), nên "
                    + "chưa kiểm tra được tiêu chí thiếu, thừa và mức đạt của trường. Cơ quan quản lý ghi bộ tiêu chí của "
                    + "trường vào tệp tu-danh-gia/don-vi.csv.");
        }
        Map<String, Integer> read = new LinkedHashMap<>();
        Map<String, CriterionRow> firstRow = new HashMap<>();
        CriterionMatcher matcher = catalogue == null ? null : new CriterionMatcher(catalogue);
        for (CriterionRow row : table.rows()) {
            marksOf(table, row, sink);
            Criterion criterion = catalogue == null ? null : catalogue.byCode(row.code());
            if (row.code() == null || catalogue != null && criterion == null) {
                sink.add(SelfAssessmentRule.CRITERION_UNKNOWN, null, row.labelCell(), row.label(), "Dòng «" + row.label()
                        + "» có đánh dấu kết quả nhưng không phải tiêu chí nào của "
                        + (catalogue == null ? "bộ tiêu chí" : "Thông tư " + catalogue.circular()) + " (tìm theo mã rồi "
                        + "theo tên tiêu chí). Ghi mã tiêu chí (ví dụ «Tiêu chí 1.1») hoặc xóa dòng.");
                continue;
            }
            CriterionRow before = firstRow.putIfAbsent(row.code(), row);
            if (before != null) {
                sink.add(SelfAssessmentRule.CRITERION_DUPLICATED, null, row.labelCell(), row.label(), "Tiêu chí "
                        + row.code() + " có hai lần (dòng " + (before.row() + 1) + " và dòng " + (row.row() + 1)
                        + "); chỉ dùng dòng " + (before.row() + 1) + ". Xóa dòng thừa hoặc sửa mã cho đúng.");
                continue;
            }
            codeAndTitle(row, criterion, catalogue, matcher, sink);
            read.put(row.code(), levelOf(table, row, criterion, catalogue, sink));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (catalogue != null) {
            List<Criterion> missing = new ArrayList<>();
            for (Criterion c : catalogue.criteria()) {
                levels.put(c.code(), read.get(c.code()));
                if (!firstRow.containsKey(c.code())) {
                    missing.add(c);
                }
            }
            for (Criterion c : missing) {
                sink.add(SelfAssessmentRule.CRITERION_MISSING, null, "", "", "Thiếu tiêu chí " + c.code() + " ("
                        + c.title() + ") của Thông tư " + catalogue.circular() + " trong bảng tổng hợp tự đánh giá. Thêm "
                        + "dòng tiêu chí " + c.code() + " với kết quả tự đánh giá.");
            }
        } else {
            levels.putAll(read);
        }
        Integer computed = catalogue == null || rule == null ? null : rule.compute(levels, catalogue.size());
        Integer stated = conclusion(table, computed, rule, sink, levels);
        SelfAssessment assessment = new SelfAssessment(unitCode, catalogue == null ? "" : catalogue.id(), levels,
                computed, rule != null && rule.confirmed(), stated);
        return new Checked(assessment, sink.findings());
    }

    private void marksOf(SelfAssessmentTable table, CriterionRow row, FindingSink<SelfAssessmentRule> sink) {
        for (MarkCell m : row.unreadable()) {
            if (m.level() < 0) {
                sink.add(SelfAssessmentRule.CRITERION_MARK_UNREADABLE, null, m.ref(), m.raw(), row.name() + ": ô " + m.ref()
                        + " (cột Mức đạt) ghi «" + m.raw() + "», không phải một mức nên không được tính. Ghi Mức 1, Mức 2, "
                        + "Mức 3 hoặc Không đạt.");
                continue;
            }
            sink.add(SelfAssessmentRule.CRITERION_MARK_UNREADABLE, null, m.ref(), m.raw(), row.name() + ": ô " + m.ref()
                    + " (" + levelName(m.level()) + ") ghi «" + m.raw() + "», không phải dấu đánh dấu nên không được tính. "
                    + "Đánh dấu bằng X ở mức đạt, để trống các mức khác.");
        }
    }

    /**
     * A row whose code names one criterion and whose title another ({@code TC 1.7} beside 1.6's title, the
     * row above copied): the code wins, as everywhere, and the clerk is asked which is meant. A title that
     * names no criterion (a wording of the school's own) says nothing.
     */
    private void codeAndTitle(CriterionRow row, Criterion criterion, CriteriaCatalogue catalogue,
                              CriterionMatcher matcher, FindingSink<SelfAssessmentRule> sink) {
        if (criterion == null || matcher == null) {
            return;
        }
        String title = titleAfterCode(row.label());
        String other = title.isEmpty() ? null : matcher.byTitle(title);
        Criterion named = other == null || other.equals(criterion.code()) ? null : catalogue.byCode(other);
        if (named == null) {
            return;
        }
        sink.add(SelfAssessmentRule.CRITERION_CODE_TITLE_DIFFER, null, row.labelCell(), row.label(), "Dòng «"
                + row.label() + "» (ô " + row.labelCell() + ") ghi mã tiêu chí " + criterion.code() + " («"
                + criterion.title() + "») nhưng tên lại là của tiêu chí " + named.code() + " («" + named.title()
                + "»). Đã tính kết quả của dòng cho tiêu chí " + criterion.code() + " theo mã. Sửa mã hoặc tên cho "
                + "đúng tiêu chí được đánh giá.");
    }

    /** Leading row number, then the code ({@code 7 TC 1.7: …}, {@code Tiêu chí 1.7.}) at the start of a label. */
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s+)?(?:tieu chi|tc)?\\s*(?:so\\s*)?\\d{1,2}\\s*[.,]\\s*\\d{1,2}(?!\\d)[\\s:.)\\-–]*");

    /** The words of a label after its code, folded; empty when there are none. */
    static String titleAfterCode(String label) {
        String folded = VietnameseText.fold(label == null ? "" : label);
        Matcher m = CODE_PREFIX.matcher(folded);
        return m.find() ? folded.substring(m.end()).strip() : "";
    }

    private Integer levelOf(SelfAssessmentTable table, CriterionRow row, Criterion criterion,
                            CriteriaCatalogue catalogue, FindingSink<SelfAssessmentRule> sink) {
        LevelReading reading = table.reading(row);
        String marked = row.marked().stream().map(SelfAssessment::levelName).collect(Collectors.joining(", "));
        switch (reading.problem()) {
            case NOT_MARKED -> sink.add(SelfAssessmentRule.CRITERION_NOT_MARKED, null, row.labelCell(), "", row.name()
                    + " chưa được đánh dấu kết quả (Không đạt hay mức nào). Đánh dấu X ở cột kết quả của tiêu chí.");
            case CONFLICT -> sink.add(SelfAssessmentRule.CRITERION_MARKS_CONFLICT, null, row.cellOf(0), "", row.name()
                    + " được đánh dấu cả «Không đạt» và " + marked.replace("Không đạt, ", "") + "; không biết tiêu chí đạt "
                    + "hay không nên không được tính. Chỉ giữ một kết quả.");
            case SEVERAL -> sink.add(SelfAssessmentRule.CRITERION_MARKED_SEVERAL, null, row.cellOf(maxMarked(row)), "",
                    row.name() + " được đánh dấu nhiều mức (" + marked + ") trong khi bảng này chỉ đánh dấu mức đạt được; "
                            + "không được tính. Chỉ giữ dấu ở mức tiêu chí đạt được.");
            case SKIPPED -> {
                int top = maxMarked(row);
                String gap = gap(row);
                sink.add(SelfAssessmentRule.CRITERION_LEVEL_SKIPPED, null, row.cellOf(top), "", row.name()
                        + " được đánh dấu " + marked + " nhưng không đánh dấu " + gap + ": các mức cộng dồn (đạt "
                        + levelName(top) + " thì phải đạt các mức dưới). Đã tính là " + levelName(reading.level())
                        + ". Nếu tiêu chí đạt " + levelName(top) + " thì đánh dấu cả " + gap + "; nếu không thì xóa dấu ở "
                        + levelName(top) + ".");
            }
            case NONE -> {
            }
        }
        Integer level = reading.level();
        if (criterion != null) {
            for (int l : row.marked()) {
                if (l > 0 && !criterion.levels().contains(l)) {
                    notInCircular(row, l, criterion, catalogue, sink);
                }
            }
            if (level != null && level > criterion.maxLevel()) {
                level = criterion.maxLevel();
            }
        }
        return level;
    }

    /**
     * A mark at a level the circular does not give the criterion: an error when the circular assesses that
     * level apart (Mức 4, with a set of its own) or the criterion's levels are confirmed, a warning while
     * the catalogue's list of levels is not.
     */
    private void notInCircular(CriterionRow row, int level, Criterion criterion, CriteriaCatalogue catalogue,
                               FindingSink<SelfAssessmentRule> sink) {
        boolean separate = catalogue.separateLevels().contains(level);
        boolean sure = separate || criterion.levelsConfirmed();
        String has = criterion.levels().stream().sorted().map(SelfAssessment::levelName)
                .collect(Collectors.joining(", "));
        String cell = row.cellOf(level);
        String why = separate
                ? "Thông tư " + catalogue.circular() + " đánh giá " + levelName(level) + " riêng, theo các tiêu chí của "
                + levelName(level) + ", không phải là một mức của tiêu chí này (tiêu chí " + criterion.code() + " có " + has + ")"
                : "theo bộ tiêu chí " + catalogue.id() + " (Thông tư " + catalogue.circular() + "), tiêu chí "
                + criterion.code() + " chỉ có " + has
                + (criterion.levelsConfirmed() ? "" : "; các mức này trong bộ tiêu chí chưa được đối chiếu với thông tư, "
                + "nếu thông tư có " + levelName(level) + " cho tiêu chí này thì cơ quan quản lý sửa cột levels trong "
                + "tu-danh-gia");
        sink.add(SelfAssessmentRule.CRITERION_LEVEL_NOT_IN_CIRCULAR, sure ? Severity.ERROR : Severity.WARNING, cell, "",
                row.name() + ": ô " + cell + " đánh dấu " + levelName(level) + " nhưng " + why + ". Xóa dấu ở ô " + cell
                        + "; đã tính tối đa " + levelName(criterion.maxLevel()) + ".");
    }

    private Integer conclusion(SelfAssessmentTable table, Integer computed, LevelRule rule, FindingSink<SelfAssessmentRule> sink,
                               Map<String, Integer> levels) {
        StatedLevel result = table.stated().stream().filter(s -> s.kind() == StatedLevel.Kind.RESULT).findFirst()
                .orElse(null);
        StatedLevel conclusion = table.stated().stream().filter(s -> s.kind() == StatedLevel.Kind.CONCLUSION)
                .findFirst().orElse(null);
        StatedLevel stated = table.statedLevel();
        if (stated == null) {
            sink.add(SelfAssessmentRule.CONCLUSION_MISSING, null, table.headerCell(), "", "Không thấy dòng «Kết quả» "
                    + "hay «Kết luận» (ví dụ «Kết luận: Trường đạt Mức 1») dưới bảng tổng hợp tự đánh giá"
                    + (computed == null ? "" : "; theo các tiêu chí, trường " + reached(computed)) + ". Ghi kết "
                    + "luận mức đạt của trường ngay dưới bảng.");
            return null;
        }
        if (stated.level() == null) {
            sink.add(SelfAssessmentRule.CONCLUSION_MISSING, null, stated.cell(), stated.text(), "Dòng «"
                    + stated.text() + "» không ghi trường đạt mức nào. Ghi rõ, ví dụ «Kết luận: Trường đạt Mức 1».");
            return null;
        }
        if (result != null && conclusion != null && result.level() != null && conclusion.level() != null
                && !result.level().equals(conclusion.level())) {
            sink.add(SelfAssessmentRule.CONCLUSION_MISMATCH, Severity.ERROR, conclusion.cell(), conclusion.text(),
                    "Kết quả ghi " + levelName(result.level()) + " (ô " + result.cell() + ") nhưng kết luận ghi "
                            + levelName(conclusion.level()) + " (ô " + conclusion.cell() + "). Sửa cho hai dòng thống nhất.");
        }
        if (computed != null && !computed.equals(stated.level())) {
            long unclear = levels.values().stream().filter(l -> l == null).count();
            boolean confirmed = rule.confirmed();
            sink.add(SelfAssessmentRule.CONCLUSION_MISMATCH, confirmed ? Severity.ERROR : Severity.WARNING, stated.cell(),
                    stated.text(), stated.kind().label() + " ghi trường đạt " + levelName(stated.level())
                            + " nhưng theo mức của các tiêu chí trong bảng, trường " + reached(computed)
                            + (unclear > 0 ? " (" + unclear + " tiêu chí thiếu hoặc chưa rõ mức được tính là chưa đạt)" : "")
                            + (confirmed ? "" : "; quy tắc tính mức đạt của trường do cơ quan quản lý đặt (tu-danh-gia/"
                            + "quy-tac-muc.csv) chưa được đối chiếu với thông tư") + ". Kiểm tra lại kết luận và kết quả "
                            + "từng tiêu chí.");
        }
        return stated.level();
    }

    /** {@code đạt Mức 2}, or {@code chưa đạt Mức 1} (not "đạt Không đạt"). */
    private static String reached(int level) {
        return level == 0 ? "chưa đạt Mức 1" : "đạt " + levelName(level);
    }

    private static int maxMarked(CriterionRow row) {
        return row.marked().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The levels missing below the highest mark: {@code Mức 2}. */
    private static String gap(CriterionRow row) {
        List<String> missing = new ArrayList<>();
        for (int l = 1; l < maxMarked(row); l++) {
            if (!row.marked().contains(l)) {
                missing.add(levelName(l));
            }
        }
        return String.join(", ", missing);
    }
}
