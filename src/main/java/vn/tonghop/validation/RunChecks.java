package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reference.UnitRegistry;

/**
 * Checks across files, once a run has read all it received:
 * <ul>
 *   <li>DUPLICATE_SUBMISSION (WARNING): two read files for one unit and one kind of document in the same
 *       run (a phasing table and an improvement plan are no duplicate); a finding on each, naming the file the
 *       consolidation uses (the last sent, the last in the list given).</li>
 *   <li>MISSING_SUBMISSION (WARNING): a leaf unit (no children) under the consolidation root without a
 *       readable file, in this run or any earlier one, unless a node above it sent its consolidated
 *       table, which stands for it.</li>
 * </ul>
 */
public final class RunChecks {

    public static final String DUPLICATE_SUBMISSION = "DUPLICATE_SUBMISSION";
    public static final String MISSING_SUBMISSION = "MISSING_SUBMISSION";
    /** The rules of these checks, which every run makes again from its own files (never carried over). */
    public static final Set<String> RULES = Set.of(DUPLICATE_SUBMISSION, MISSING_SUBMISSION);

    /** What the run checks need of one submission; {@code kind} the document kind's code (null: one kind). */
    public record SubmittedFile(String file, String unitCode, FileOutcome outcome, String kind) {

        public SubmittedFile(String file, String unitCode, FileOutcome outcome) {
            this(file, unitCode, outcome, null);
        }
    }

    private final ValidationSettings settings;

    public RunChecks(ValidationSettings settings) {
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** Checks one run's files, in the order they were sent, where only they count as reported. */
    public List<Finding> check(List<SubmittedFile> files, UnitRegistry registry, String rootUnitCode) {
        Set<String> reported = new HashSet<>();
        for (SubmittedFile f : files) {
            if (f.outcome() == FileOutcome.READ && f.unitCode() != null) {
                reported.add(f.unitCode());
            }
        }
        return check(files, reported, registry, rootUnitCode);
    }

    /**
     * Checks one run's files (in the order they were sent) against the units that have a readable
     * version from any run.
     */
    public List<Finding> check(List<SubmittedFile> thisRun, Set<String> reported, UnitRegistry registry,
                               String rootUnitCode) {
        List<Finding> out = new ArrayList<>();
        duplicates(thisRun, registry, out);
        missing(reported, registry, rootUnitCode, out);
        return out;
    }

    private void duplicates(List<SubmittedFile> files, UnitRegistry registry, List<Finding> out) {
        Map<List<String>, List<String>> byUnit = new LinkedHashMap<>();
        for (SubmittedFile f : files) {
            if (f.outcome() == FileOutcome.READ && f.unitCode() != null) {
                List<String> key = java.util.Arrays.asList(f.unitCode(), f.kind());
                List<String> names = byUnit.computeIfAbsent(key, k -> new ArrayList<>());
                if (!names.contains(f.file())) {
                    names.add(f.file()); // a workbook holding two documents of a kind is one file
                }
            }
        }
        Severity severity = settings.severityOf(DUPLICATE_SUBMISSION, Severity.WARNING);
        for (Map.Entry<List<String>, List<String>> e : byUnit.entrySet()) {
            String unit = e.getKey().get(0);
            List<String> names = e.getValue();
            if (names.size() < 2) {
                continue;
            }
            String used = names.get(names.size() - 1);
            String message = unitName(unit, registry) + " gửi " + names.size()
                    + " tệp đọc được trong cùng lần tổng hợp: " + String.join(", ", names)
                    + ". Bản tổng hợp dùng tệp «" + used + "» (tệp gửi sau cùng). Đề nghị đơn vị chỉ gửi một "
                    + "tệp và bỏ tệp thừa khỏi thư mục nhận.";
            for (String name : names) {
                out.add(new Finding(name, unit, "", "", DUPLICATE_SUBMISSION, severity, message, ""));
            }
        }
    }

    private void missing(Set<String> read, UnitRegistry registry, String root, List<Finding> out) {
        Severity severity = settings.severityOf(MISSING_SUBMISSION, Severity.WARNING);
        List<Unit> leaves = new ArrayList<>();
        collectLeaves(root, registry, read, leaves, new HashSet<>());
        for (Unit u : leaves) {
            if (!read.contains(u.code())) {
                out.add(new Finding("", u.code(), "", "", MISSING_SUBMISSION, severity,
                        "Chưa nhận được bảng phân kỳ chỉ tiêu đọc được của " + unitName(u.code(), registry)
                                + ". Đề nghị đơn vị gửi bảng theo đúng mẫu.", ""));
            }
        }
    }

    /**
     * Units without children under {@code code}, depth first in registry order; a node that sent its
     * own consolidated table ({@code read}) stands for the units under it.
     */
    private static void collectLeaves(String code, UnitRegistry registry, Set<String> read, List<Unit> leaves,
                                      Set<String> seen) {
        if (!seen.add(code)) {
            return; // a cycle in the registry
        }
        for (Unit child : registry.childrenOf(code)) {
            if (registry.childrenOf(child.code()).isEmpty()) {
                leaves.add(child);
            } else if (!read.contains(child.code())) {
                collectLeaves(child.code(), registry, read, leaves, seen);
            }
        }
    }

    private static String unitName(String code, UnitRegistry registry) {
        Unit u = registry.find(code);
        return u == null ? "đơn vị " + code : u.name() + " (" + code + ")";
    }
}
