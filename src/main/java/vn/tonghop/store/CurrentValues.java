package vn.tonghop.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.value.ParsedValue;

/**
 * The values of each unit's current version (the last readable file it sent, in whichever run), what
 * a consolidation is made of. Only the measures asked for are loaded: the phasing table's quota columns,
 * for one, are checked, not consolidated. Read from each submission's values blob ({@link ValuesBlob}),
 * from its fact rows when it has none (stored before the blobs).
 */
@Repository
public class CurrentValues {

    private static final Logger log = LoggerFactory.getLogger(CurrentValues.class);

    /**
     * One unit's current version and its values, per indicator code, per measure code ({@code current},
     * {@code target_unit}, {@code phase_2026}…); rows matching no indicator are left out. Facts of the
     * whole document asked for ({@link #DOCUMENT}: the plan's number and date) are under {@link #DOCUMENT_KEY}.
     */
    public record OfUnit(Version version, Map<String, Map<String, ParsedValue>> values) {
    }

    /** Measures of a whole document rather than a row: stored without an indicator. */
    public static final Set<MeasureKind> DOCUMENT = Set.of(MeasureKind.PLAN_NUMBER, MeasureKind.PLAN_DATE);
    /** The "indicator code" the document's own facts are kept under in {@link OfUnit#values()}. */
    public static final String DOCUMENT_KEY = "";

    /**
     * Units read per query: their rows (a phasing table has about 190 facts) stay under the rows H2 keeps in memory
     * for a result ({@code MAX_MEMORY_ROWS}, 20,000 at {@code -Xmx512m}); 500 units' rows went to a temporary file on
     * disk, a fifth of the reading of every unit's values at N = 100,000.
     */
    static final int CHUNK = 64;

    private final JdbcTemplate jdbc;
    private final VersionStore versions;

    public CurrentValues(JdbcTemplate jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /**
     * Every unit's current version of one document kind ({@code documentKind}, its code) with its values
     * of the measures of these kinds, by unit code.
     */
    public List<OfUnit> of(String documentKind, Set<MeasureKind> measures) {
        Map<Long, Version> chosen = new LinkedHashMap<>();
        for (Version v : versions.current(documentKind)) {
            chosen.put(v.submissionId(), v);
        }
        CompactValues compact = new CompactValues();
        Map<Long, Map<String, Map<String, ParsedValue>>> values = new HashMap<>();
        List<Long> ids = chosen.keySet().stream().sorted().toList();
        // a chunk of units at a time, each frozen once read: a national office's facts never sit in
        // growable maps all at once
        Predicate<String> measureWanted = measureTest(measures);
        Predicate<String> documentWanted = measureTest(documentOnes(measures));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Map<String, Map<String, ParsedValue>>> read = new HashMap<>();
            // each submission's values from its one row (ValuesBlob); the fact rows only of those stored without
            Set<Long> withoutBlob = new HashSet<>(chunk);
            forEachBlob(chunk, (submission, blob) -> {
                Map<String, Map<String, ParsedValue>> byIndicator = new HashMap<>();
                ValuesBlob.read(blob, (indicator, measure, value, cell) -> {
                    if ((indicator != null || documentWanted.test(measure)) && measureWanted.test(measure)) {
                        put(byIndicator, compact, indicator, measure, value);
                    }
                });
                read.put(submission, byIndicator);
                withoutBlob.remove(submission);
            });
            if (!withoutBlob.isEmpty()) {
                readFactRows(withoutBlob, measures, compact, read);
            }
            read.values().removeIf(Map::isEmpty); // a unit with none of the values asked for has none, as before
            read.forEach((id, byIndicator) -> values.put(id, compact.freezeUnit(byIndicator)));
        }

        List<OfUnit> out = new ArrayList<>();
        chosen.forEach((id, v) -> out.add(new OfUnit(v, values.getOrDefault(id, Map.of()))));
        return out;
    }

