package vn.tonghop.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * The facts stored, streamed out: from their submission's blob ({@link ValuesBlob}), or from the
 * {@code fact} table for submissions stored before schema 12; and the one place such a row becomes a
 * {@link ParsedValue} again.
 */
@Repository
public class FactStore {

    private static final Logger log = LoggerFactory.getLogger(FactStore.class);

    /** The columns {@link #value} reads, in its order, on {@code f} (a fact). */
    static final String VALUE_COLUMNS = "f.raw, f.kind, f.value_text, f.num_value, f.comparator, f.rank_total, "
            + "f.truth, f.flags";

    private final JdbcTemplate jdbc;

    public FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Submissions whose blobs are read in one query when their facts are streamed. */
    private static final int BLOBS_AT_ONCE = 500;

    /**
     * The facts a run's outputs are made of (every unit's current version, and the files of this run
     * that were read without a known unit), streamed in the order of {@code facts.csv}: unit, file,
     * sheet order (as {@code ORDER BY f.unit_code, s.file_name, f.id} over fact rows). Read submission by
     * submission: the submissions in scope in that order (a few thousand rows), then each one's facts from
     * its blob ({@link ValuesBlob}, a few hundred blobs a query) or, stored before schema 12, from its fact
     * rows by the index on {@code fact.submission_id} in id order, on one connection. Submission by submission
     * is the facts' id order: a submission's facts were stored after those of every submission with a smaller
     * id. A blob that cannot be read loses only its own facts, with a warning: a night never stops on one.
     */
    public void forEachInRunScope(long runId, Consumer<StoredFact> sink) {
        List<Scoped> scope = jdbc.query("SELECT s.id, s.unit_code, s.file_name, s.sha256, s.kind FROM submission s "
                + "WHERE " + VersionStore.IN_RUN_SCOPE + " ORDER BY s.unit_code, s.file_name, s.id",
                (rs, i) -> new Scoped(rs.getLong(1), rs.getString(2), text(rs.getString(3)), rs.getString(4),
                        rs.getString(5)), runId);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement rows = con.prepareStatement(FACTS + "submission_id = ? ORDER BY id")) {
                rows.setFetchSize(1000);
                for (int from = 0; from < scope.size(); from += BLOBS_AT_ONCE) {
                    List<Scoped> part = scope.subList(from, Math.min(scope.size(), from + BLOBS_AT_ONCE));
                    Map<Long, byte[]> blobs = blobs(con, part);
                    for (Scoped s : part) {
                        byte[] blob = blobs.get(s.id());
                        if (ValuesBlob.holdsFacts(blob)) {
                            streamBlob(s, blob, sink);
                        } else {
                            rows.setLong(1, s.id());
                            streamRows(rows, s, sink);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The blobs of these submissions, by submission, those that have one. */
    private static Map<Long, byte[]> blobs(Connection con, List<Scoped> part) throws SQLException {
        Map<Long, byte[]> out = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT submission_id, data FROM submission_values WHERE "
                + "submission_id IN (" + CurrentValues.marks(part.size()) + ")")) {
            for (int k = 0; k < part.size(); k++) {
                ps.setLong(k + 1, part.get(k).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        }
        return out;
    }

    private static final String FACTS = "SELECT unit_code, indicator_code, row_name, measure, raw, value_text, "
            + "comparator, cell, kind, flags, submission_id FROM fact WHERE ";

    /** A submission in a run's scope: what each of its facts' lines says of it. */
    private record Scoped(long id, String unitCode, String fileName, String sha256, String kind) {
    }

    private static void streamRows(PreparedStatement ps, Scoped s, Consumer<StoredFact> sink) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new StoredFact(rs.getString(1), text(rs.getString(2)), text(rs.getString(3)),
                        rs.getString(4), text(rs.getString(5)), text(rs.getString(6)), text(rs.getString(7)),
                        text(rs.getString(8)), rs.getString(9), text(rs.getString(10)), s.fileName(), s.sha256(),
                        s.kind()));
            }
        }
    }

    /** A blob's facts as {@link #streamRows} gives a row's: each column as its text. */
    private static void streamBlob(Scoped s, byte[] blob, Consumer<StoredFact> sink) {
        List<StoredFact> facts = new ArrayList<>();
        try {
            ValuesBlob.readFacts(blob, (unit, indicator, rowName, measure, v, valueText, cell) ->
                    facts.add(new StoredFact(unit, text(indicator), text(rowName), measure, text(v.raw()),
                            text(valueText), v.comparator() == null ? "" : v.comparator().symbol(), text(cell),
                            v.kind().name(), flags(v.flags()), s.fileName(), s.sha256(), s.kind())));
        } catch (IllegalStateException unreadable) {
            log.warn("Facts of submission {} ({}) not listed: their blob is unreadable ({})", s.id(), s.fileName(),
                    unreadable.getMessage());
            return;
        }
        facts.forEach(sink);
    }

    /** A value's flags as its row holds them: their names in order, spaced; "" for none. */
    static String flags(Set<ValueFlag> flags) {
        // most values carry no flag: "" without a stream per fact
        return flags.isEmpty() ? "" : flags.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    /**
     * The value stored in the {@link #VALUE_COLUMNS} starting at column {@code first}. The word is the
     * normalized text for the kinds whose value is a word ({@link ParsedValue#normalized()}).
     */
    static ParsedValue value(ResultSet rs, int first) throws SQLException {
        ValueKind kind = ValueKind.valueOf(rs.getString(first + 1));
        BigDecimal number = rs.getBigDecimal(first + 3);
        String cmp = rs.getString(first + 4);
        Integer total = rs.getObject(first + 5, Integer.class);
        Boolean truth = rs.getObject(first + 6, Boolean.class);
        String flagText = rs.getString(first + 7);
        Set<ValueFlag> flags = flagText == null || flagText.isBlank() ? Set.of()
                : Arrays.stream(flagText.split(" ")).map(ValueFlag::valueOf).collect(Collectors.toSet());
        String word = holdsWord(kind) ? rs.getString(first + 2) : null;
        return new ParsedValue(rs.getString(first), kind, number, cmp == null ? null : Comparator.fromSymbol(cmp),
                total, truth, word, flags);
    }

    /** Whether a value of this kind is given back with its word ({@code value_text}, the normalized text). */
    static boolean holdsWord(ValueKind kind) {
        return switch (kind) {
            case YES_NO, MET, NOT_ASSESSED, MARK, LEVEL, MONEY -> true;
            default -> false;
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
