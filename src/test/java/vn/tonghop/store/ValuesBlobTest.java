package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.consolidation.UnitReports;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * A submission's blob gives back what its fact rows gave back (the whole facts from a blob of facts, the
 * values from one of values), on H2 and on PostgreSQL: the phasing samples' facts, and values made to differ (more decimals than the column keeps, a tie to round, a number
 * too long for a long, a text longer than its column, a word, a rank, flags, a fact of the whole document).
 * And every unit's current values and cells, read from the blobs, are those read from the fact rows, as
 * for submissions stored before the blobs, or whose blob is damaged; those stored before get theirs from
 * their rows, once.
 */
class ValuesBlobTest {

    private static final List<String> SAMPLES = List.of("TH_TanPhuA_phan_ky_chi_tieu.xlsx",
            "TH_PhuLoc_phan_ky_chi_tieu.xlsx", "BinhMinh_ban_hong.xlsx", "TH_LongKhanh_phan_ky_chi_tieu.xls",
            "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", "TH_HoaAn_phan_ky_chi_tieu.xlsx");
    private static final long RUN = 1;

    private static List<Submission> read;

    @BeforeAll
    static void readSamples() {
        read = new ArrayList<>(StoreTestData.phasingSamples(SAMPLES));
        read.add(madeToDiffer(read.get(0)));
    }

    @Test
    void onH2TheBlobsGiveBackTheFactRows() {
        try (HikariDataSource ds = TestH2.inMemory()) {
            assertSameValues(ds);
        }
    }

    @Test
    void onPostgresTheBlobsGiveBackTheFactRows() {
        String url = TestPostgres.url();
        try (HikariDataSource ds = TestPostgres.inNewSchema(url)) {
            assertSameValues(ds);
        }
    }

