package vn.tonghop.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * Loads the submission each unit's consolidation uses (its current version: the last readable file it
 * sent, in whichever run) with the values consolidation needs: current value, own target and phasing.
 * Quota columns stay in the database; they are checked, not consolidated.
 */
@Repository
public class UnitReportSource {

    private final JdbcTemplate jdbc;
    private final VersionStore versions;

    public UnitReportSource(JdbcTemplate jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public List<UnitReport> reports(UnitRegistry registry) {
        Map<Long, Version> chosen = new LinkedHashMap<>();
        for (Version v : versions.current()) {
            chosen.put(v.submissionId(), v);
        }

        Map<Long, Map<String, Map<String, ParsedValue>>> values = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT f.submission_id, f.indicator_code, f.measure, f.raw, f.kind, "
                    + "f.value_text, f.num_value, f.comparator, f.rank_total, f.truth, f.flags "
                    + "FROM fact f JOIN submission s ON s.id = f.submission_id WHERE " + VersionStore.IS_CURRENT
                    + " AND f.indicator_code IS NOT NULL "
                    + "AND (f.measure IN ('current', 'target_unit') OR f.measure LIKE 'phase_%')");
            ps.setFetchSize(2000);
            return ps;
        }, rs -> {
            long submission = rs.getLong(1);
            if (!chosen.containsKey(submission)) {
                return;
            }
            ValueKind kind = ValueKind.valueOf(rs.getString(5));
            BigDecimal number = rs.getBigDecimal(7);
            String cmp = rs.getString(8);
            Integer total = (Integer) rs.getObject(9, Integer.class);
            Boolean truth = (Boolean) rs.getObject(10, Boolean.class);
            Set<ValueFlag> flags = rs.getString(11).isBlank() ? Set.of()
                    : Arrays.stream(rs.getString(11).split(" ")).map(ValueFlag::valueOf).collect(Collectors.toSet());
            String word = switch (kind) {
                case YES_NO, MET, NOT_ASSESSED, MARK, LEVEL, MONEY -> rs.getString(6);
                default -> null;
            };
            ParsedValue v = new ParsedValue(rs.getString(4), kind, number, cmp == null ? null : Comparator.fromSymbol(cmp),
                    total, truth, word, flags);
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
