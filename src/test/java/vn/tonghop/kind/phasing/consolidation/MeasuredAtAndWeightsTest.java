package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.rules.CopiedFigureCheck;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.domain.Unit;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * Where an indicator is measured and what a rate is over, both catalogue and registry data: a
 * district's figure its schools copy is taken once per district and the province aggregates the
 * districts' figures (weighted by their schools when the registry has them); a rate with the units'
 * counts is the weighted rate, without them the mean, and the summary says which.
 */
class MeasuredAtAndWeightsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void consolidateTheSamples() throws Exception {
        ConsolidationEngineTest.consolidate();
    }

    private static NodeSummary row(String node, String indicator) {
        return ConsolidationEngineTest.row(node, indicator);
    }

    /** Units expected, reported and valid. */
    private static List<Integer> counts(String node, String indicator) {
        NodeSummary n = row(node, indicator);
        return List.of(n.expected(), n.reported(), n.valid());
    }

    /** Seed 004: "Trường đạt chuẩn quốc gia" 58,82 % is 10 of Tân Hồng's 17 schools, not a school's value. */
    @Test
    void theDistrictsNationalStandardShareIsTakenOnceAndTheProvinceWeightsItBySchools() {
        Aggregate tanHong = row("PGD-TH", "TW.1.d").current();
        assertThat(tanHong.value()).isEqualByComparingTo("58.82");
        assertThat(tanHong.count()).isEqualTo(1);
        assertThat(tanHong.description()).isEqualTo("số liệu của huyện, lấy một lần");
        // Sông Trà: six of its nine schools copied 65; An Hòa 60, Long Khánh 62,5, Mỹ Xuân 68 do not count
        Aggregate songTra = row("PGD-ST", "TW.1.d").current();
        assertThat(songTra.value()).isEqualByComparingTo("65");
        assertThat(songTra.count()).isEqualTo(1);
        // counted once, as it is taken once: the district, not its nine schools that copied it
        assertThat(counts("PGD-ST", "TW.1.d")).containsExactly(1, 1, 1);
        assertThat(row("PGD-ST", "TW.1.d").countsOf()).isEqualTo(Indicator.MeasuredAt.DISTRICT);
        assertThat(row("PGD-ST", "TW.1.d").description()).isEqualTo("số liệu của huyện, lấy một lần; số đơn vị = số huyện");

        Aggregate province = row("SGD-DT", "TW.1.d").current();
        // registry: Tân Hồng 17 schools, Sông Trà 10: (58,82 × 17 + 65 × 10) / 27, not the mean of ten copies 63,932
        assertThat(province.method()).isEqualTo(Aggregate.Method.WEIGHTED);
        assertThat(province.value()).isEqualByComparingTo("61.1088888889");
        assertThat(province.count()).isEqualTo(2);
        assertThat(province.description()).isEqualTo("mỗi huyện một số liệu; bình quân gia quyền theo số trường");
        // «Số đơn vị phải báo cáo / đã báo cáo / có giá trị hợp lệ» count the two districts, not the schools
        assertThat(counts("SGD-DT", "TW.1.d")).containsExactly(2, 2, 2);
        assertThat(row("SGD-DT", "TW.1.d").description())
                .isEqualTo("mỗi huyện một số liệu; bình quân gia quyền theo số trường; số đơn vị = số huyện");
        // a school's own figure still counts schools: 15 expected, 10 sent their table
        assertThat(counts("SGD-DT", "TW.1.a")).containsExactly(15, 10, 10);
        assertThat(row("SGD-DT", "TW.1.a").countsOf()).isNull();
        assertThat(row("SGD-DT", "TW.2").current().value()).isEqualByComparingTo("63.1944444444"); // (56,25×17+75×10)/27
    }

    /**
     * A district's figure falls short as the district's: at the province Tân Hồng (58,82) and Sông Trà (65)
     * are below its 70 % of national-standard schools now, neither plans to stay below (targets 76,47 and
     * 80); no school is listed by its copy, and at the district itself its gap says it.
     */
    @Test
    void theUnitsFallingShortOfADistrictsFigureAreTheDistricts() {
        FallingShort province = row("SGD-DT", "TW.1.d").fallingShort();
        assertThat(province.belowNow()).extracting(Unit::code).containsExactly("PGD-ST", "PGD-TH");
        assertThat(province.targetWeaker()).isEmpty();
        assertThat(province.planShort()).isEmpty();
        assertThat(row("SGD-DT", "TW.1.d").planProblem()).isFalse();
        assertThat(row("SGD-DT", "TW.1.d").onTheWay()).isTrue();
        assertThat(row("PGD-TH", "TW.1.d").fallingShort().isEmpty()).isTrue();
        assertThat(row("PGD-TH", "TW.1.d").gap()).isEqualByComparingTo("17.65"); // 76,47 − 58,82
        // the province's rank has no quota of the province: nothing to fall short of
        assertThat(row("SGD-DT", "T.6.b").fallingShort().isEmpty()).isTrue();
    }

    /**
     * Universal primary education (PCGDTH level 3) and literacy level 2 are recognised for the district,
     * not the school: the schools' «Đạt» is the district's, taken once (Hòa An, without the literacy
     * row, changes nothing), and the province's figure is the share of its districts that met it.
     */
    @Test
    void universalEducationIsTheDistrictsRecognitionAndTheProvinceCountsDistricts() {
        for (String code : List.of("T.2.a", "T.2.b")) {
            NodeSummary songTra = row("PGD-ST", code);
            assertThat(songTra.indicator().measuredAt()).isEqualTo(Indicator.MeasuredAt.DISTRICT);
            assertThat(songTra.current().count()).as(code).isEqualTo(1);
            assertThat(songTra.current().value()).as(code).isEqualByComparingTo("100");
            assertThat(songTra.current().description()).as(code).isEqualTo("số liệu của huyện, lấy một lần");
            NodeSummary province = row("SGD-DT", code);
            assertThat(province.current().method()).isEqualTo(Aggregate.Method.SHARE);
            assertThat(province.current().count()).as(code).isEqualTo(2);
            assertThat(province.current().value()).as(code).isEqualByComparingTo("100");
            assertThat(province.current().description()).as(code)
                    .isEqualTo("mỗi huyện một số liệu; tỷ lệ đơn vị đạt/có (%)");
            assertThat(province.fallingShort().isEmpty()).as(code).isTrue();
        }
        // the district counts once, although Hòa An left the row out and eight schools wrote it; the province two
        assertThat(counts("PGD-ST", "T.2.b")).containsExactly(1, 1, 1);
        assertThat(counts("SGD-DT", "T.2.b")).containsExactly(2, 2, 2);
    }

    /** The samples' copies of figures measured above the school that differ, across the province. */
    private static List<ConsolidationEngine.CopyDifference> sampleDifferences() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ConsolidationEngineTest.JOB.resolve("catalogue.csv"));
        ConsolidationEngine engine = new ConsolidationEngine(ConsolidationEngineTest.registry, catalogue,
                new QuotaBook(Map.of()));
        List<UnitReport> reports = ConsolidationEngineTest.read.stream().map(s -> ConsolidationEngineTest.toReport(
                ConsolidationEngineTest.registry.find(s.unitCode()), s)).toList();
        return engine.copyDifferences(ConsolidationEngineTest.registry.find("SGD-DT"), List.of(2022, 2023, 2024, 2025),
                reports);
    }

    @Test
    void aSchoolWhoseCopyIsNotTheDistrictsFigureIsToldOncePerIndicator() {
        List<Finding> findings = CopiedFigureCheck.findings(sampleDifferences(), ValidationSettings.defaults());
        assertThat(findings).extracting(f -> f.file() + " | " + f.message().substring(1, f.message().indexOf('»')))
                .containsExactly(
                        "TH_AnHoa_phan_ky_chi_tieu.xlsx | Trường đạt chuẩn quốc gia",
                        "TH_LongKhanh_phan_ky_chi_tieu.xls | Trường đạt chuẩn quốc gia",
                        "TH_MyXuan_phan_ky_chi_tieu.xlsx | Trường đạt chuẩn quốc gia",
                        "TH_VinhXuan_phan_ky_chi_tieu.xlsx | Đạt chuẩn cơ sở vật chất mức tối thiểu trở lên theo quy "
                                + "định của Bộ Giáo dục và Đào tạo",
                        "TH_BinhMinh_phan_ky_chi_tieu.xlsx | Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("COPIED_FIGURE_DIFFERS");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(findings.get(0).unitCode()).isEqualTo("87715003");
        assertThat(findings.get(0).message()).isEqualTo("«Trường đạt chuẩn quốc gia» (TW.1.d) là số liệu của cấp "
                + "huyện (Phòng Giáo dục và Đào tạo huyện Sông Trà), các trường ghi lại như nhau và bản tổng hợp lấy "
                + "một lần giá trị được nhiều trường ghi nhất, không lấy trung bình. Bảng của đơn vị ghi khác: "
                + "hiện trạng ghi 60 (của huyện: 65, 6/9 trường ghi); chỉ tiêu của đơn vị ghi 75 (của huyện: 80, 7/9 "
                + "trường ghi); phân kỳ năm 2022 ghi 60 (của huyện: 65, 6/9 trường ghi); phân kỳ năm 2023 ghi 63,75 "
                + "(của huyện: 68,75, 6/9 trường ghi); phân kỳ năm 2024 ghi 67,5 (của huyện: 72,5, 6/9 trường ghi); "
                + "phân kỳ năm 2025 ghi 75 (của huyện: 80, 7/9 trường ghi). Đề nghị ghi đúng số liệu của huyện.");
    }

    /**
     * A national night's differences are turned into findings a batch at a time (their cells looked up per
     * batch), never all held: the findings, their order and their cells are those made all at once, a batch
     * ends with a district (its schools' cells looked up once, for all their indicators), and each place is
     * looked up once. The samples' differences are all Sông Trà's: the same again in Tân Hồng make two districts.
     */
    @Test
    void findingsMadeABatchAtATimeAreThoseMadeAllAtOnce() {
        List<ConsolidationEngine.CopyDifference> differences = new ArrayList<>(sampleDifferences());
        assertThat(differences).extracting(d -> d.figureUnit().code()).containsOnly("PGD-ST");
        Unit tanHong = ConsolidationEngineTest.registry.find("PGD-TH");
        Map<String, UnitReport> moved = new HashMap<>();
        for (ConsolidationEngine.CopyDifference d : List.copyOf(differences)) {
            UnitReport r = moved.computeIfAbsent(d.report().unit().code(), code -> new UnitReport(
                    new Unit(code + "-TH", d.report().unit().name(), "truong", tanHong.code(), "", ""),
                    "TH_" + d.report().file(), d.report().sha256(), d.report().values()));
            differences.add(new ConsolidationEngine.CopyDifference(r, d.indicator(), d.measure(), tanHong, d.figure()));
        }
        List<List<ValuePlace>> asked = new ArrayList<>();
        CopiedFigureCheck.CellsOf cells = places -> {
            asked.add(List.copyOf(places));
            Map<ValuePlace, String> at = new HashMap<>();
            places.forEach(p -> at.put(p, "'Phụ lục II'!D" + (10 + Math.floorMod(p.hashCode(), 90))));
            return at;
        };
        List<Finding> allAtOnce = CopiedFigureCheck.findings(differences, ValidationSettings.defaults(), cells);
        assertThat(asked).hasSize(1);
        List<ValuePlace> places = asked.get(0);

        asked.clear();
        List<Finding> batched = new ArrayList<>();
        CopiedFigureCheck.Maker maker = new CopiedFigureCheck.Maker(ValidationSettings.defaults(), cells, batched::add,
                1);
        differences.forEach(maker);
        maker.finish();

        assertThat(batched).containsExactlyElementsOf(allAtOnce);
        assertThat(allAtOnce).hasSize(10).allSatisfy(f -> assertThat(f.cell()).isNotEmpty());
        assertThat(asked).as("a batch per district").hasSize(2);
        assertThat(asked.get(0)).extracting(ValuePlace::unitCode).noneMatch(code -> code.endsWith("-TH"));
        assertThat(asked.get(1)).extracting(ValuePlace::unitCode).allMatch(code -> code.endsWith("-TH"));
        assertThat(asked.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(places);
    }

    @Test
    void theProvincialRankIsTheDistrictTeamsListedOncePerDistrict() {
        Aggregate ranks = row("SGD-DT", "T.6.b").current();
        assertThat(ranks.method()).isEqualTo(Aggregate.Method.LIST);
        assertThat(ranks.listing()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Tân Hồng: 11/20; "
                + "Phòng Giáo dục và Đào tạo huyện Sông Trà: 8/20");
        assertThat(row("SGD-DT", "T.6.b").phases().get(2025).listing()).isEqualTo(
                "Phòng Giáo dục và Đào tạo huyện Tân Hồng: 5/19; Phòng Giáo dục và Đào tạo huyện Sông Trà: 5/20");
    }

    @Test
    void aRateWithoutTheRegistrysCountsIsTheMeanAndSaysSo() {
        Aggregate a = row("PGD-ST", "TW.1.a").current();
        assertThat(a.method()).isEqualTo(Aggregate.Method.MEAN);
        assertThat(a.value()).isEqualByComparingTo("99.2555555556");
        assertThat(a.description()).isEqualTo("trung bình (chưa có số trẻ trong độ tuổi)");
        assertThat(row("PGD-ST", "TW.7.a").current().description()).isEqualTo("trung bình (không có tử số/mẫu số)");
    }

    @Test
    void aRateWithTheRegistrysCountsIsTheWeightedRate() throws IOException {
        Path registryCsv = write("registry.csv", """
                code,name,level,parent_code,pupils
                SO,Sở,tinh,,
                P1,Phòng 1,huyen,SO,
                A,Trường A,truong,P1,1.200
                B,Trường B,truong,P1,300
                C,Trường C,truong,P1,
                """);
        UnitRegistry registry = UnitRegistry.load(registryCsv);
        assertThat(registry.count(registry.find("A"), "pupils")).isEqualByComparingTo("1200");
        assertThat(registry.count(registry.find("P1"), "pupils")).isNull(); // C's is unknown
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ConsolidationEngineTest.JOB.resolve("catalogue.csv"));
        Indicator dropouts = catalogue.find("T.1.a");
        assertThat(dropouts.weight()).isEqualTo("pupils");
        ConsolidationEngine engine = new ConsolidationEngine(registry, catalogue, new QuotaBook(Map.of()));

        Consolidation two = engine.consolidate("Sở", registry.find("SO"), LocalDateTime.of(2026, 11, 27, 2, 0),
                List.of(2025), List.of(report(registry, "A", "T.1.a", "0,50"), report(registry, "B", "T.1.a", "1,00")));
        Aggregate weighted = summary(two, "P1", "T.1.a").current();
        assertThat(weighted.method()).isEqualTo(Aggregate.Method.WEIGHTED);
        // (0,5 × 1200 + 1 × 300) / 1500, where the mean would say 0,75
        assertThat(weighted.value()).isEqualByComparingTo("0.6");
        assertThat(weighted.description()).isEqualTo("bình quân gia quyền theo số học sinh");
        assertThat(weighted.median()).isEqualByComparingTo("0.75");

        Consolidation three = engine.consolidate("Sở", registry.find("SO"), LocalDateTime.of(2026, 11, 27, 2, 0),
                List.of(2025), List.of(report(registry, "A", "T.1.a", "0,50"), report(registry, "B", "T.1.a", "1,00"),
                        report(registry, "C", "T.1.a", "0,90")));
        Aggregate mean = summary(three, "SO", "T.1.a").current();
        assertThat(mean.method()).isEqualTo(Aggregate.Method.MEAN);
        assertThat(mean.value()).isEqualByComparingTo(new BigDecimal("2.4").divide(BigDecimal.valueOf(3),
                new MathContext(12)));
        assertThat(mean.description()).isEqualTo("trung bình (thiếu số học sinh của 1/3 đơn vị)");
    }

    @Test
    void aLevelOrWeightTheCatalogueOrRegistryCannotHaveIsALine() throws IOException {
        Path catalogueCsv = write("catalogue.csv", """
                code,section,name,kind,good_direction,aggregate,measured_at,weight
                A,trung_uong,Chỉ tiêu A,percent,higher,weighted,phong,pupils
                B,trung_uong,Chỉ tiêu B,percent,higher,weighted,xa,hoc_sinh
                """);
        ReferenceProblems problems = new ReferenceProblems();
        IndicatorCatalogue catalogue = IndicatorCatalogue.parse(catalogueCsv, problems);
        assertThat(problems.lines()).containsExactly(
                catalogueCsv + ", dòng 2: cột measured_at: «phong» không phải cấp tonghop biết. Dùng truong (số liệu "
                        + "của từng trường, mặc định), huyen hoặc xa (số liệu của huyện, xã mà các trường ghi lại), tinh.",
                catalogueCsv + ", dòng 3: cột weight: «hoc_sinh» không phải cột số lượng của danh mục đơn vị. Dùng một "
                        + "trong: pupils, teachers, children, schools, hoặc để trống.");
        assertThat(catalogue.find("B").measuredAt()).isEqualTo(Indicator.MeasuredAt.DISTRICT); // a commune's figure

        Path badCount = write("registry2.csv", """
                code,name,level,parent_code,teachers
                SO,Sở,tinh,,"12,5"
                """);
        ReferenceProblems more = new ReferenceProblems();
        UnitRegistry.parse(badCount, more);
        assertThat(more.lines()).containsExactly(badCount + ", dòng 2: cột teachers (số giáo viên) của «SO»: «12,5» "
                + "không phải số nguyên không âm. Ghi số (ví dụ 1250) hoặc để trống nếu chưa biết.");
    }

    private static UnitReport report(UnitRegistry registry, String unit, String indicator, String current) {
        ParsedValue v = new ValueParser().parse(current, UnitHint.PERCENT);
        Unit u = registry.find(unit);
        return new UnitReport(u, unit + ".xlsx", "00", Map.of(indicator, Map.of("current", v)));
    }

    private static NodeSummary summary(Consolidation c, String node, String indicator) {
        return c.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals(indicator))
                .findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