    /**
     * The values of submissions stored without a blob (before {@code submission_values}), from their fact rows
     * (the indicators' and the measures asked for).
     */
    private void readFactRows(Set<Long> ids, Set<MeasureKind> measures, CompactValues compact,
                              Map<Long, Map<String, Map<String, ParsedValue>>> read) {
        List<Long> sorted = ids.stream().sorted().toList();
        jdbc.query("SELECT f.submission_id, f.indicator_code, f.measure, " + FactStore.VALUE_COLUMNS
                + " FROM fact f WHERE f.submission_id IN (" + marks(sorted.size()) + ")"
                + " AND (f.indicator_code IS NOT NULL OR " + measureIn(documentOnes(measures)) + ") AND "
                + measureIn(measures) + " ORDER BY f.id", rs -> {
                    put(read.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()), compact, rs.getString(2),
                            rs.getString(3), FactStore.value(rs, 4));
                }, sorted.toArray());
    }

    /** A fact's value under its indicator (a document's own under {@link #DOCUMENT_KEY}), the first one kept. */
    private static void put(Map<String, Map<String, ParsedValue>> byIndicator, CompactValues compact,
                            String indicator, String measure, ParsedValue value) {
        byIndicator.computeIfAbsent(indicator == null ? DOCUMENT_KEY : compact.share(indicator), k -> new HashMap<>())
                .putIfAbsent(compact.share(measure), compact.share(value));
    }

    /**
     * The values blobs of these submissions, those that have one. A blob {@code each} finds unreadable
     * ({@link ValuesBlob#read}'s refusal, before any of its facts) is passed over: its submission's fact
     * rows are read instead, as for one without (none since schema 12), so a damaged row never stops a night.
     */
    private void forEachBlob(List<Long> ids, BiConsumer<Long, byte[]> each) {
        jdbc.query("SELECT submission_id, data FROM submission_values WHERE submission_id IN (" + marks(ids.size())
                + ")", rs -> {
                    try {
                        each.accept(rs.getLong(1), rs.getBytes(2));
                    } catch (IllegalStateException unreadable) {
                        log.warn("Values blob of submission {} unreadable ({}): its fact rows, if any, are read "
                                + "instead", rs.getLong(1), unreadable.getMessage());
                    }
                }, ids.toArray());
    }

    /**
     * Where units' current documents of one kind hold these values ({@code 'Phụ lục II'!D9}); a place whose
     * document holds no such value is left out, one whose fact has no cell is "". For the values findings
     * made after the reading point at: a query per chunk of units, not per finding (one per finding was a
     * tenth of the checks across tables at N = 2,000).
     */
    public Map<ValuePlace, String> cells(String documentKind, Collection<ValuePlace> places) {
        return cellsOf(documentKind).cells(places);
    }

    /**
     * {@link #cells(String, Collection)} for several batches of places: which submission is each unit's current
     * one is read once, not for every batch (a national night's copied figures are looked up a few thousand at
     * a time).
     */
    public Cells cellsOf(String documentKind) {
        Map<String, Long> current = new HashMap<>();
        for (Version v : versions.current(documentKind)) {
            current.put(v.unitCode(), v.submissionId());
        }
        return new Cells(current);
    }

    /** Where the current documents of one kind, as they were when it was made, hold values. */
    public final class Cells {

        private final Map<String, Long> submissionOf;

        private Cells(Map<String, Long> submissionOf) {
            this.submissionOf = submissionOf;
        }

        /** As {@link CurrentValues#cells(String, Collection)}. */
        public Map<ValuePlace, String> cells(Collection<ValuePlace> places) {
            Set<ValuePlace> wanted = new HashSet<>(places);
            Map<Long, String> unitOf = new HashMap<>();
            wanted.forEach(p -> {
                Long id = submissionOf.get(p.unitCode());
                if (id != null) {
                    unitOf.put(id, p.unitCode());
                }
            });
            List<Long> ids = unitOf.keySet().stream().sorted().toList();
            // only the facts of the indicators and measures asked about: a few of a table's hundreds
            List<String> indicators = wanted.stream().map(ValuePlace::indicatorCode).distinct().sorted().toList();
            List<String> measures = wanted.stream().map(ValuePlace::measure).distinct().sorted().toList();
            Map<ValuePlace, String> out = new HashMap<>();
            Set<String> indicatorSet = new HashSet<>(indicators);
            Set<String> measureSet = new HashSet<>(measures);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Set<Long> withoutBlob = new HashSet<>(chunk);
                forEachBlob(chunk, (submission, blob) -> {
                    String unit = unitOf.get(submission);
                    Map<ValuePlace, String> found = new HashMap<>();
                    ValuesBlob.read(blob, (indicator, measure, value, cell) -> {
                        if (indicatorSet.contains(indicator) && measureSet.contains(measure)) {
                            ValuePlace p = new ValuePlace(unit, indicator, measure);
                            if (wanted.contains(p)) {
                                found.putIfAbsent(p, cell == null ? "" : cell); // the first fact of a place
                            }
                        }
                    });
                    out.putAll(found);
                    withoutBlob.remove(submission);
                });
                if (withoutBlob.isEmpty()) {
                    continue;
                }
                List<Long> rows = withoutBlob.stream().sorted().toList();
                List<Object> args = new ArrayList<>(rows);
                args.addAll(indicators);
                args.addAll(measures);
                jdbc.query("SELECT f.submission_id, f.indicator_code, f.measure, f.cell FROM fact f WHERE "
                        + "f.submission_id IN (" + marks(rows.size()) + ") AND f.indicator_code IN ("
                        + marks(indicators.size()) + ") AND f.measure IN (" + marks(measures.size()) + ") ORDER BY f.id",
                        rs -> {
                            ValuePlace p = new ValuePlace(unitOf.get(rs.getLong(1)), rs.getString(2), rs.getString(3));
                            if (wanted.contains(p)) {
                                // the first fact of a place, as the table lists them
                                out.putIfAbsent(p, rs.getString(4) == null ? "" : rs.getString(4));
                            }
                        }, args.toArray());
            }
            return out;
        }
    }

    /** {@code n} JDBC parameters, comma-separated, for an {@code IN (…)}. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Set<MeasureKind> documentOnes(Set<MeasureKind> kinds) {
        return kinds.stream().filter(DOCUMENT::contains).collect(Collectors.toSet());
    }

    /** {@link #measureIn} in Java, for a blob's facts: these kinds' codes, a phasing year's {@code phase_<year>}. */
    private static Predicate<String> measureTest(Set<MeasureKind> kinds) {
        Set<String> plain = kinds.stream().filter(k -> k != MeasureKind.PHASE).map(MeasureKind::code)
                .collect(Collectors.toSet());
        boolean phase = kinds.contains(MeasureKind.PHASE);
        // as LIKE 'phase_%' matches: "phase", one character, anything
        return m -> plain.contains(m) || phase && m.length() > 5 && m.startsWith("phase");
    }

    /** SQL condition on {@code f.measure}: one of these kinds (a phasing year's code is {@code phase_<year>}). */
    private static String measureIn(Set<MeasureKind> kinds) {
        List<String> terms = new ArrayList<>();
        String plain = kinds.stream().filter(k -> k != MeasureKind.PHASE).map(k -> "'" + k.code() + "'").sorted()
                .collect(Collectors.joining(", "));
        if (!plain.isEmpty()) {
            terms.add("f.measure IN (" + plain + ")");
        }
        if (kinds.contains(MeasureKind.PHASE)) {
            terms.add("f.measure LIKE 'phase_%'");
        }
        return terms.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", terms) + ")";
    }
}
