package vn.tonghop.kind.phasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.kind.phasing.report.PhasingTableWriter;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.value.ParsedValue;

/**
 * Two tiers chain: each district runs the job on its schools' files and sends its consolidated table
 * ({@code bang-tong-hop/PGD-*.xlsx}); the province runs the same job on those two tables. It gets the
 * same province figures as consolidating the schools' files directly, indicator by indicator and
 * measure by measure, the same units falling short, counted although doubtful and missing, and no
 * finding: a node's table is read as a node's table, whether the province's
 * registry lists the schools (the registry says the sender is a district) or only the districts (the
 * table's hidden sheet says so).
 */
class ChainedTablesTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");
    static final List<Integer> YEARS = List.of(2022, 2023, 2024, 2025);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 27, 2, 0);

    @TempDir
    static Path dir;

    static UnitRegistry registry;
    static Consolidation direct;
    static List<Path> districtTables = new ArrayList<>();

    @BeforeAll
    static void districtsRunOnTheirSchoolsAndTheProvinceOnTheSchoolsDirectly() throws IOException {
        registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            samples = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        Tiers tiers = tiers(samples, dir);
        direct = tiers.direct();
        districtTables.addAll(tiers.districtTables());
    }

    /** The province's run on the schools' files, and the districts' tables, each from its own run on its schools. */
    record Tiers(Consolidation direct, List<Path> districtTables) {
    }

    /** Consolidates {@code schoolFiles} at the province and at each district, writing the districts' tables in {@code out}. */
    static Tiers tiers(List<Path> schoolFiles, Path out) throws IOException {
        UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        QuotaBook quotas = QuotaBook.load(JOB.resolve("quotas.csv"), catalogue, registry);
        SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        List<UnitReport> schools = schoolFiles.stream().map(reader::read)
                .filter(s -> s.outcome() == FileOutcome.READ).map(s -> report(registry, s)).toList();
        ConsolidationEngine engine = new ConsolidationEngine(registry, catalogue, quotas);
        Consolidation direct = engine.consolidate("Sở", registry.find("SGD-DT"), AT, YEARS, schools);
        PhasingTableWriter writer = new PhasingTableWriter(OutputFiles.DEFAULT, quotas);
        List<Path> tables = new ArrayList<>();
        for (String code : List.of("PGD-TH", "PGD-ST")) {
            Unit district = registry.find(code);
            List<UnitReport> own = schools.stream().filter(r -> registry.isUnder(r.unit(), district)).toList();
            Consolidation districtRun = engine.consolidate(district.name(), district, AT, YEARS, own);
            Path table = out.resolve(code + "_bang_phan_ky_tong_hop.xlsx");
            writer.write(districtRun, district, table);
            tables.add(table);
        }
        return new Tiers(direct, tables);
    }

    /** The province's registry lists its schools: the registry says each sender is a district. */
    @Test
    void aProvinceThatListsItsSchoolsGetsTheSameFiguresAndNoFinding() {
        Consolidation chained = provinceRunsOnTheDistrictsTables(registry);
        // at each district's node, its universal primary education is its own «Đạt», from its table as from its schools
        for (String district : List.of("PGD-TH", "PGD-ST")) {
            NodeSummary pcgd = summary(chained, district, "T.2.a");
            assertThat(pcgd.current().own(pcgd.node().name())).as(district).isEqualTo("Đạt");
            assertThat(pcgd.phases().get(2025).own(pcgd.node().name())).as(district).isEqualTo("Đạt");
            assertThat(List.of(pcgd.expected(), pcgd.reported(), pcgd.valid())).as(district).containsExactly(1, 1, 1);
        }
        assertThat(summary(chained, "SGD-DT", "T.2.a").current().own("Sở Giáo dục và Đào tạo Đồng Tháp")).isNull();
    }

    /** The province's registry lists only its districts: the tables themselves say they are districts'. */
    @Test
    void aProvinceThatListsOnlyItsDistrictsGetsTheSameFiguresAndNoFinding() throws IOException {
        Path csv = Files.writeString(dir.resolve("registry-districts.csv"), """
                code,name,level,parent_code,email,schools
                SGD-DT,Sở Giáo dục và Đào tạo Đồng Tháp,tinh,,so.gddt@example.vn,
                PGD-TH,Phòng Giáo dục và Đào tạo huyện Tân Hồng,huyen,SGD-DT,pgd.tanhong@example.vn,17
                PGD-ST,Phòng Giáo dục và Đào tạo huyện Sông Trà,huyen,SGD-DT,pgd.songtra@example.vn,10
                """);
        provinceRunsOnTheDistrictsTables(UnitRegistry.load(csv));
    }

    private Consolidation provinceRunsOnTheDistrictsTables(UnitRegistry province) {
        Consolidation chained = chain(province, districtTables, direct);
        // Tân Thành B2's 96,67 against the 99,80 quota, and its «92, 70» counted as 92,7, seen from the province
        assertThat(names(summary(chained, "SGD-DT", "TW.1.b").fallingShort().belowNow()))
                .contains("87612405 Trường Tiểu học Tân Thành B2");
        assertThat(summary(chained, "SGD-DT", "TW.1.c").doubts()).extracting(d -> d.measure() + " " + d.vietnamese())
                .contains("current Trường Tiểu học Tân Thành B2: «92, 70» đọc là 92,7");
        // a district's own figure falls short as the district's
        assertThat(names(summary(chained, "SGD-DT", "TW.1.d").fallingShort().belowNow())).containsExactly(
                "PGD-ST Phòng Giáo dục và Đào tạo huyện Sông Trà", "PGD-TH Phòng Giáo dục và Đào tạo huyện Tân Hồng");
        // Tân Hồng's share of national-standard schools is its own figure, weighted by its 17 schools
        assertThat(summary(chained, "SGD-DT", "TW.1.d").current().value()).isEqualByComparingTo("61.1088888889");
        assertThat(summary(chained, "SGD-DT", "T.6.b").current().listing()).isEqualTo(
                "Phòng Giáo dục và Đào tạo huyện Tân Hồng: 11/20; Phòng Giáo dục và Đào tạo huyện Sông Trà: 8/20");
        // counted in districts, as the schools' run counts them
        assertThat(List.of(summary(chained, "SGD-DT", "TW.1.d").expected(), summary(chained, "SGD-DT", "TW.1.d")
                .reported(), summary(chained, "SGD-DT", "TW.1.d").valid())).containsExactly(2, 2, 2);
        return chained;
    }

    /**
     * The province's run on the districts' tables, with its registry {@code province}: no finding, and the
     * figures of {@code direct} (the schools' run) at the province and at every node it has, indicator by
     * indicator and measure by measure, with their counts, how they were made and a district's own word.
     */
    static Consolidation chain(UnitRegistry province, List<Path> districtTables, Consolidation direct) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        QuotaBook provinceQuotas = QuotaBook.load(JOB.resolve("quotas.csv"), catalogue, province);
        SubmissionReader reader = new SubmissionReader(province, List.of(new PhasingKind(catalogue)), 20L << 20);
        SubmissionValidator validator = new SubmissionValidator(new RuleContext(province,
                ValidationSettings.defaults()), List.of(new PhasingKind(catalogue, provinceQuotas)));
        List<Finding> findings = new ArrayList<>();
        List<UnitReport> tables = new ArrayList<>();
        List<RunChecks.SubmittedFile> run = new ArrayList<>();
        for (Path table : districtTables) {
            Submission s = reader.read(table);
            assertThat(s.outcome()).as(table.toString()).isEqualTo(FileOutcome.READ);
            findings.addAll(validator.validate(s));
            run.add(new RunChecks.SubmittedFile(s.fileName(), s.unitCode(), s.outcome()));
            tables.add(report(province, s));
        }
        findings.addAll(new RunChecks(ValidationSettings.defaults()).check(run, province, "SGD-DT"));
        assertThat(findings).extracting(f -> f.file() + " | " + f.rule() + " | " + f.cell() + " | " + f.message())
                .isEmpty();
        assertThat(tables).extracting(r -> r.unit().code()).containsExactly("PGD-TH", "PGD-ST");

        Consolidation chained = new ConsolidationEngine(province, catalogue, provinceQuotas)
                .consolidate("Sở", province.find("SGD-DT"), AT, YEARS, tables);
        int compared = 0;
        for (var indicator : catalogue.indicators()) {
            NodeSummary a = summary(direct, "SGD-DT", indicator.code());
            NodeSummary b = summary(chained, "SGD-DT", indicator.code());
            String what = indicator.code();
            assertThat(b.expected()).as(what + " expected").isEqualTo(a.expected());
            assertThat(b.reported()).as(what + " reported").isEqualTo(a.reported());
            assertThat(b.valid()).as(what + " valid").isEqualTo(a.valid());
            assertThat(b.quota() == null ? null : b.quota().normalized()).as(what + " quota")
                    .isEqualTo(a.quota() == null ? null : a.quota().normalized());
            compared += same(what + " current", a.current(), b.current());
            compared += same(what + " target", a.target(), b.target());
            for (int y : YEARS) {
                compared += same(what + " " + y, a.phases().get(y), b.phases().get(y));
            }
            assertThat(num(b.gap())).as(what + " gap").isEqualTo(num(a.gap()));
        }
        // 22 indicators × 6 measures, each with a value, a listing or nothing on both sides
        assertThat(compared).isEqualTo(22 * 6);
        // the same units fall short, the same values are counted although read with a warning, at the
        // province and at each district, and the same units are missing, each named as the registry does
        int lists = 0;
        // (a registry listing only the districts has no district node: they are its reporting units)
        for (String node : chained.nodes().stream().map(n -> n.node().code()).distinct().toList()) {
            for (var indicator : catalogue.indicators()) {
                NodeSummary a = summary(direct, node, indicator.code());
                NodeSummary b = summary(chained, node, indicator.code());
                String what = node + " " + indicator.code();
                assertThat(names(b.fallingShort().belowNow())).as(what + " below now")
                        .isEqualTo(names(a.fallingShort().belowNow()));
                assertThat(names(b.fallingShort().targetWeaker())).as(what + " target weaker")
                        .isEqualTo(names(a.fallingShort().targetWeaker()));
                assertThat(names(b.fallingShort().planShort())).as(what + " plan short")
                        .isEqualTo(names(a.fallingShort().planShort()));
                assertThat(b.doubts()).extracting(d -> d.measure() + " " + d.unit().code() + " " + d.vietnamese())
                        .as(what + " doubts")
                        .isEqualTo(a.doubts().stream().map(d -> d.measure() + " " + d.unit().code() + " "
                                + d.vietnamese()).toList());
                assertThat(b.planProblem()).as(what + " red").isEqualTo(a.planProblem());
                assertThat(b.onTheWay()).as(what + " green").isEqualTo(a.onTheWay());
                // the same counts of the same units (districts, for a district's figure), made the same way
                assertThat(List.of(b.expected(), b.reported(), b.valid())).as(what + " counts")
                        .isEqualTo(List.of(a.expected(), a.reported(), a.valid()));
                assertThat(b.countsOf()).as(what + " counts of").isEqualTo(a.countsOf());
                assertThat(b.description()).as(what + " how").isEqualTo(a.description());
                // a district's own word («Đạt») where a share of one would say 100
                String name = a.node().name();
                assertThat(b.current().own(name)).as(what + " own word").isEqualTo(a.current().own(name));
                for (int y : YEARS) {
                    assertThat(b.phases().get(y).own(name)).as(what + " own word " + y)
                            .isEqualTo(a.phases().get(y).own(name));
                }
                lists += a.fallingShort().isEmpty() && a.doubts().isEmpty() ? 0 : 1;
            }
        }
        assertThat(lists).as("rows with units listed").isGreaterThan(5);
        assertThat(names(chained.missing())).isEqualTo(names(direct.missing()))
                .contains("87715009 Trường Tiểu học Bến Đình");
        return chained;
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(u -> u.code() + " " + u.name()).toList();
    }

    private static int same(String what, Aggregate a, Aggregate b) {
        assertThat(b.method()).as(what + " method").isEqualTo(a.method());
        assertThat(b.count()).as(what + " count").isEqualTo(a.count());
        assertThat(num(b.value())).as(what + " value").isEqualTo(num(a.value()));
        assertThat(num(b.median())).as(what + " median").isEqualTo(num(a.median()));
        assertThat(num(b.min())).as(what + " min").isEqualTo(num(a.min()));
        assertThat(num(b.max())).as(what + " max").isEqualTo(num(a.max()));
        assertThat(b.listing()).as(what + " listing").isEqualTo(a.listing());
        assertThat(b.description()).as(what + " description").isEqualTo(a.description());
        return 1;
    }

    private static String num(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static NodeSummary summary(Consolidation c, String node, String indicator) {
        return c.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals(indicator))
                .findFirst().orElseThrow();
    }

    static UnitReport report(UnitRegistry registry, Submission s) {
        Map<String, Map<String, ParsedValue>> values = new HashMap<>();
        for (Fact f : s.facts()) {
            // as the store gives them back: a fact of the whole table (a node table's units) under the document's key
            values.computeIfAbsent(f.indicatorCode() == null ? CurrentValues.DOCUMENT_KEY : f.indicatorCode(),
                    k -> new HashMap<>()).put(f.measure().code(), f.value());
        }
        return new UnitReport(registry.find(s.unitCode()), s.fileName(), s.sha256(), values);
    }
}
