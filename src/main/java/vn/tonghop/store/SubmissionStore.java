package vn.tonghop.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/** Stores submissions with their facts ({@link ValuesBlob}) and notes, and reads back what the run-level steps need. */
@Repository
public class SubmissionStore {

    private final JdbcTemplate jdbc;

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What was read of one received file (a workbook may hold several documents: one reading each). */
    public record Reading(long receivedFileId, Submission submission) {
    }

    /** Stores the reading of one received file under a run; returns the submission's id. */
    public long save(long runId, long receivedFileId, Submission s) {
        return saveAll(runId, List.of(new Reading(receivedFileId, s))).get(0);
    }

    /**
     * Stores the readings of several files (a chunk of the run) under a run; returns their submissions'
     * ids, in order. Each submission's row goes in on its own (its id is needed), then the facts of each in
     * one row ({@link ValuesBlob}), in one JDBC batch, the notes in another: a few round trips per chunk,
     * not per file. Rows and ids are the ones {@link #save} would give file after file.
     */
    public List<Long> saveAll(long runId, List<Reading> readings) {
        List<Long> ids = new ArrayList<>(readings.size());
        List<OfSubmission<ReadingNote>> allNotes = new ArrayList<>();
        List<OfSubmission<List<Fact>>> facts = new ArrayList<>();
        for (Reading r : readings) {
            long id = insertSubmission(runId, r.receivedFileId(), r.submission());
            ids.add(id);
            r.submission().notes().forEach(n -> allNotes.add(new OfSubmission<>(id, n)));
            facts.add(new OfSubmission<>(id, r.submission().facts()));
        }
        jdbc.batchUpdate("INSERT INTO submission_values (submission_id, data, fact_count) VALUES (?, ?, ?)", facts,
                BATCH, (ps, f) -> {
                    ps.setLong(1, f.submissionId());
                    ps.setBytes(2, ValuesBlob.of(f.item()));
                    ps.setInt(3, f.item().size());
                });
        jdbc.batchUpdate("INSERT INTO reading_note (submission_id, sheet, cell, code, message) VALUES (?, ?, ?, ?, ?)",
                allNotes, BATCH, (ps, n) -> bindNote(ps, n.submissionId(), n.item()));
        return ids;
    }

