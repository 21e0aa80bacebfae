package vn.tonghop.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;

/** A stored submission's facts read back as the reading made them. */
final class StoredFactRows {

    private StoredFactRows() {
    }

    /** The fact's place, its value as {@link FactStore#value} reads it (from the fifth column), its cell. */
    private static final String COLUMNS = "f.unit_code, f.indicator_code, f.row_name, f.measure, "
            + FactStore.VALUE_COLUMNS + ", f.cell, f.submission_id";

    /** The facts of a submission in the order they were read (table order). */
    static List<Fact> of(JdbcTemplate jdbc, long submissionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fact f WHERE f.submission_id = ? ORDER BY f.id",
                (rs, i) -> fact(rs), submissionId);
    }

    /**
     * The facts of every current submission of one kind, by submission, each in the order it was read: one
     * query for all of them (one per document took a query per school and per output scope).
     */
    static Map<Long, List<Fact>> ofCurrent(JdbcTemplate jdbc, String documentKind) {
        Map<Long, List<Fact>> out = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM fact f JOIN submission s ON s.id = f.submission_id WHERE "
                + VersionStore.IS_CURRENT + " AND s.kind = ? ORDER BY f.submission_id, f.id", rs -> {
                    out.computeIfAbsent(rs.getLong(14), k -> new ArrayList<>()).add(fact(rs));
                }, documentKind);
        return out;
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(rs.getString(1), rs.getString(2), rs.getString(3), Measure.fromCode(rs.getString(4)),
                FactStore.value(rs, 5), rs.getString(13));
    }
}
