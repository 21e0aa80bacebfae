package vn.tonghop.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.validation.Finding;
import vn.tonghop.validation.Severity;

/** Findings of a run, stored as they are made so a long run keeps none in memory. */
@Repository
public class FindingStore {

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long jobExecutionId, List<Finding> findings) {
        jdbc.batchUpdate("""
                INSERT INTO finding (job_execution_id, file_name, unit_code, sheet, cell, rule, severity, message, raw)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, 500, (ps, f) -> {
            ps.setLong(1, jobExecutionId);
            ps.setString(2, cut(f.file(), 500));
            ps.setString(3, cut(f.unitCode(), 100));
            ps.setString(4, cut(f.sheet(), 300));
            ps.setString(5, cut(f.cell(), 300));
            ps.setString(6, f.rule());
            ps.setString(7, f.severity().name());
            ps.setString(8, cut(f.message(), 4000));
            ps.setString(9, cut(f.raw(), 4000));
        });
    }

    public List<Finding> findings(long jobExecutionId) {
        return jdbc.query("""
                SELECT file_name, unit_code, sheet, cell, rule, severity, message, raw FROM finding
                WHERE job_execution_id = ? ORDER BY id""", (rs, i) -> new Finding(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), Severity.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8)), jobExecutionId);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
