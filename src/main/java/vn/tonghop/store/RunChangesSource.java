package vn.tonghop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.domain.Finding;

/**
 * Compares each unit's version read in a run with the version that was current before it (see
 * {@link RunChanges}). Everything is ordered by unit, sheet, cell and rule, never by insertion, so a
 * run restarted after a crash says exactly what an uninterrupted one says.
 */
@Repository
public class RunChangesSource {

    private static final Comparator<RunChanges.FindingChange> ORDER = Comparator
            .comparing((RunChanges.FindingChange c) -> c.finding().unitCode())
            .thenComparing(c -> c.finding().sheet())
            .thenComparing(c -> c.finding().cell())
            .thenComparing(c -> c.finding().rule())
            .thenComparing(c -> c.finding().message());

    private final JdbcTemplate jdbc;
    private final FindingStore findings;

    public RunChangesSource(JdbcTemplate jdbc, FindingStore findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    public RunChanges of(long runId, UnitRegistry registry) {
        Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE run_id < ?", Integer.class,
                runId);
        boolean first = earlier == null || earlier == 0;
        // the unit's files of this run; the current one is the last (versions count by run, then arrival)
        // versions are a unit's documents of one kind
        record Read(long id, String unit, String file, int version, String kind) {
        }
        List<Read> read = jdbc.query("""
                SELECT s.id, s.unit_code, s.file_name, s.version, s.kind FROM submission s
                WHERE s.run_id = ? AND s.outcome = 'READ' AND s.unit_code IS NOT NULL AND s.version IS NOT NULL
                ORDER BY s.unit_code, s.kind, s.version""",
                (rs, i) -> new Read(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
                runId);
        List<RunChanges.FileChange> files = new ArrayList<>();
        Map<String, Read> lastOfUnit = new LinkedHashMap<>();
        for (Read r : read) {
            files.add(new RunChanges.FileChange(r.unit(), name(registry, r.unit()), r.file(), r.version()));
            lastOfUnit.put(r.unit() + "\u0000" + r.kind(), r);
        }
        List<RunChanges.FindingChange> fixed = new ArrayList<>();
        List<RunChanges.FindingChange> added = new ArrayList<>();
        if (!first) {
            for (Read now : lastOfUnit.values()) {
                List<Object[]> before = jdbc.query("""
                        SELECT s.id, s.version FROM submission s WHERE s.unit_code = ? AND s.kind = ?
                        AND s.outcome = 'READ' AND s.run_id < ? AND s.version IS NOT NULL
                        ORDER BY s.version DESC FETCH FIRST 1 ROWS ONLY""",
                        (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2)}, now.unit(), now.kind(), runId);
                Map<String, Finding> was = keyed(before.isEmpty() ? List.of()
                        : findings.ofSubmission((Long) before.get(0)[0]));
                Map<String, Finding> is = keyed(findings.ofSubmission(now.id()));
                String unitName = name(registry, now.unit());
                was.forEach((k, f) -> {
                    if (!is.containsKey(k)) {
                        fixed.add(new RunChanges.FindingChange(unitName, (Integer) before.get(0)[1], f));
                    }
                });
                is.forEach((k, f) -> {
                    if (!was.containsKey(k)) {
                        added.add(new RunChanges.FindingChange(unitName, now.version(), f));
                    }
                });
            }
        }
        fixed.sort(ORDER);
        added.sort(ORDER);
        return new RunChanges(first, files, fixed, added);
    }

    /** A finding's identity across versions: the rule and where (the message names values that change). */
    private static Map<String, Finding> keyed(List<Finding> list) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        list.stream().sorted(Comparator.comparing(Finding::message))
                .forEach(f -> byKey.putIfAbsent(f.rule() + "|" + f.sheet() + "|" + f.cell(), f));
        return byKey;
    }

    private static String name(UnitRegistry registry, String code) {
        Unit u = registry.find(code);
        return u == null ? "" : u.name();
    }
}
