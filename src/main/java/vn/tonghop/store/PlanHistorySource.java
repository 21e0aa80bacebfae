package vn.tonghop.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Fact;

/**
 * A unit's table for a later date beside the plan it follows: its current version, and the latest of
 * its earlier readable versions whose table is dated an earlier year ("Hiện trạng 9/2024" after
 * "Hiện trạng 9/2023"), each with its facts in table order. Versions of the same year (a corrected
 * table) are not a plan to follow: the later one replaces it.
 */
@Repository
public class PlanHistorySource {

    /** One readable version: its submission, file, table year and facts. */
    public record Table(long submissionId, String unitCode, String fileName, int tableYear, int version,
                        List<Fact> facts) {
    }

    /** A unit's current table and the earlier accepted table it is compared with. */
    public record Pair(Table current, Table earlier) {
    }

    private final JdbcTemplate jdbc;

    public PlanHistorySource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit whose current document of {@code kind} follows an earlier year's table, by unit code. */
    public List<Pair> pairs(String kind) {
        return pairs(kind, true);
    }

    /** Every unit's current document of {@code kind} beside its version just before (any year), by unit code. */
    public List<Pair> previousVersions(String kind) {
        return pairs(kind, false);
    }

    /**
     * {@code earlierYear}: the latest version of an earlier table year; else the version just before.
     * Versions are counted per unit and kind, so only one kind's documents are compared.
     */
    private List<Pair> pairs(String kind, boolean earlierYear) {
        record Row(long id, String unit, String file, int year, int version, boolean current) {
        }
        List<Row> rows = jdbc.query("""
                SELECT s.id, s.unit_code, s.file_name, s.current_year, s.version, s.is_current
                FROM submission s
                WHERE s.outcome = 'READ' AND s.unit_code IS NOT NULL
                  AND s.version IS NOT NULL AND s.kind = ?
                ORDER BY s.unit_code, s.version""", (rs, i) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)), kind);
        List<Pair> out = new ArrayList<>();
        // rows come grouped by unit, so each unit's versions are compared among themselves only
        for (int start = 0, end; start < rows.size(); start = end) {
            end = start;
            while (end < rows.size() && rows.get(end).unit().equals(rows.get(start).unit())) {
                end++;
            }
            List<Row> unit = rows.subList(start, end);
            for (Row cur : unit) {
                if (!cur.current()) {
                    continue;
                }
                Row earlier = null;
                for (Row r : unit) {
                    if (r.version() < cur.version() && (!earlierYear || (r.year() > 0 && r.year() < cur.year()))) {
                        earlier = r; // ordered by version: the latest such
                    }
                }
                if (earlier != null) {
                    out.add(new Pair(new Table(cur.id(), cur.unit(), cur.file(), cur.year(), cur.version(),
                            facts(cur.id())), new Table(earlier.id(), earlier.unit(), earlier.file(), earlier.year(),
                            earlier.version(), facts(earlier.id()))));
                }
            }
        }
        return out;
    }

    /** The facts of a submission in the order they were read (table order). */
    List<Fact> facts(long submissionId) {
        return StoredFactRows.of(jdbc, submissionId);
    }
}
