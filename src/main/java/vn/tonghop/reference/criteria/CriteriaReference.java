package vn.tonghop.reference.criteria;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.ReferenceCsv;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.text.VietnameseText;

/**
 * The criteria catalogues of the accreditation circulars in the office's criteria folder ({@code
 * jobs/<office>/tu-danh-gia/}, setting {@code tonghop.self-assessment.folder}), read and checked like the
 * other reference files; shared by every kind that names criteria (self-assessment, improvement plan,
 * implementation report):
 * <ul>
 *   <li>{@code bo-tieu-chi.csv}: the catalogues, one line per circular and version ({@code id, circular,
 *       school_level, version, in_force_from, file, name_keywords, separate_levels, note}; {@code
 *       separate_levels}: levels the circular assesses with a set of its own, Mức 4);</li>
 *   <li>one file per catalogue ({@code code, standard, standard_title, title_2018, title_2024, aliases,
 *       levels, levels_confirmed, confirmed, note});</li>
 *   <li>{@code don-vi.csv} (optional): a unit's catalogue when its name does not say its school level
 *       ({@code unit_code, catalogue, note}).</li>
 * </ul>
 * A school's catalogue: the one {@code don-vi.csv} names, else the school level its registry name says
 * (the first catalogue line whose {@code name_keywords} has a word of it), in the latest version in force.
 */
public final class CriteriaReference {

    public static final String INDEX_FILE = "bo-tieu-chi.csv";
    public static final String UNIT_FILE = "don-vi.csv";

    public static final ReferenceCsv.Layout INDEX = new ReferenceCsv.Layout("danh sách bộ tiêu chí tự đánh giá",
            "tonghop.self-assessment.folder", List.of("id", "circular", "school_level", "version", "file"),
            List.of("in_force_from", "name_keywords", "separate_levels", "note"));
    public static final ReferenceCsv.Layout CATALOGUE = new ReferenceCsv.Layout("bộ tiêu chí tự đánh giá",
            "tonghop.self-assessment.folder", List.of("code", "standard", "levels"),
            List.of("standard_title", "title_2018", "title_2024", "aliases", "levels_confirmed", "confirmed", "note"));
    public static final ReferenceCsv.Layout UNITS = new ReferenceCsv.Layout("bộ tiêu chí theo đơn vị",
            "tonghop.self-assessment.folder", List.of("unit_code", "catalogue"), List.of("note"));

    private static final Pattern CODE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");
    private static final Set<String> CONFIRMED = Set.of("yes", "code", "no");

    private final List<CriteriaCatalogue> catalogues;
    private final Map<String, String> unitCatalogue;

    public CriteriaReference(List<CriteriaCatalogue> catalogues, Map<String, String> unitCatalogue) {
        this.catalogues = List.copyOf(catalogues);
        this.unitCatalogue = Map.copyOf(unitCatalogue);
    }

    /** Reads the folder; any problem (see {@link #parse}) refuses it with all of them. */
    public static CriteriaReference load(Path folder, UnitRegistry registry) {
        ReferenceProblems problems = new ReferenceProblems();
        CriteriaReference reference = parse(folder, registry, problems);
        problems.throwIfAny();
        return reference;
    }