    /**
     * Gives each current submission stored before the values blobs (an office's data from before version
     * 11 of the schema) its blob, made from its fact rows: its nights then read blobs from the first one
     * on, not only for the files sent since. Returns how many were made; none once done.
     */
    public int addMissingValuesBlobs() {
        List<Long> ids = jdbc.queryForList("SELECT s.id FROM submission s WHERE s.is_current AND NOT EXISTS "
                + "(SELECT 1 FROM submission_values v WHERE v.submission_id = s.id) ORDER BY s.id", Long.class);
        for (int from = 0; from < ids.size(); from += CurrentValues.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CurrentValues.CHUNK));
            Map<Long, ValuesBlob.Writer> blobs = new LinkedHashMap<>();
            chunk.forEach(id -> blobs.put(id, new ValuesBlob.Writer(200)));
            jdbc.query("SELECT f.submission_id, f.indicator_code, f.measure, " + FactStore.VALUE_COLUMNS
                    + ", f.cell FROM fact f WHERE f.submission_id IN (" + CurrentValues.marks(chunk.size())
                    + ") ORDER BY f.id", rs -> {
                        // the row's value as it is: what a blob holds
                        blobs.get(rs.getLong(1)).add(rs.getString(2), rs.getString(3), FactStore.value(rs, 4),
                                rs.getString(12));
                    }, chunk.toArray());
            jdbc.batchUpdate("INSERT INTO submission_values (submission_id, data) VALUES (?, ?)",
                    new ArrayList<>(blobs.entrySet()), chunk.size(), (ps, e) -> {
                        ps.setLong(1, e.getKey());
                        ps.setBytes(2, e.getValue().blob());
                    });
        }
        return ids.size();
    }

    /** Rows per JDBC batch: PostgreSQL's driver turns each into multi-row INSERTs ({@link PostgresBatchedInserts}). */
    static final int BATCH = 1000;

    private long insertSubmission(long runId, long receivedFileId, Submission s) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO submission (run_id, file_name, file_path, sha256, size_bytes, outcome, reason,
                                            unit_code, sheets, period, read_at, received_file_id, current_year, kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, runId);
            ps.setString(2, s.fileName());
            ps.setString(3, s.path());
            ps.setString(4, s.sha256());
            ps.setLong(5, s.sizeBytes());
            ps.setString(6, s.outcome().name());
            ps.setString(7, s.reason());
            ps.setString(8, s.unitCode());
            ps.setString(9, s.sheets());
            ps.setString(10, s.period());
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.setLong(12, receivedFileId);
            if (s.currentYear() == null) {
                ps.setNull(13, Types.INTEGER);
            } else {
                ps.setInt(13, s.currentYear());
            }
            ps.setString(14, s.kind());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private static void bindNote(PreparedStatement ps, long submissionId, ReadingNote n) throws java.sql.SQLException {
        ps.setLong(1, submissionId);
        ps.setString(2, n.sheet());
        ps.setString(3, n.cell());
        ps.setString(4, n.code().name());
        ps.setString(5, truncate(n.message(), 2000));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The files a run read, in the order they arrived ({@link ArrivalOrder}). */
    public List<StoredSubmission> ofRun(long runId) {
        return jdbc.query("SELECT " + STORED + " FROM submission s JOIN received_file r ON r.id = s.received_file_id "
                + "WHERE s.run_id = ? ORDER BY " + ArrivalOrder.SQL, SubmissionStore::stored, runId);
    }

    /**
     * What each unit sent in a run that its school is told about, one entry per file with the documents
     * of the file: the unit's last file ({@link ArrivalOrder}), read or not, and the file of its last
     * document of each other kind when that is an earlier file (a phasing table and a self-assessment
     * sent apart). A held file is not its unit's until an officer accepts it, so it is left out.
     */
    public List<List<StoredSubmission>> lastFilesOfEachUnit(long runId) {
        record Row(StoredSubmission s, String kind) {
        }
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        jdbc.query("SELECT " + STORED + ", s.kind FROM submission s JOIN received_file r ON r.id = s.received_file_id "
                + "WHERE s.run_id = ? AND s.unit_code IS NOT NULL AND s.outcome <> 'HELD' "
                + "ORDER BY s.unit_code, " + ArrivalOrder.SQL + ", s.kind", rs -> {
                    StoredSubmission s = stored(rs, 0);
                    byUnit.computeIfAbsent(s.unitCode(), k -> new ArrayList<>()).add(new Row(s, rs.getString(8)));
                }, runId);
        List<List<StoredSubmission>> out = new ArrayList<>();
        for (List<Row> rows : byUnit.values()) {
            Path lastFile = rows.get(rows.size() - 1).s().archived();
            Map<String, Path> lastOfKind = new LinkedHashMap<>();
            rows.stream().filter(r -> r.kind() != null && r.s().read())
                    .forEach(r -> lastOfKind.put(r.kind(), r.s().archived()));
            Map<Path, List<StoredSubmission>> files = new LinkedHashMap<>();
            for (Row r : rows) {
                boolean last = r.s().archived().equals(lastFile);
                boolean lastOfItsKind = r.kind() != null && r.s().archived().equals(lastOfKind.get(r.kind()));
                if (last || lastOfItsKind) {
                    files.computeIfAbsent(r.s().archived(), k -> new ArrayList<>()).add(r.s());
                }
            }
            out.addAll(files.values());
        }
        return out;
    }

    private static final String STORED = "s.id, s.unit_code, s.file_name, s.file_path, s.outcome, s.reason, s.version, "
            + "s.kind";

    private static StoredSubmission stored(ResultSet rs, int row) throws SQLException {
        return new StoredSubmission(rs.getLong(1), rs.getString(2), rs.getString(3), Path.of(rs.getString(4)),
                FileOutcome.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, Integer.class), rs.getString(8));
    }

    /** Outcome counts of one run, for the closing summary. */
    public List<String> outcomeSummary(long runId) {
        return jdbc.query("SELECT outcome, COUNT(*) FROM submission WHERE run_id = ? GROUP BY outcome "
                + "ORDER BY outcome", (rs, i) -> rs.getString(1) + "=" + rs.getLong(2), runId);
    }
}