    private static void assertSameValues(HikariDataSource ds) {
        JdbcTemplate db = StoreTestData.migrated(ds);
        SubmissionStore store = new SubmissionStore(db);
        for (Submission s : read) {
            // the rows the facts were stored as before schema 12, beside today's blob, to hold the two together
            OldFactRows.insert(db, store.save(RUN, StoreTestData.received(db, RUN, s), s), s.facts());
        }
        db.update("UPDATE submission SET is_current = (outcome = 'READ')");

        // each submission, fact by fact, in order
        List<Long> ids = db.queryForList("SELECT id FROM submission ORDER BY id", Long.class);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM submission_values", Integer.class))
                .as("a blob for every submission, one not read too").isEqualTo(ids.size());
        assertThat(assertBlobsGiveBackTheirRows(db, ids)).as("today's blobs hold the whole facts").isEqualTo(ids.size());
        long differs = ids.get(ids.size() - 1);
        assertThat(db.queryForList("SELECT num_value FROM fact WHERE submission_id = ? AND num_value IS NOT NULL "
                + "ORDER BY id", BigDecimal.class, differs)).as("what the rows keep of the numbers made to differ")
                .extracting(BigDecimal::toPlainString).startsWith("0.333333333333", "-0.000000000001",
                        "123456789012345678.500000000000", "2.500000000000");

        // every unit's current values and their cells, from the blobs, then from the fact rows alone
        CurrentValues values = new CurrentValues(db, new VersionStore(db));
        Set<MeasureKind> all = EnumSet.allOf(MeasureKind.class);
        List<CurrentValues.OfUnit> fromBlobs = values.of(PhasingKind.CODE, all);
        List<ValuePlace> places = new ArrayList<>();
        fromBlobs.forEach(u -> u.values().forEach((indicator, byMeasure) -> byMeasure.keySet()
                .forEach(m -> places.add(new ValuePlace(u.version().unitCode(), indicator, m)))));
        Map<ValuePlace, String> cellsFromBlobs = values.cells(PhasingKind.CODE, places);
        List<CurrentValues.OfUnit> someMeasures = values.of(PhasingKind.CODE, UnitReports.CONSOLIDATED);

        // a damaged blob (a byte changed; one cut short) is passed over for its submission's rows
        long first = fromBlobs.get(0).version().submissionId();
        long second = fromBlobs.get(1).version().submissionId();
        byte[] changed = blobOf(db, first);
        changed[changed.length / 2] ^= 0x5A;
        byte[] cut = blobOf(db, second);
        cut = java.util.Arrays.copyOf(cut, cut.length - 3);
        for (byte[] damaged : List.of(changed, cut)) {
            List<Line> given = new ArrayList<>();
            assertThatThrownBy(() -> ValuesBlob.read(damaged, (i, m, v, c) -> given.add(line(i, m, v, c))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(given).as("nothing given from a damaged blob").isEmpty();
        }
        db.update("UPDATE submission_values SET data = ? WHERE submission_id = ?", changed, first);
        db.update("UPDATE submission_values SET data = ? WHERE submission_id = ?", cut, second);
        assertThat(values.of(PhasingKind.CODE, all)).isEqualTo(fromBlobs);
        assertThat(values.cells(PhasingKind.CODE, places)).isEqualTo(cellsFromBlobs);
        db.update("DELETE FROM submission_values");

        assertThat(fromBlobs).hasSize(6).allSatisfy(u -> assertThat(u.values()).isNotEmpty());
        assertThat(fromBlobs).isEqualTo(values.of(PhasingKind.CODE, all));
        assertThat(someMeasures).isEqualTo(values.of(PhasingKind.CODE, UnitReports.CONSOLIDATED));
        assertThat(cellsFromBlobs).hasSizeGreaterThan(500).isEqualTo(values.cells(PhasingKind.CODE, places));

        // as in an office's database from before the blobs: the current submissions get theirs, once
        assertThat(store.addMissingValuesBlobs()).isEqualTo(6);
        assertThat(store.addMissingValuesBlobs()).isZero();
        assertThat(assertBlobsGiveBackTheirRows(db, db.queryForList("SELECT id FROM submission WHERE is_current",
                Long.class))).as("blobs of values only, beside the rows").isZero();
        assertThat(values.of(PhasingKind.CODE, all)).isEqualTo(fromBlobs);
    }

    private static byte[] blobOf(JdbcTemplate db, long submission) {
        return db.queryForObject("SELECT data FROM submission_values WHERE submission_id = ?", byte[].class, submission);
    }

    /** Checks the blobs against the rows; returns how many of them hold whole facts. */
    private static int assertBlobsGiveBackTheirRows(JdbcTemplate db, List<Long> ids) {
        int whole = 0;
        for (long id : ids) {
            List<Line> rows = db.query("SELECT f.indicator_code, f.measure, " + FactStore.VALUE_COLUMNS + ", f.cell "
                    + "FROM fact f WHERE f.submission_id = ? ORDER BY f.id", (rs, i) -> line(rs.getString(1),
                    rs.getString(2), FactStore.value(rs, 3), rs.getString(11)), id);
            byte[] data = blobOf(db, id);
            List<Line> blob = new ArrayList<>();
            ValuesBlob.read(data, (indicator, measure, value, cell) -> blob.add(line(indicator, measure, value, cell)));
            assertThat(blob).as("submission %d", id).isEqualTo(rows);
            if (ValuesBlob.holdsFacts(data)) {
                whole++;
                List<WholeFact> wholeRows = db.query("SELECT f.unit_code, f.indicator_code, f.row_name, f.measure, "
                        + FactStore.VALUE_COLUMNS + ", f.cell, f.value_text FROM fact f WHERE f.submission_id = ? "
                        + "ORDER BY f.id", (rs, i) -> new WholeFact(new Fact(rs.getString(1), rs.getString(2),
                        rs.getString(3), Measure.fromCode(rs.getString(4)), FactStore.value(rs, 5), rs.getString(13)),
                        rs.getString(14)), id);
                List<WholeFact> wholeBlob = new ArrayList<>();
                ValuesBlob.readFacts(data, (unit, indicator, rowName, measure, value, valueText, cell) -> wholeBlob.add(
                        new WholeFact(new Fact(unit, indicator, rowName, Measure.fromCode(measure), value, cell),
                                valueText)));
                assertThat(wholeBlob).as("submission %d, whole", id).isEqualTo(wholeRows);
            }
        }
        return whole;
    }

    /** A fact as {@code StoredFactRows} gives it back, with the normalized text {@code facts.csv} lists. */
    private record WholeFact(Fact fact, String valueText) {
    }

    /** What the test compares of a fact: its place, its value (its number with its scale), its cell. */
    private record Line(String indicator, String measure, ParsedValue value, String cell) {
    }

    private static Line line(String indicator, String measure, ParsedValue v, String cell) {
        return new Line(indicator, measure, v, cell);
    }

    /** The first sample's unit, with values whose rows keep less than was read. */
    private static Submission madeToDiffer(Submission like) {
        String unit = like.unitCode();
        String indicator = like.facts().get(0).indicatorCode();
        List<Fact> facts = List.of(
                fact(unit, indicator, MeasureKind.CURRENT, new ParsedValue("0,333333333333333", ValueKind.PERCENT,
                        new BigDecimal("0.333333333333333"), null, null, null, null, Set.of()), "'Phụ lục II'!D9"),
                fact(unit, indicator, MeasureKind.TARGET_UNIT, new ParsedValue("-0,0000000000005", ValueKind.NUMBER,
                        new BigDecimal("-0.0000000000005"), Comparator.LE, null, null, null,
                        Set.of(ValueFlag.AMBIGUOUS_SEPARATOR, ValueFlag.SPACE_IN_NUMBER)), "'Phụ lục II'!E9"),
                fact(unit, "TW.money", MeasureKind.CURRENT, new ParsedValue("123.456.789.012.345.678,5 đồng",
                        ValueKind.MONEY, new BigDecimal("123456789012345678.5"), null, null, null, "tiền", Set.of()),
                        "F9"),
                fact(unit, "TW.level", MeasureKind.CURRENT, new ParsedValue("Mức 2,50", ValueKind.LEVEL,
                        new BigDecimal("2.50"), null, null, null, null, Set.of()), "G9"),
                fact(unit, "TW.rank", MeasureKind.CURRENT, new ParsedValue("11/20", ValueKind.RANK,
                        new BigDecimal("11"), null, 20, null, null, Set.of()), "H9"),
                fact(unit, "TW.yes", MeasureKind.CURRENT, new ParsedValue("Đạt chuẩn năm 2019", ValueKind.YES_NO,
                        null, null, null, true, "Có", Set.of(ValueFlag.PROSE_READ_AS_WORD)), "I9"),
                fact(unit, "TW.money", MeasureKind.TARGET_UNIT, new ParsedValue("không rõ", ValueKind.MONEY,
                        null, null, null, null, "không rõ", Set.of()), "J9"),
                fact(unit, "TW.long", MeasureKind.CURRENT, new ParsedValue("Chữ ".repeat(1500), ValueKind.TEXT,
                        null, null, null, null, null, Set.of(ValueFlag.UNPARSEABLE)), "K9"),
                fact(unit, null, MeasureKind.PLAN_NUMBER, new ParsedValue("12/KH-UBND", ValueKind.TEXT, null, null,
                        null, null, null, Set.of()), "A3"),
                fact(unit, indicator, MeasureKind.CURRENT, new ParsedValue("99", ValueKind.PERCENT,
                        new BigDecimal("99"), null, null, null, null, Set.of()), "'Phụ lục II'!D30"),
                fact(unit, null, MeasureKind.CURRENT, new ParsedValue("", ValueKind.EMPTY, null, null, null, null,
                        null, Set.of()), ""),
                new Fact(unit, "TW.name", "Tên dài ".repeat(200), Measure.of(MeasureKind.CURRENT), new ParsedValue(
                        "1", ValueKind.NUMBER, BigDecimal.ONE, null, null, null, null, Set.of()), "L9"));
        return new Submission("khac_biet.xlsx", "archive/khac_biet.xlsx", "1".repeat(64), 1000, FileOutcome.READ, null,
                unit, "Phụ lục II", "2021-2025", 2021, facts, List.of(), null, PhasingKind.CODE);
    }

    private static Fact fact(String unit, String indicator, MeasureKind kind, ParsedValue v, String cell) {
        return new Fact(unit, indicator, indicator == null ? "Số kế hoạch" : "Dòng " + indicator, Measure.of(kind), v,
                cell);
    }
}
