package vn.tonghop.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Fact;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * The {@code fact} table, and the one place a {@link ParsedValue} becomes a row and a row becomes a
 * {@link ParsedValue} again. Facts go in JDBC batches and come out streamed.
 */
@Repository
public class FactStore {

    /** The columns {@link #value} reads, in its order, on {@code f} (a fact). */
    static final String VALUE_COLUMNS = "f.raw, f.kind, f.value_text, f.num_value, f.comparator, f.rank_total, "
            + "f.truth, f.flags";

    private static final String INSERT = """
            INSERT INTO fact (submission_id, unit_code, indicator_code, row_name, measure, raw, kind, value_text,
                              num_value, comparator, rank_total, truth, flags, cell)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    public FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the facts of one or several submissions, in order, in JDBC batches. */
    void save(List<OfSubmission<Fact>> facts) {
        jdbc.batchUpdate(INSERT, facts, SubmissionStore.BATCH, (ps, f) -> bind(ps, f.submissionId(), f.item()));
    }

    /**
     * The facts a run's outputs are made of (every unit's current version, and the files of this run
     * that were read without a known unit), streamed in the order of {@code facts.csv}: unit, file,
     * sheet order ({@code ORDER BY f.unit_code, s.file_name, f.id}). Read submission by submission: the
     * submissions in scope in that order (a few thousand rows), then each one's facts by the index on
     * {@code fact.submission_id} (H2: its foreign key's) in id order, on one connection; submissions that
     * share a unit and a file name are read together, their facts in id order. The same order as sorting every fact, since a
     * fact's unit is its submission's, without the sort: H2 first wrote every current fact to a sorted
     * temporary result (375,200 rows at 2,000 schools: about 3 s of CPU against 1 s this way, and three
     * to five times the wall time).
     */
    public void forEachInRunScope(long runId, Consumer<StoredFact> sink) {
        List<Scoped> scope = jdbc.query("SELECT s.id, s.unit_code, s.file_name, s.sha256, s.kind FROM submission s "
                + "WHERE " + VersionStore.IN_RUN_SCOPE + " ORDER BY s.unit_code, s.file_name, s.id",
                (rs, i) -> new Scoped(rs.getLong(1), rs.getString(2), text(rs.getString(3)), rs.getString(4),
                        rs.getString(5)), runId);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement one = con.prepareStatement(FACTS + "submission_id = ? ORDER BY id")) {
                one.setFetchSize(1000);
                for (int i = 0; i < scope.size(); ) {
                    int end = i + 1;
                    while (end < scope.size() && scope.get(end).sameUnitAndFile(scope.get(i))) {
                        end++;
                    }
                    List<Scoped> group = scope.subList(i, end);
                    if (group.size() == 1) {
                        one.setLong(1, group.get(0).id());
                        stream(one, group, sink);
                    } else {
                        try (PreparedStatement several = con.prepareStatement(FACTS + "submission_id IN ("
                                + "?, ".repeat(group.size() - 1) + "?) ORDER BY id")) {
                            for (int k = 0; k < group.size(); k++) {
                                several.setLong(k + 1, group.get(k).id());
                            }
                            stream(several, group, sink);
                        }
                    }
                    i = end;
                }
            }
            return null;
        });
    }

    private static final String FACTS = "SELECT unit_code, indicator_code, row_name, measure, raw, value_text, "
            + "comparator, cell, kind, flags, submission_id FROM fact WHERE ";

    /** A submission in a run's scope: what each of its facts' lines says of it. */
    private record Scoped(long id, String unitCode, String fileName, String sha256, String kind) {
        boolean sameUnitAndFile(Scoped o) {
            return Objects.equals(unitCode, o.unitCode) && fileName.equals(o.fileName);
        }
    }

    private static void stream(PreparedStatement ps, List<Scoped> group, Consumer<StoredFact> sink)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Scoped s = group.get(0);
                if (group.size() > 1) {
                    long id = rs.getLong(11);
                    for (Scoped g : group) {
                        if (g.id() == id) {
                            s = g;
                        }
                    }
                }
                sink.accept(new StoredFact(rs.getString(1), text(rs.getString(2)), text(rs.getString(3)),
                        rs.getString(4), text(rs.getString(5)), text(rs.getString(6)), text(rs.getString(7)),
                        text(rs.getString(8)), rs.getString(9), text(rs.getString(10)), s.fileName(), s.sha256(),
                        s.kind()));
            }
        }
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
        // most values carry no flag: their column is "" without a stream per fact
        ps.setString(13, v.flags().isEmpty() ? ""
                : v.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
        ps.setString(14, f.cell());
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

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
