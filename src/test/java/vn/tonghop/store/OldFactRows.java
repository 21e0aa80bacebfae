package vn.tonghop.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.value.ParsedValue;

/**
 * Facts stored as rows of {@code fact}, as every submission's were before schema 12 (an office's data from
 * then): what the tests of reading such data, and of a blob giving back what a row did, store.
 */
final class OldFactRows {

    private OldFactRows() {
    }

    /**
     * Stores a submission as before schema 12: its facts as rows, its blob (when {@code withValuesBlob}) of
     * values only; replaces the blob of facts today's store gave it.
     */
    static void storeAsRows(JdbcTemplate jdbc, long submissionId, List<Fact> facts, boolean withValuesBlob) {
        jdbc.update("DELETE FROM submission_values WHERE submission_id = ?", submissionId);
        insert(jdbc, submissionId, facts);
        if (withValuesBlob) {
            ValuesBlob.Writer w = new ValuesBlob.Writer(facts.size());
            facts.forEach(f -> w.add(f.indicatorCode(), f.measure().code(), ValuesBlob.stored(f.value()), f.cell()));
            jdbc.update("INSERT INTO submission_values (submission_id, data) VALUES (?, ?)", submissionId, w.blob());
        }
    }

    /** The facts' rows, as {@code FactStore} inserted them before schema 12. */
    static void insert(JdbcTemplate jdbc, long submissionId, List<Fact> facts) {
        jdbc.batchUpdate("""
                INSERT INTO fact (submission_id, unit_code, indicator_code, row_name, measure, raw, kind, value_text,
                                  num_value, comparator, rank_total, truth, flags, cell)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", facts, 1000, (ps, f) -> bind(ps, submissionId, f));
    }

    private static void bind(PreparedStatement ps, long submissionId, Fact f) throws SQLException {
        ParsedValue v = f.value();
        ps.setLong(1, submissionId);
        ps.setString(2, f.unitCode());
        ps.setString(3, f.indicatorCode());
        ps.setString(4, truncate(f.rowName(), 1000));
        ps.setString(5, f.measure().code());
        ps.setString(6, truncate(v.raw(), 4000));
        ps.setString(7, v.kind().name());
        ps.setString(8, truncate(v.normalized(), 4000));
        ps.setBigDecimal(9, v.number());
        ps.setString(10, v.comparator() == null ? null : v.comparator().symbol());
        if (v.rankTotal() == null) {
            ps.setNull(11, Types.INTEGER);
        } else {
            ps.setInt(11, v.rankTotal());
        }
        if (v.truth() == null) {
            ps.setNull(12, Types.BOOLEAN);
        } else {
            ps.setBoolean(12, v.truth());
        }
        ps.setString(13, FactStore.flags(v.flags()));
        ps.setString(14, f.cell());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
