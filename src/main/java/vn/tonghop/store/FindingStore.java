package vn.tonghop.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.value.Interner;

/** Findings of a run, stored as they are made so a long run keeps none in memory. */
@Repository
public class FindingStore {

    private static final String COLUMNS = "x.file_name, x.unit_code, x.sheet, x.cell, x.rule, x.severity, x.message, "
            + "x.raw";
    /**
     * A unit's last file, from an earlier run, that could not be used, with no file of the unit since
     * (one {@code ?}: the run): its problem is not solved, so it is reported again until the unit sends
     * a file (held files aside: they wait for {@code accept}).
     */
    private static final String UNRESOLVED = "(s.outcome NOT IN ('READ', 'HELD') AND s.unit_code IS NOT NULL "
            + "AND s.run_id < ? AND NOT EXISTS (SELECT 1 FROM submission t WHERE t.unit_code = s.unit_code "
            + "AND t.id > s.id AND t.outcome <> 'HELD'))";
    /** The findings a run reports (three {@code ?}: the run, thrice). */
    private static final String REPORTED = " FROM finding x LEFT JOIN submission s ON s.id = x.submission_id "
            + "WHERE ((x.submission_id IS NULL AND x.run_id = ?) OR " + VersionStore.IN_RUN_SCOPE + " OR "
            + UNRESOLVED + ")";
    /**
     * The errors and the warnings among what {@link #findings} lists, in that order, in one pass (three {@code ?}:
     * the run, thrice).
     */
    public static final String COUNT_REPORTED_BY_SEVERITY = "SELECT COUNT(CASE WHEN x.severity = 'ERROR' THEN 1 END), "
            + "COUNT(CASE WHEN x.severity = 'WARNING' THEN 1 END)" + REPORTED;

