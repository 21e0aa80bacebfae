package vn.tonghop.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/** A stored submission's facts read back as the reading made them. */
final class StoredFactRows {

    private StoredFactRows() {
    }

    private static final String COLUMNS = """
            f.unit_code, f.indicator_code, f.row_name, f.measure, f.raw, f.kind, f.value_text, f.num_value,
            f.comparator, f.rank_total, f.truth, f.flags, f.cell, f.submission_id""";

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
        ValueKind kind = ValueKind.valueOf(rs.getString(6));
        BigDecimal number = rs.getBigDecimal(8);
        String cmp = rs.getString(9);
        Integer total = (Integer) rs.getObject(10, Integer.class);
        Boolean truth = (Boolean) rs.getObject(11, Boolean.class);
        Set<ValueFlag> flags = rs.getString(12).isBlank() ? Set.of()
                : Arrays.stream(rs.getString(12).split(" ")).map(ValueFlag::valueOf).collect(Collectors.toSet());
        String word = switch (kind) {
            case YES_NO, MET, NOT_ASSESSED, MARK, LEVEL, MONEY -> rs.getString(7);
            default -> null;
        };
        ParsedValue v = new ParsedValue(rs.getString(5), kind, number,
                cmp == null ? null : Comparator.fromSymbol(cmp), total, truth, word, flags);
        return new Fact(rs.getString(1), rs.getString(2), rs.getString(3), Measure.fromCode(rs.getString(4)), v,
                rs.getString(13));
    }
}
