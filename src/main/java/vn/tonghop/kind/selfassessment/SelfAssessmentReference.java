package vn.tonghop.kind.selfassessment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.ReferenceCsv;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;

/**
 * The office's self-assessment folder ({@code jobs/<office>/tu-danh-gia/}) as this kind reads it: the
 * criteria catalogues and each school's catalogue ({@link CriteriaReference}, shared with the other kinds
 * that name criteria) and {@code quy-tac-muc.csv}, the rule from criterion levels to a school's level
 * ({@code catalogue, level, min_criteria, requires_level_below, confirmed, source}).
 */
public final class SelfAssessmentReference {

    public static final String RULE_FILE = "quy-tac-muc.csv";

    static final ReferenceCsv.Layout RULES = new ReferenceCsv.Layout("quy tắc xác định mức đạt của trường",
            "tonghop.self-assessment.folder", List.of("catalogue", "level", "min_criteria"),
            List.of("requires_level_below", "confirmed", "source"));

    private final CriteriaReference criteria;
    private final Map<String, LevelRule> rules;

    public SelfAssessmentReference(CriteriaReference criteria, Map<String, LevelRule> rules) {
        this.criteria = criteria;
        this.rules = Map.copyOf(rules);
    }

    /** Reads the folder; any problem (see {@link #parse}) refuses it with all of them. */
    public static SelfAssessmentReference load(Path folder, UnitRegistry registry) {
        ReferenceProblems problems = new ReferenceProblems();
        SelfAssessmentReference reference = parse(folder, registry, problems);
        problems.throwIfAny();
        return reference;
    }

    /**
     * Reads what can be read and reports every problem, each naming the file and the line ({@link
     * CriteriaReference#parse}, then the level rule). Null when the catalogues' index cannot be read at all.
     */
    public static SelfAssessmentReference parse(Path folder, UnitRegistry registry, ReferenceProblems problems) {
        CriteriaReference criteria = CriteriaReference.parse(folder, registry, problems);
        if (criteria == null) {
            return null;
        }
        return new SelfAssessmentReference(criteria, rules(folder.resolve(RULE_FILE), criteria.catalogues(), problems));
    }

    private static Map<String, LevelRule> rules(Path file, List<CriteriaCatalogue> catalogues,
                                                ReferenceProblems problems) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(file, RULES, problems);
        Map<String, LevelRule> rules = new LinkedHashMap<>();
        if (rows == null) {
            return rules;
        }
        Map<String, CriteriaCatalogue> byId = new LinkedHashMap<>();
        catalogues.forEach(c -> byId.put(c.id(), c));
        Map<String, List<LevelRule.Step>> steps = new LinkedHashMap<>();
        for (ReferenceCsv.Row r : rows) {
            String id = r.get("catalogue");
            CriteriaCatalogue catalogue = byId.get(id);
            if (catalogue == null) {
                problems.add(file, r.line(), "bộ tiêu chí «" + id + "» (cột catalogue) không có trong " + CriteriaReference.INDEX_FILE
                        + ". Sửa cho đúng mã bộ tiêu chí.");
                continue;
            }
            Integer level = integer(r.get("level"));
            if (level == null || level < 1 || level > 4) {
                problems.add(file, r.line(), "mức (cột level) «" + r.get("level") + "» phải là 1, 2, 3 hoặc 4.");
                continue;
            }
            String min = r.get("min_criteria").toLowerCase(Locale.ROOT);
            Integer minCriteria = null;
            if (!min.equals("all")) {
                minCriteria = integer(min);
                if (minCriteria == null || minCriteria < 0 || minCriteria > catalogue.size()) {
                    problems.add(file, r.line(), "số tiêu chí tối thiểu (cột min_criteria) «" + r.get("min_criteria")
                            + "» phải là all hoặc một số từ 0 đến " + catalogue.size() + " (số tiêu chí của bộ " + id + ").");
                    continue;
                }
            }
            Boolean below = yesNo(r.get("requires_level_below"), true);
            Boolean confirmed = yesNo(r.get("confirmed"), false);
            if (below == null || confirmed == null) {
                problems.add(file, r.line(), "cột requires_level_below và confirmed chỉ nhận yes hoặc no.");
                continue;
            }
            List<LevelRule.Step> list = steps.computeIfAbsent(id, k -> new ArrayList<>());
            int lvl = level;
            if (list.stream().anyMatch(s -> s.level() == lvl)) {
                problems.add(file, r.line(), "bộ «" + id + "» đã có quy tắc cho Mức " + level + ". Xóa một trong hai dòng.");
                continue;
            }
            list.add(new LevelRule.Step(level, minCriteria, below, confirmed, r.get("source"), r.line()));
        }
        for (CriteriaCatalogue c : catalogues) {
            if (!steps.containsKey(c.id())) {
                problems.add(file, "bộ tiêu chí «" + c.id() + "» chưa có quy tắc xác định mức đạt của trường. Thêm các dòng "
                        + c.id() + ",1,… đến Mức " + c.maxLevel() + ".");
            } else {
                steps.get(c.id()).sort(Comparator.comparingInt(LevelRule.Step::level));
                rules.put(c.id(), new LevelRule(c.id(), steps.get(c.id())));
            }
        }
        return rules;
    }

    /** The catalogues and each school's choice. */
    public CriteriaReference criteria() {
        return criteria;
    }

    public List<CriteriaCatalogue> catalogues() {
        return criteria.catalogues();
    }

    public CriteriaCatalogue catalogue(String id) {
        return criteria.catalogue(id);
    }

    public LevelRule ruleFor(CriteriaCatalogue catalogue) {
        return catalogue == null ? null : rules.get(catalogue.id());
    }

    /** See {@link CriteriaReference#catalogueFor}. */
    public CriteriaCatalogue catalogueFor(Unit unit, LocalDate date) {
        return criteria.catalogueFor(unit, date);
    }

    /** See {@link CriteriaReference#schoolLevelOf}. */
    public String schoolLevelOf(String unitName) {
        return criteria.schoolLevelOf(unitName);
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean yesNo(String s, boolean empty) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "" -> empty;
            case "yes", "true", "co", "có" -> true;
            case "no", "false", "khong", "không" -> false;
            default -> null;
        };
    }
}