    private final JdbcTemplate jdbc;
    /** The queries of a night's findings: given as H2 reads them rather than written aside first. */
    private final StreamedQuery streamed;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streamed = new StreamedQuery(jdbc);
    }

    /** Stores findings of one submission, or of the run as a whole when {@code submissionId} is null. */
    public void save(long runId, Long submissionId, List<Finding> findings) {
        saveAll(runId, findings.stream().map(f -> new OfSubmission<>(submissionId, f)).toList());
    }

    /**
     * Stores the findings of several submissions (a chunk of the run), in order, in JDBC batches; a
     * null submission id is a finding of the run as a whole.
     */
    public void saveAll(long runId, List<OfSubmission<Finding>> findings) {
        jdbc.batchUpdate("""
                INSERT INTO finding (run_id, file_name, unit_code, sheet, cell, rule, severity, message, raw,
                                     submission_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, SubmissionStore.BATCH, (ps, of) -> {
            Finding f = of.item();
            ps.setLong(1, runId);
            ps.setString(2, cut(f.file(), 500));
            ps.setString(3, cut(f.unitCode(), 100));
            ps.setString(4, cut(f.sheet(), 300));
            ps.setString(5, cut(f.cell(), 300));
            ps.setString(6, f.rule());
            ps.setString(7, f.severity().name());
            ps.setString(8, cut(f.message(), 4000));
            ps.setString(9, cut(f.raw(), 4000));
            ps.setObject(10, of.submissionId(), Types.BIGINT);
        });
    }

    /** Removes one rule's findings on one submission (a finding made again when a run is restarted). */
    public void deleteOfSubmission(long submissionId, String rule) {
        jdbc.update("DELETE FROM finding WHERE submission_id = ? AND rule = ?", submissionId, rule);
    }

    /**
     * Replaces the run-wide findings (those of no one submission; checking across files again is harmless) with
     * those {@code make} gives, stored a batch at a time as they come, in their order: a national night's checks
     * across files make hundreds of thousands (434,000 copied figures at N = 100,000), which as one list outgrew
     * a 1 GB heap. Returns how many were stored.
     */
    public int replaceRunWide(long runId, Consumer<Consumer<Finding>> make) {
        jdbc.update("DELETE FROM finding WHERE run_id = ? AND submission_id IS NULL", runId);
        List<Finding> batch = new ArrayList<>(SubmissionStore.BATCH);
        int[] stored = {0};
        make.accept(f -> {
            batch.add(f);
            if (batch.size() == SubmissionStore.BATCH) {
                save(runId, null, batch);
                stored[0] += batch.size();
                batch.clear();
            }
        });
        save(runId, null, batch);
        return stored[0] + batch.size();
    }

    /**
     * The findings of a run as a whole (across files and documents), in the order they were stored, given one by
     * one as the query reads them, none kept.
     */
    public void forEachRunWide(long runId, Consumer<Finding> each) {
        streamed.forEachRow("SELECT " + COLUMNS + " FROM finding x WHERE x.run_id = ? AND x.submission_id IS NULL "
                + "ORDER BY x.id", ps -> ps.setLong(1, runId), rs -> each.accept(map(rs, 0)));
    }

    /**
     * What a run reports: the findings on every unit's current version (whenever it arrived), on the
     * files this run could not use, on a unit's unusable file of an earlier run not yet replaced (its
     * message says from which run), and across files for this run.
     */
    public List<Finding> findings(long runId) {
        // a night's findings are held by the outputs while they are written (109,000 at N = 10,000): the texts
        // they repeat (a file's name, a unit's code, a sheet, a rule, and the messages and values the same
        // mistake gives in many schools) are one object each, not one per row as the driver gives them
        List<Finding> out = new ArrayList<>();
        query(runId, " ORDER BY x.id", new Interner<>(SHARED_TEXTS), code -> true, out::add);
        return out;
    }

    /**
     * The findings of one rule among those {@link #findings} lists, in its order: the e-mail's units that sent
     * nothing, without holding the night's findings to pick them out (1.1 million at N = 100,000).
     */
    public List<Finding> reportedOfRule(long runId, String rule) {
        List<Finding> out = new ArrayList<>();
        streamed.forEachRow("SELECT " + COLUMNS + ", s.run_id, s.outcome" + REPORTED + " AND x.rule = ? ORDER BY x.id",
                ps -> {
                    for (int i = 1; i <= 3; i++) {
                        ps.setLong(i, runId);
                    }
                    ps.setString(4, rule);
                }, rs -> out.add(reported(rs, runId, null)));
        return out;
    }

    /**
     * {@link #findings}, given one by one as the query reads them (its order), none kept: what the office's
     * summary counts, read again rather than held (a night's findings were the largest share of the heap).
     */
    public void forEachReported(long runId, Consumer<Finding> each) {
        query(runId, "", null, code -> true, each);
    }

    /**
     * {@link #findings} unit by unit, the units in the order of their codes as Java compares them
     * ({@link String#compareTo}), each unit's findings in a list of its own (in the order stored), so the
     * discrepancies are written in their order with one unit's findings sorted in memory at a time. The database
     * orders the codes: H2 as Java does, PostgreSQL by bytes ({@code COLLATE "C"}), which differs from Java
     * only for a code with a character past U+FFFF against one in U+E000–U+FFFF; the order is checked as the
     * units come and {@link UnitOrderDiffers} thrown before a unit out of it is given.
     */
    public void forEachUnit(long runId, Consumer<List<Finding>> eachUnit) {
        List<Finding> unit = new ArrayList<>();
        String[] code = {null};
        String byUnit = " ORDER BY x.unit_code" + (postgres() ? " COLLATE \"C\"" : "") + ", x.id";
        query(runId, byUnit, null, any -> true, f -> {
            String c = f.unitCode() == null ? "" : f.unitCode();
            if (code[0] != null && !c.equals(code[0])) {
                if (c.compareTo(code[0]) < 0) {
                    throw new UnitOrderDiffers(code[0], c);
                }
                eachUnit.accept(List.copyOf(unit));
                unit.clear();
            }
            code[0] = c;
            unit.add(f);
        });
        if (!unit.isEmpty()) {
            eachUnit.accept(List.copyOf(unit));
        }
    }

    /** The database gave two units' codes in another order than Java's: the caller sorts the findings itself. */
    public static final class UnitOrderDiffers extends RuntimeException {
        UnitOrderDiffers(String before, String after) {
            super("the database orders unit code '" + after + "' after '" + before + "'");
        }
    }

    private Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection con) ->
                    con.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
        }
        return postgres;
    }

    /**
     * The reported findings of the units {@code unitCodes} accepts (asked before a row is made a finding), in the
     * order {@code orderBy} says (empty: as the database reads them).
     */
    private void query(long runId, String orderBy, Interner<String> shared, Predicate<String> unitCodes,
                       Consumer<Finding> each) {
        streamed.forEachRow("SELECT " + COLUMNS + ", s.run_id, s.outcome" + REPORTED + orderBy, ps -> {
            for (int i = 1; i <= 3; i++) {
                ps.setLong(i, runId);
            }
        }, rs -> {
            if (unitCodes.test(rs.getString(2))) {
                each.accept(reported(rs, runId, shared));
            }
        });
    }

    /** A row of the reported findings; a finding of an earlier run's unusable file says so. */
    private static Finding reported(ResultSet rs, long runId, Interner<String> shared) throws SQLException {
        long from = rs.getLong(9);
        boolean earlier = !rs.wasNull() && from < runId && FileOutcome.valueOf(rs.getString(10)) != FileOutcome.READ;
        String message = rs.getString(7);
        message = earlier ? EARLIER_RUN.formatted(from) + message : message;
        if (shared == null) {
            return new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Severity.valueOf(rs.getString(6)), message, rs.getString(8));
        }
        return new Finding(shared.of(rs.getString(1)), shared.of(rs.getString(2)), shared.of(rs.getString(3)),
                shared.of(rs.getString(4)), shared.of(rs.getString(5)), Severity.valueOf(rs.getString(6)),
                shared.of(message), shared.of(rs.getString(8)));
    }

    /** Past this many distinct texts of one load the others are kept as they come (one {@link Interner} per load). */
    private static final int SHARED_TEXTS = 500_000;

    /** Marks a finding carried from an earlier run's unusable file. */
    public static final String EARLIER_RUN = "[Từ lượt chạy số %d, đơn vị chưa gửi tệp thay thế] ";

    /** The findings on one submission. */
    public List<Finding> ofSubmission(long submissionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM finding x WHERE x.submission_id = ? ORDER BY x.id",
                FindingStore::map, submissionId);
    }

    /**
     * The findings on each of these submissions (a few dozen), in the order {@link #ofSubmission} gives them; a
     * submission without any is left out. One query for the feedback copies of many files, not one per file.
     */
    public Map<Long, List<Finding>> ofSubmissions(List<Long> submissionIds) {
        Map<Long, List<Finding>> out = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT " + COLUMNS + ", x.submission_id FROM finding x WHERE x.submission_id IN ("
                + CurrentValues.marks(submissionIds.size()) + ") ORDER BY x.submission_id, x.id", rs -> {
                    out.computeIfAbsent(rs.getLong(9), id -> new ArrayList<>()).add(map(rs, 0));
                }, submissionIds.toArray());
        return out;
    }

    private static Finding map(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Severity.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
