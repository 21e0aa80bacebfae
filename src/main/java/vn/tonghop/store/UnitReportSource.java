package vn.tonghop.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/**
 * Loads the submission each unit's consolidation uses (its current version: the last readable file it
 * sent, in whichever run) with the values consolidation needs: current value, own target and phasing,
 * and for a node's table the basis of its aggregates. Quota columns stay in the database; they are
 * checked, not consolidated.
 */
@Repository
public class UnitReportSource {

    private final JdbcTemplate jdbc;
    private final VersionStore versions;

    public UnitReportSource(JdbcTemplate jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Every unit's current version of the document kind {@code kind}, as its report. */
    public List<UnitReport> reports(UnitRegistry registry, String documentKind) {
        Map<Long, Version> chosen = new LinkedHashMap<>();
        for (Version v : versions.current(documentKind)) {
            chosen.put(v.submissionId(), v);
        }

        Map<Long, Map<String, Map<String, ParsedValue>>> values = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT f.submission_id, f.indicator_code, f.measure, "
                    + FactStore.VALUE_COLUMNS + " "
                    + "FROM fact f JOIN submission s ON s.id = f.submission_id WHERE " + VersionStore.IS_CURRENT
                    + " AND f.indicator_code IS NOT NULL "
                    + "AND (f.measure IN ('current', 'target_unit', 'basis') OR f.measure LIKE 'phase_%')");
            ps.setFetchSize(2000);
            return ps;
        }, rs -> {
            long submission = rs.getLong(1);
            if (!chosen.containsKey(submission)) {
                return;
            }
            ParsedValue v = FactStore.value(rs, 4);
            values.computeIfAbsent(submission, k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                    .putIfAbsent(rs.getString(3), v);
        });

        List<UnitReport> reports = new ArrayList<>();
        chosen.forEach((id, v) -> {
            var unit = registry.find(v.unitCode());
            if (unit != null) {
                reports.add(new UnitReport(unit, v.fileName(), v.sha256(), v.version(),
                        values.getOrDefault(id, Map.of())));
            }
        });
        return reports;
    }
}
