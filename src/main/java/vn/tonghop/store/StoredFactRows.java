package vn.tonghop.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.value.Interner;
import vn.tonghop.value.ParsedValue;

/** A stored submission's facts read back as the reading made them, from its blob or its fact rows. */
final class StoredFactRows {

    private static final Logger log = LoggerFactory.getLogger(StoredFactRows.class);

    private StoredFactRows() {
    }

    /** The fact's place, its value as {@link FactStore#value} reads it (from the fifth column), its cell. */
    private static final String COLUMNS = "f.unit_code, f.indicator_code, f.row_name, f.measure, "
            + FactStore.VALUE_COLUMNS + ", f.cell, f.submission_id";

    /** The facts of a submission in the order they were read: its blob's, else its rows (table order). */
    static List<Fact> of(JdbcTemplate jdbc, long submissionId) {
        List<byte[]> blob = jdbc.query("SELECT data FROM submission_values WHERE submission_id = ?",
                (rs, i) -> rs.getBytes(1), submissionId);
        if (!blob.isEmpty() && ValuesBlob.holdsFacts(blob.get(0))) {
            return facts(blob.get(0));
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM fact f WHERE f.submission_id = ? ORDER BY f.id",
                (rs, i) -> fact(rs), submissionId);
    }

    /**
     * The facts of every current submission of one kind, by submission, each in the order it was read: one
     * query for the blobs and one for the rows of them all (one per document took a query per school and per
     * output scope). A submission's facts are in its blob or in rows, never both. Held in bulk (10,000
     * self-assessments of 58 facts at N = 100,000, their criteria's names in every one): the texts and values
     * the documents repeat are one object each ({@link Shared}).
     */
    static Map<Long, List<Fact>> ofCurrent(JdbcTemplate jdbc, String documentKind) {
        Map<Long, List<Fact>> out = new HashMap<>();
        Shared shared = new Shared();
        jdbc.query("SELECT v.submission_id, v.data FROM submission_values v JOIN submission s ON s.id = "
                + "v.submission_id WHERE " + VersionStore.IS_CURRENT + " AND s.kind = ?", rs -> {
                    byte[] blob = rs.getBytes(2);
                    if (ValuesBlob.holdsFacts(blob)) {
                        out.put(rs.getLong(1), facts(blob, shared));
                    }
                }, documentKind);
        jdbc.query("SELECT " + COLUMNS + " FROM fact f JOIN submission s ON s.id = f.submission_id WHERE "
                + VersionStore.IS_CURRENT + " AND s.kind = ? ORDER BY f.submission_id, f.id", rs -> {
                    out.computeIfAbsent(rs.getLong(14), k -> new ArrayList<>()).add(shared.of(fact(rs)));
                }, documentKind);
        return out;
    }

    /**
     * One instance of each text and value a load of many documents repeats (a unit's code on each of its facts, a
     * criterion's name and a cell in every school's, the few levels and words clerks write): as the blobs and the
     * driver give them, each fact had its own copies. The bench's 1,000 self-assessments took 399 bytes a fact so,
     * 82 shared; its 1,000 plans 349 and 69.
     */
    private static final class Shared {

        /** Past these many distinct ones the others are kept as they come. */
        private static final int CAPACITY = 200_000;

        private final Interner<String> texts = new Interner<>(CAPACITY);
        private final Interner<ParsedValue> values = new Interner<>(CAPACITY);

        Fact of(Fact f) {
            return new Fact(texts.of(f.unitCode()), texts.of(f.indicatorCode()), texts.of(f.rowName()), f.measure(),
                    values.of(f.value()), texts.of(f.cell()));
        }
    }

    /**
     * A blob's facts, as their rows would give them back; none, with a warning, from a blob that cannot be
     * read: a damaged row never stops a night.
     */
    private static List<Fact> facts(byte[] blob) {
        return facts(blob, null);
    }

    private static List<Fact> facts(byte[] blob, Shared shared) {
        List<Fact> out = new ArrayList<>();
        try {
            ValuesBlob.readFacts(blob, (unit, indicator, rowName, measure, value, valueText, cell) -> {
                Fact f = new Fact(unit, indicator, rowName, Measure.fromCode(measure), value, cell);
                out.add(shared == null ? f : shared.of(f));
            });
        } catch (IllegalStateException unreadable) {
            log.warn("A submission's facts not read: their blob is unreadable ({})", unreadable.getMessage());
            return List.of();
        }
        return out;
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(rs.getString(1), rs.getString(2), rs.getString(3), Measure.fromCode(rs.getString(4)),
                FactStore.value(rs, 5), rs.getString(13));
    }
}
