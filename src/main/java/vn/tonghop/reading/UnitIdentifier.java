package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.text.VietnameseText;

/**
 * Tells which unit sent a workbook: from the unit code a generated template carries, else from the
 * names its title and header block mention ("… của Trường Tiểu học Tân Thành B2"), else from a
 * registry code or a school name in the file name.
 * When several units are named (a school's plan names its district too), the deepest one wins.
 */
public final class UnitIdentifier {

    private static final int MAX_NAME_WORDS = 14;
    private static final List<String> NAME_PREFIXES = List.of(
            "truong trung hoc co so va trung hoc pho thong", "truong trung hoc pho thong",
            "truong trung hoc co so", "truong tieu hoc va trung hoc co so", "truong tieu hoc",
            "truong mam non", "truong mau giao", "truong thpt", "truong thcs", "truong th", "truong mn",
            "phong giao duc va dao tao", "phong gd dt", "so giao duc va dao tao", "so gd dt", "truong");
    private static final Pattern MENTIONED_SCHOOL = Pattern.compile(
            "(?iu)((?:Trường|Truong)\\s+[^,;()\\[\\]\"“”]{3,80})");

    private final UnitRegistry registry;
    private final Map<String, List<Unit>> byName = new HashMap<>();
    /** Every name of {@link #byName} and its first words ("truong", "truong tieu hoc"…): a run of words is looked up only while it starts one. */
    private final Set<String> namePrefixes = new HashSet<>();
    private final List<Map.Entry<String, Unit>> shortNames = new ArrayList<>();

    public UnitIdentifier(UnitRegistry registry) {
        this.registry = registry;
        for (Unit u : registry.units()) {
            String key = VietnameseText.foldWords(u.name());
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
            String shortName = withoutPrefix(key);
            if (shortName.replace(" ", "").length() >= 5) {
                byName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(u);
                shortNames.add(Map.entry(shortName.replace(" ", ""), u));
            }
        }
        for (String name : byName.keySet()) {
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                namePrefixes.add(name.substring(0, space));
            }
            namePrefixes.add(name);
        }
        shortNames.sort(Comparator.comparingInt((Map.Entry<String, Unit> e) -> e.getKey().length()).reversed());
    }

    /** The unit, or null with {@code problem} saying why in Vietnamese. */
    public record Identification(Unit unit, String how, String problem) {
    }

    /**
     * With the unit code a generated template carries ({@code stampedCode}, or null): a code in the
     * registry wins over the title and the file name, which a clerk may have edited; an unknown code
     * falls back to them.
     */
    public Identification identify(String stampedCode, List<String> headerTexts, String fileName) {
        Unit stamped = registry.find(stampedCode);
        if (stamped != null) {
            return new Identification(stamped, "mã đơn vị trong mẫu", null);
        }
        return identify(headerTexts, fileName);
    }

    /** The unit of a template's stamped code, or null when there is none or it is not in the registry. */
    Unit stamped(String stampedCode) {
        return stampedCode == null ? null : registry.find(stampedCode);
    }

    /**
     * The one unit the texts name (the deepest, when a school's title names its district too), from the
     * texts alone; null when they name none or several at the same depth.
     */
    Unit named(List<String> texts) {
        Set<Unit> named = new LinkedHashSet<>();
        for (String text : texts) {
            named.addAll(unitsNamedIn(text));
        }
        List<Unit> deepest = named.isEmpty() ? List.of() : deepest(named);
        return deepest.size() == 1 ? deepest.get(0) : null;
    }

    /** Whether one of the two units is under the other (a school and its district). */
    boolean related(Unit a, Unit b) {
        return registry.isUnder(a, b) || registry.isUnder(b, a);
    }

    /** Whether {@code upper} is above {@code lower} in the registry (a district above its school). */
    boolean isAbove(Unit upper, Unit lower) {
        return !upper.equals(lower) && registry.isUnder(lower, upper);
    }

    public Identification identify(List<String> headerTexts, String fileName) {
        Set<Unit> named = new LinkedHashSet<>();
        for (String text : headerTexts) {
            named.addAll(unitsNamedIn(text));
        }
        if (!named.isEmpty()) {
            List<Unit> deepest = deepest(named);
            if (deepest.size() == 1) {
                return new Identification(deepest.get(0), "tên đơn vị trong bảng", null);
            }
            Unit fromFile = fromFileName(fileName);
            if (fromFile != null && deepest.contains(fromFile)) {
                return new Identification(fromFile, "tên đơn vị trong bảng và tên tệp", null);
            }
            return new Identification(null, null, "Bảng ghi tên của nhiều đơn vị ("
                    + String.join(", ", deepest.stream().map(Unit::name).toList())
                    + "), không xác định được đơn vị gửi. Đề nghị ghi rõ tên trường ở dòng tiêu đề.");
        }
        Unit fromFile = fromFileName(fileName);
        if (fromFile != null) {
            return new Identification(fromFile, "tên tệp", null);
        }
        String mentioned = mentionedSchool(headerTexts);
        if (mentioned != null) {
            return new Identification(null, null, "Không tìm thấy đơn vị «" + mentioned
                    + "» trong danh mục đơn vị của cơ quan quản lý. Đề nghị kiểm tra lại tên trường "
                    + "(hoặc bổ sung đơn vị vào danh mục nếu là trường mới).");
        }
        return new Identification(null, null, "Không xác định được đơn vị gửi: bảng không ghi tên trường "
                + "và tên tệp không chứa mã hay tên trường có trong danh mục. Đề nghị ghi tên trường ở dòng "
                + "tiêu đề, ví dụ «(Kèm theo Kế hoạch số … của Trường …)».");
    }

    /** Every registry unit whose full or short name appears, word for word, in the text. */
    private Set<Unit> unitsNamedIn(String text) {
        String[] words = VietnameseText.foldWords(text).split(" ");
        Set<Unit> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String k = words[i]; // most words start no name: looked up as they are, without a copy
            for (int j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
                if (j > i) {
                    k = k + " " + words[j];
                }
                if (!namePrefixes.contains(k)) {
                    break; // no name starts with these words, nor with any longer run of them
                }
                List<Unit> units = byName.get(k);
                if (units != null) {
                    found.addAll(units);
                }
            }
        }
        return found;
    }

    /**
     * The unit a file's name names, or null: a registry code as a word of the name
     * ({@code 87715001_ke_hoach.xlsx}), else a unit's short name run together ({@code TH_PhuLoc_…}).
     * The same test that identifies a readable workbook whose table names no unit.
     */
    public Unit namedInFileName(String fileName) {
        return fileName == null ? null : fromFileName(fileName);
    }

    private Unit fromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
        for (String token : stem.split("[^A-Za-z0-9]+")) {
            Unit u = registry.find(token);
            if (u != null) {
                return u;
            }
        }
        String compact = VietnameseText.foldWords(stem).replace(" ", "");
        for (Map.Entry<String, Unit> e : shortNames) {
            if (compact.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private List<Unit> deepest(Set<Unit> units) {
        int max = units.stream().mapToInt(registry::depth).max().orElse(0);
        return units.stream().filter(u -> registry.depth(u) == max).toList();
    }

    private static String withoutPrefix(String foldedName) {
        for (String p : NAME_PREFIXES) {
            if (foldedName.startsWith(p + " ")) {
                return foldedName.substring(p.length() + 1);
            }
        }
        return foldedName;
    }

    private static String mentionedSchool(List<String> texts) {
        for (String t : texts) {
            Matcher m = MENTIONED_SCHOOL.matcher(VietnameseText.clean(t));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