    /**
     * Reads what can be read and reports every problem, each naming the file and the line. {@code
     * registry} may be null (then unit codes in {@code don-vi.csv} are not checked). Null when the
     * index cannot be read at all.
     */
    public static CriteriaReference parse(Path folder, UnitRegistry registry, ReferenceProblems problems) {
        Path indexFile = folder.resolve(INDEX_FILE);
        List<ReferenceCsv.Row> index = ReferenceCsv.read(indexFile, INDEX, problems);
        if (index == null) {
            return null;
        }
        List<CriteriaCatalogue> catalogues = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ReferenceCsv.Row r : index) {
            CriteriaCatalogue c = catalogue(folder, indexFile, r, ids, problems);
            if (c != null) {
                catalogues.add(c);
            }
        }
        if (index.isEmpty()) {
            problems.add(indexFile, "chưa có bộ tiêu chí nào. Mỗi dòng sau dòng tiêu đề là một bộ tiêu chí (một thông tư, "
                    + "một phiên bản).");
        }
        Map<String, String> units = units(folder.resolve(UNIT_FILE), catalogues, registry, problems);
        return new CriteriaReference(catalogues, units);
    }

    private static CriteriaCatalogue catalogue(Path folder, Path indexFile, ReferenceCsv.Row r, Set<String> ids,
                                               ReferenceProblems problems) {
        String id = r.get("id");
        if (id.isEmpty() || !ids.add(id)) {
            problems.add(indexFile, r.line(), id.isEmpty() ? "thiếu mã bộ tiêu chí (cột id). Ghi mã, ví dụ tt18-2018."
                    : "mã bộ tiêu chí «" + id + "» đã có ở dòng trên. Mỗi phiên bản một mã riêng.");
            return null;
        }
        Integer version = integer(r.get("version"));
        if (version == null) {
            problems.add(indexFile, r.line(), "phiên bản (cột version) «" + r.get("version") + "» của bộ «" + id
                    + "» không phải là số. Ghi năm của văn bản, ví dụ 2018 hoặc 2024.");
        }
        LocalDate from = null;
        if (!r.get("in_force_from").isEmpty()) {
            from = date(r.get("in_force_from"));
            if (from == null) {
                problems.add(indexFile, r.line(), "ngày hiệu lực (cột in_force_from) «" + r.get("in_force_from")
                        + "» không đọc được. Ghi dạng 2025-01-25 hoặc 25/01/2025, hoặc để trống.");
            }
        }
        if (r.get("school_level").isEmpty()) {
            problems.add(indexFile, r.line(), "bộ «" + id + "» chưa ghi cấp học (cột school_level), ví dụ trung_hoc, "
                    + "tieu_hoc, mam_non.");
        }
        Path file = folder.resolve(r.get("file"));
        if (r.get("file").isEmpty()) {
            problems.add(indexFile, r.line(), "bộ «" + id + "» chưa ghi tên tệp tiêu chí (cột file).");
            return null;
        }
        Set<Integer> separate = new LinkedHashSet<>();
        for (String l : list(r.get("separate_levels"))) {
            Integer level = integer(l);
            if (level == null || level < 1 || level > 4) {
                problems.add(indexFile, r.line(), "mức đánh giá riêng (cột separate_levels) «" + r.get("separate_levels")
                        + "» của bộ «" + id + "» phải là các số 1 đến 4 ngăn bằng dấu chấm phẩy (ví dụ 4), hoặc để trống.");
                break;
            }
            separate.add(level);
        }
        List<Criterion> criteria = criteria(file, problems);
        if (criteria == null || version == null) {
            return null;
        }
        for (Criterion c : criteria) {
            for (int level : c.levels()) {
                if (separate.contains(level)) {
                    problems.add(file, "tiêu chí " + c.code() + " ghi Mức " + level + " trong cột levels, nhưng " + INDEX_FILE
                            + " ghi bộ «" + id + "» đánh giá Mức " + level + " riêng (cột separate_levels). Sửa một trong hai.");
                }
            }
        }
        return new CriteriaCatalogue(id, r.get("circular"), r.get("school_level").toLowerCase(Locale.ROOT), version,
                from, list(r.get("name_keywords")), criteria, separate);
    }

    private static List<Criterion> criteria(Path file, ReferenceProblems problems) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(file, CATALOGUE, problems);
        if (rows == null) {
            return null;
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Criterion> criteria = new ArrayList<>();
        for (ReferenceCsv.Row r : rows) {
            String code = r.get("code");
            var m = CODE.matcher(code);
            if (!m.matches()) {
                problems.add(file, r.line(), "mã tiêu chí «" + code + "» không đúng dạng tiêu chuẩn.tiêu chí (ví dụ 1.10).");
                continue;
            }
            code = Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
            Integer first = lineOf.putIfAbsent(code, r.line());
            if (first != null) {
                problems.add(file, r.line(), "tiêu chí «" + code + "» đã có ở dòng " + first + ". Xóa một trong hai dòng.");
                continue;
            }
            Integer standard = integer(r.get("standard"));
            if (standard == null || standard != Integer.parseInt(m.group(1))) {
                problems.add(file, r.line(), "tiêu chuẩn (cột standard) «" + r.get("standard") + "» không khớp mã tiêu chí «"
                        + code + "» (tiêu chí " + code + " thuộc tiêu chuẩn " + m.group(1) + ").");
                continue;
            }
            Set<Integer> levels = new LinkedHashSet<>();
            boolean levelsOk = true;
            for (String l : list(r.get("levels"))) {
                Integer level = integer(l);
                levelsOk &= level != null && level >= 1 && level <= 4;
                if (level != null) {
                    levels.add(level);
                }
            }
            if (!levelsOk || levels.isEmpty()) {
                problems.add(file, r.line(), "các mức (cột levels) «" + r.get("levels") + "» của tiêu chí " + code
                        + " phải là các số 1 đến 4 ngăn bằng dấu chấm phẩy, ví dụ 1;2;3.");
                continue;
            }
            if (r.get("title_2018").isEmpty() && r.get("title_2024").isEmpty()) {
                problems.add(file, r.line(), "tiêu chí " + code + " chưa có tên (cột title_2018 hoặc title_2024).");
            }
            String confirmed = r.get("confirmed").toLowerCase(Locale.ROOT);
            if (!confirmed.isEmpty() && !CONFIRMED.contains(confirmed)) {
                problems.add(file, r.line(), "cột confirmed ghi «" + r.get("confirmed") + "»; chỉ nhận yes (mã và tên đã "
                        + "đối chiếu thông tư), code (chỉ mã) hoặc no (chưa đối chiếu).");
            }
            String levelsConfirmed = r.get("levels_confirmed").toLowerCase(Locale.ROOT);
            if (!levelsConfirmed.isEmpty() && !levelsConfirmed.equals("yes") && !levelsConfirmed.equals("no")) {
                problems.add(file, r.line(), "cột levels_confirmed ghi «" + r.get("levels_confirmed") + "»; chỉ nhận yes "
                        + "(các mức của tiêu chí đã đối chiếu với nguồn) hoặc no (chưa).");
            }
            criteria.add(new Criterion(code, standard, r.get("standard_title"), r.get("title_2018"),
                    r.get("title_2024"), list(r.get("aliases")), levels, confirmed.isEmpty() ? "no" : confirmed,
                    r.get("note"), levelsConfirmed.equals("yes")));
        }
        if (rows.isEmpty()) {
            problems.add(file, "bộ tiêu chí chưa có tiêu chí nào.");
        }
        return criteria;
    }

    private static Map<String, String> units(Path file, List<CriteriaCatalogue> catalogues, UnitRegistry registry,
                                             ReferenceProblems problems) {
        Map<String, String> units = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return units; // optional: every school's name says its level
        }
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(file, UNITS, problems);
        if (rows == null) {
            return units;
        }
        Set<String> known = new LinkedHashSet<>();
        catalogues.forEach(c -> {
            known.add(c.id());
            known.add(c.schoolLevel());
        });
        for (ReferenceCsv.Row r : rows) {
            String unit = r.get("unit_code");
            String catalogue = r.get("catalogue");
            if (registry != null && registry.find(unit) == null) {
                problems.add(file, r.line(), "đơn vị «" + unit + "» không có trong danh mục đơn vị.");
            } else if (!known.contains(catalogue)) {
                problems.add(file, r.line(), "bộ tiêu chí «" + catalogue + "» không có trong " + INDEX_FILE + "; ghi mã bộ "
                        + "(cột id) hoặc cấp học (cột school_level) có trong đó: " + String.join(", ", known) + ".");
            } else if (units.putIfAbsent(unit, catalogue) != null) {
                problems.add(file, r.line(), "đơn vị «" + unit + "» đã có ở dòng trên. Xóa một trong hai dòng.");
            }
        }
        return units;
    }

    public List<CriteriaCatalogue> catalogues() {
        return catalogues;
    }

    public CriteriaCatalogue catalogue(String id) {
        return catalogues.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The catalogue a unit's documents are read against on {@code date}: the one {@code don-vi.csv}
     * names (an id, or a school level), else the school level its name says; of a school level, the
     * latest version in force. Null when neither says anything.
     */
    public CriteriaCatalogue catalogueFor(Unit unit, LocalDate date) {
        if (unit == null) {
            return null;
        }
        String named = unitCatalogue.get(unit.code());
        if (named != null) {
            CriteriaCatalogue exact = catalogue(named);
            return exact != null ? exact : latest(named, date);
        }
        String level = schoolLevelOf(unit.name());
        return level == null ? null : latest(level, date);
    }

    /** The school level a unit's name says ({@code Trường THCS …}: trung_hoc), or null. */
    public String schoolLevelOf(String unitName) {
        String name = " " + VietnameseText.foldWords(unitName) + " ";
        for (CriteriaCatalogue c : catalogues) {
            for (String k : c.nameKeywords()) {
                String key = VietnameseText.foldWords(k);
                if (!key.isEmpty() && name.contains(" " + key + " ")) {
                    return c.schoolLevel();
                }
            }
        }
        return null;
    }

    private CriteriaCatalogue latest(String schoolLevel, LocalDate date) {
        return catalogues.stream()
                .filter(c -> c.schoolLevel().equals(schoolLevel))
                .filter(c -> c.inForceFrom() == null || date == null || !c.inForceFrom().isAfter(date))
                .max(Comparator.comparingInt(CriteriaCatalogue::version))
                .orElse(null);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        for (String pattern : List.of("yyyy-MM-dd", "d/M/yyyy")) {
            try {
                return LocalDate.parse(s.strip(), DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
