package vn.tonghop.reference.criteria;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of one circular's criteria (bộ tiêu chí): {@code tt18-2018} for lower and upper secondary
 * and multi-level schools, {@code tt17-2018} for primary, {@code tt19-2018} for preschool, and later
 * versions as amended (Thông tư 22/2024). {@code inForceFrom} is null when the version applies
 * whatever the date; {@code nameKeywords} tell a school of this level by its name in the registry.
 */
public final class CriteriaCatalogue {

    private final String id;
    private final String circular;
    private final String schoolLevel;
    private final int version;
    private final LocalDate inForceFrom;
    private final List<String> nameKeywords;
    private final Map<String, Criterion> byCode;
    private final Set<Integer> separateLevels;

    public CriteriaCatalogue(String id, String circular, String schoolLevel, int version, LocalDate inForceFrom,
                             List<String> nameKeywords, List<Criterion> criteria) {
        this(id, circular, schoolLevel, version, inForceFrom, nameKeywords, criteria, Set.of());
    }

    /**
     * {@code separateLevels}: levels the circular assesses apart from these criteria, with a set of its own
     * (Mức 4 in the 2018 circulars): never a level of one of them.
     */
    public CriteriaCatalogue(String id, String circular, String schoolLevel, int version, LocalDate inForceFrom,
                             List<String> nameKeywords, List<Criterion> criteria, Set<Integer> separateLevels) {
        this.id = id;
        this.separateLevels = Set.copyOf(separateLevels);
        this.circular = circular;
        this.schoolLevel = schoolLevel;
        this.version = version;
        this.inForceFrom = inForceFrom;
        this.nameKeywords = List.copyOf(nameKeywords);
        Map<String, Criterion> map = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (map.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("Bộ tiêu chí " + id + " ghi mã «" + c.code() + "» hai lần.");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public String id() {
        return id;
    }

    /** {@code 18/2018/TT-BGDĐT} */
    public String circular() {
        return circular;
    }

    /** {@code trung_hoc}, {@code tieu_hoc}, {@code mam_non}: which schools the circular is for. */
    public String schoolLevel() {
        return schoolLevel;
    }

    /** Levels the circular assesses apart from these criteria (Mức 4 in the 2018 circulars). */
    public Set<Integer> separateLevels() {
        return separateLevels;
    }

    public int version() {
        return version;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public List<String> nameKeywords() {
        return nameKeywords;
    }

    /** In the circular's order. */
    public List<Criterion> criteria() {
        return List.copyOf(byCode.values());
    }

    public Criterion byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    public int size() {
        return byCode.size();
    }

    /** The highest level any criterion has (3 in the 2018 circulars). */
    public int maxLevel() {
        return byCode.values().stream().mapToInt(Criterion::maxLevel).max().orElse(0);
    }

    @Override
    public String toString() {
        return id;
    }
}
