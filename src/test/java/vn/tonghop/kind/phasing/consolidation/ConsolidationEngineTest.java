package vn.tonghop.kind.phasing.consolidation;

import vn.tonghop.kind.phasing.PhasingKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/** Consolidation of the sample workbooks: province → two districts → schools. */
class ConsolidationEngineTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");
    static UnitRegistry registry;
    static List<Submission> read;
    static List<UnitReport> reports;
    static ConsolidationEngine engine;
    static Consolidation result;

    @BeforeAll
    static void consolidate() throws Exception {
        registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        QuotaBook quotas = QuotaBook.load(JOB.resolve("quotas.csv"), catalogue);
        SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            read = files.filter(p -> !p.toString().endsWith(".md")).sorted().map(reader::read)
                    .filter(s -> s.outcome() == FileOutcome.READ).toList();
        }
        reports = read.stream().map(s -> toReport(registry.find(s.unitCode()), s)).toList();
        engine = new ConsolidationEngine(registry, catalogue, quotas);
        result = engine.consolidate("Sở GD&ĐT", registry.find("SGD-DT"), RUN_AT, YEARS, reports);
    }

    private static final LocalDateTime RUN_AT = LocalDateTime.of(2026, 11, 23, 2, 0);
    private static final List<Integer> YEARS = List.of(2022, 2023, 2024, 2025);

    /**
     * A district's copy takes its summaries from the office's consolidation: the same as made for the district
     * alone (its depth counted from the district), without consolidating its schools again.
     */
    @Test
    void aDistrictTakenFromTheOfficesConsolidationIsTheOneMadeForIt() {
        Unit district = registry.find("PGD-ST");
        Consolidation alone = engine.consolidate("Sở GD&ĐT", district, RUN_AT, YEARS, reports);
        Consolidation taken = engine.consolidate("Sở GD&ĐT", district, RUN_AT, YEARS, reports, result);

        assertThat(taken).isEqualTo(alone);
        assertThat(taken.nodes()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.node().code()).isEqualTo("PGD-ST");
            assertThat(n.depth()).isZero();
        });
        // taken, not made: the office's own lists, not equal ones made again
        assertThat(taken.nodes()).allSatisfy(n -> assertThat(n.current()).isSameAs(row("PGD-ST", n.indicator().code()).current()));
        // made for other years, the office's summaries are not taken
        Consolidation otherYears = engine.consolidate("Sở GD&ĐT", district, RUN_AT, List.of(2022, 2023), reports, result);
        assertThat(otherYears.nodes().get(0).phases()).containsOnlyKeys(2022, 2023);
    }

    static UnitReport toReport(Unit unit, Submission s) {
        Map<String, Map<String, ParsedValue>> values = new HashMap<>();
        for (Fact f : s.facts()) {
            if (f.indicatorCode() != null) {
                values.computeIfAbsent(f.indicatorCode(), k -> new HashMap<>()).put(f.measure().code(), f.value());
            }
        }
        return new UnitReport(unit, s.fileName(), s.sha256(), values);
    }

    static NodeSummary row(String node, String indicator) {
        return result.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals(indicator))
                .findFirst().orElseThrow();
    }

    static List<ParsedValue> valuesOf(String district, String indicator, String measure) {
        return read.stream().filter(s -> registry.find(s.unitCode()).parentCode().equals(district))
                .flatMap(s -> s.facts().stream())
                .filter(f -> indicator.equals(f.indicatorCode()) && f.measure().code().equals(measure))
                .map(Fact::value).toList();
    }

    /**
     * The lines a node's table carries up are made when read, the same each time, and not held by the consolidation
     * (held, one per unit and indicator at every node: 1.7 million at N = 100,000).
     */
    @Test
    void linesCarriedUpAreMadeWhenReadNotHeld() throws InterruptedException {
        NodeSummary n = row("PGD-ST", "TW.1.a");
        assertThat(n.upward()).hasSize(9);
        BasisText.UnitValues line = n.upward().get(0);
        assertThat(n.upward().get(0)).isEqualTo(line).isNotSameAs(line);
        assertThat(line.values()).containsKeys("current", "target_unit", "phase_2025");
        WeakReference<BasisText.UnitValues> ref = new WeakReference<>(line);
        line = null;
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(ref.get()).isNull();
        assertThat(result.nodes()).contains(n); // the consolidation still held all along
    }

    @Test
    void treeFromTheRegistryWithExpectedAndReportedUnits() {
        assertThat(result.nodes()).extracting(n -> n.node().code()).containsOnly("SGD-DT", "PGD-TH", "PGD-ST");
        assertThat(row("SGD-DT", "TW.1.a").depth()).isZero();
        assertThat(row("PGD-ST", "TW.1.a").depth()).isEqualTo(1);
        // its ten primary schools, the two lower-secondary ones and the preschool that sent only their self-assessment
        assertThat(row("PGD-ST", "TW.1.a").expected()).isEqualTo(13);
        assertThat(row("PGD-ST", "TW.1.a").reported()).isEqualTo(9);
        // a district's own figure counts the district once, although eight of its schools wrote it (Hòa An did not)
        assertThat(List.of(row("PGD-ST", "T.2.b").expected(), row("PGD-ST", "T.2.b").reported(),
                row("PGD-ST", "T.2.b").valid())).containsExactly(1, 1, 1);
        assertThat(row("SGD-DT", "TW.1.a").expected()).isEqualTo(15);
        // and Tân Hồng's THCS Tân Hộ Cơ, which sent its implementation report only
        assertThat(result.missing()).extracting(Unit::code).containsExactlyInAnyOrder("87612406", "87715009",
                "87715011", "87715012", "87715013");
    }

    @Test
    void percentagesAreMeanWithSpreadAgainstTheFacts() {
        List<BigDecimal> current = valuesOf("PGD-ST", "TW.1.b", "current").stream().map(ParsedValue::number).toList();
        BigDecimal mean = current.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(current.size()), new MathContext(12));
        Aggregate a = row("PGD-ST", "TW.1.b").current();
        assertThat(a.method()).isEqualTo(Aggregate.Method.MEAN);
        assertThat(a.count()).isEqualTo(9);
        assertThat(a.value()).isEqualByComparingTo(mean);
        assertThat(a.min()).isEqualByComparingTo(current.stream().min(BigDecimal::compareTo).orElseThrow());
        assertThat(a.max()).isEqualByComparingTo(current.stream().max(BigDecimal::compareTo).orElseThrow());
    }

    @Test
    void countsAreSummedYesNoBecomesAShareRanksAreListed() {
        BigDecimal sum = valuesOf("PGD-ST", "H.1", "phase_2025").stream().map(ParsedValue::number)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(row("PGD-ST", "H.1").phases().get(2025).value()).isEqualByComparingTo(sum);
        assertThat(row("PGD-ST", "H.1").phases().get(2025).method()).isEqualTo(Aggregate.Method.SUM);

        List<ParsedValue> met = valuesOf("PGD-ST", "T.2.a", "current");
        long yes = met.stream().filter(v -> Boolean.TRUE.equals(v.truth())).count();
        Aggregate share = row("PGD-ST", "T.2.a").current();
        assertThat(share.method()).isEqualTo(Aggregate.Method.SHARE);
        assertThat(share.value()).isEqualByComparingTo(BigDecimal.valueOf(100.0 * yes / met.size()));

        Aggregate ranks = row("PGD-TH", "T.6.b").current(); // the district team's rank, taken once
        assertThat(ranks.method()).isEqualTo(Aggregate.Method.LIST);
        assertThat(ranks.value()).isNull();
        assertThat(ranks.listing()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Tân Hồng: 11/20");
    }

    @Test
    void quotaGapAndUnitsShortInTheGoodDirection() {
        NodeSummary s = row("PGD-ST", "TW.1.b");
        assertThat(s.quota().normalized()).isEqualTo("99.8");
        assertThat(s.gap()).isEqualByComparingTo(new BigDecimal("99.8").subtract(s.current().value()));
        NodeSummary dropouts = row("PGD-ST", "T.1.a"); // lower is better
        assertThat(dropouts.gap()).isEqualByComparingTo(dropouts.current().value().subtract(new BigDecimal("0.2")));
    }

    @Test
    void fallingShortThreeWaysAndWhichIsAProblem() {
        // Tân Thành B2, TW.1.b: 96,67 now against the 99,80 quota, but its target and its 2025 phasing are 100
        NodeSummary tanHong = row("PGD-TH", "TW.1.b");
        assertThat(tanHong.fallingShort().belowNow()).extracting(Unit::name)
                .containsExactly("Trường Tiểu học Tân Thành B2");
        assertThat(tanHong.fallingShort().targetWeaker()).isEmpty();
        assertThat(tanHong.fallingShort().planShort()).isEmpty();
        assertThat(tanHong.planProblem()).isFalse();
        assertThat(tanHong.onTheWay()).isTrue();
        NodeSummary province = row("SGD-DT", "TW.1.b"); // the province's quota, 99,80 too
        assertThat(province.fallingShort().belowNow()).extracting(Unit::code).contains("87612405");
        assertThat(province.planProblem()).isFalse();

        // T.5 party members: Tân Thành B2's target 70,8 meets the 70,00 quota, and so does its 2025 phasing 79,16
        assertThat(row("PGD-TH", "T.5").fallingShort().isEmpty()).isTrue();
        // T.6.a: 100 everywhere, nothing short; a word quota (X) compares with nothing
        assertThat(row("PGD-TH", "T.6.a").fallingShort().isEmpty()).isTrue();
        assertThat(row("PGD-TH", "H.1").fallingShort()).isEqualTo(FallingShort.NONE);
    }

    @Test
    void aPlanThatStopsShortIsTheProblem() {
        IndicatorCatalogue catalogue;
        try {
            catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        vn.tonghop.value.ValueParser p = new vn.tonghop.value.ValueParser();
        var hint = vn.tonghop.value.UnitHint.PERCENT;
        UnitReport phuLoc = new UnitReport(registry.find("87715001"), "a.xlsx", "sha", Map.of("TW.1.b", Map.of(
                "current", p.parse("98", hint), "target_unit", p.parse("100", hint), "phase_2025", p.parse("99,5", hint))));
        UnitReport binhMinh = new UnitReport(registry.find("87715002"), "b.xlsx", "sha", Map.of("TW.1.b", Map.of(
                "current", p.parse("99,9", hint), "target_unit", p.parse("99", hint), "phase_2025", p.parse("99", hint))));
        FallingShort s = FallingShort.of(catalogue.find("TW.1.b"), List.of(phuLoc, binhMinh), p.parse("99,80", hint),
                2025);
        assertThat(s.belowNow()).extracting(Unit::code).containsExactly("87715001");
        assertThat(s.targetWeaker()).extracting(Unit::code).containsExactly("87715002");
        assertThat(s.planShort()).extracting(Unit::code).containsExactly("87715001", "87715002");
        assertThat(s.planProblem()).isTrue();
        assertThat(FallingShort.of(catalogue.find("TW.1.b"), List.of(phuLoc), null, 2025)).isEqualTo(FallingShort.NONE);
    }

    @Test
    void aValueReadWithAWarningCountsAndIsMarked() {
        // Tân Thành B2's "92, 70" (VALUE_DOUBTFUL) is Tân Hồng's TW.1.c current value, no longer blank
        NodeSummary s = row("PGD-TH", "TW.1.c");
        assertThat(s.current().value()).isEqualByComparingTo("92.7");
        assertThat(s.valid()).isEqualTo(1);
        assertThat(s.doubts()).singleElement().satisfies(d -> {
            assertThat(d.measure()).isEqualTo("current");
            assertThat(d.vietnamese()).isEqualTo("Trường Tiểu học Tân Thành B2: «92, 70» đọc là 92,7");
        });
        assertThat(row("SGD-DT", "TW.1.c").current().count()).isEqualTo(10);
        // the seed's "Chưa có môn dẫn đầu toàn đoàn" is a Chưa, counted in the share of schools (0 %)
        NodeSummary leading = row("PGD-TH", "H.2.b");
        assertThat(leading.current().value()).isEqualByComparingTo("0");
        assertThat(leading.doubts()).extracting(Doubt::measure).containsExactly("current", "target_unit");
    }

    /** A cycle in a registry built in code (a loaded one is refused) ends the walk; it never loops. */
    @Test
    void aCycleOfParentsNeverLoops() {
        Unit so = new Unit("SO", "Sở", "tinh", null, null, null);
        Unit a = new Unit("A", "Phòng A", "huyen", "B", null, null);
        Unit b = new Unit("B", "Phòng B", "huyen", "A", null, null);
        Unit school = new Unit("T", "Trường T", "truong", "A", null, null);
        UnitRegistry cyclic = new UnitRegistry(List.of(so, a, b, school));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        ConsolidationEngine engine = new ConsolidationEngine(cyclic, catalogue, new QuotaBook(Map.of()));
        List<UnitReport> reports = List.of(new UnitReport(school, "t.xlsx", "00", Map.of()));
        Consolidation fromA = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> engine.consolidate("Sở", a, LocalDateTime.of(2026, 11, 27, 2, 0), List.of(2025), reports));
        assertThat(fromA.nodes()).extracting(n -> n.node().code()).containsOnly("A", "B");
        assertThat(fromA.reports()).hasSize(1);
        Consolidation fromSo = engine.consolidate("Sở", so, LocalDateTime.of(2026, 11, 27, 2, 0), List.of(2025),
                reports);
        assertThat(fromSo.reports()).isEmpty();
    }
}
