package vn.tonghop.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.tonghop.store.CurrentValues;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.value.ValueKind;
import vn.tonghop.kind.phasing.consolidation.Aggregate;
import vn.tonghop.kind.phasing.consolidation.Aggregate.Method;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * A consolidation built by hand over the sample office's registry and catalogue: the province
 * (SGD-DT) over two districts (PGD-TH with one school, PGD-ST with three that reported and two that
 * did not), five indicators — a percent mean (TW.1.a, headline), a yes/no share (TW.7.c), a second
 * percent mean in section II (T.5), a rank list (T.6.b) and a summed count in section III (H.1,
 * headline). An Hòa typed "=1+1" as its current value of TW.1.a.
 */
public final class ReportFixture {

    public static final Path JOB = Path.of("jobs/so-dong-thap");
    public static final List<Integer> YEARS = List.of(2022, 2023, 2024, 2025);
    public static final String OFFICE = "Sở Giáo dục và Đào tạo Đồng Tháp";
    public static final LocalDateTime RUN_AT = LocalDateTime.of(2026, 11, 23, 2, 0);

    public static final String TAN_THANH = "87612405";
    public static final String PHU_LOC = "87715001";
    public static final String BINH_MINH = "87715002";
    public static final String AN_HOA = "87715003";
    public static final String TAN_PHU_A = "87715004";
    public static final String VINH_XUAN = "87715010";

    private static final ValueParser PARSER = new ValueParser();

    public final UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
    public final IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
    public final Indicator attendance = catalogue.find("TW.1.a");
    public final Indicator counselling = catalogue.find("TW.7.c");
    public final Indicator party = catalogue.find("T.5");
    public final Indicator rank = catalogue.find("T.6.b");
    public final Indicator standard = catalogue.find("H.1");
    public final Unit province = registry.find("SGD-DT");
    public final Unit tanHong = registry.find("PGD-TH");
    public final Unit songTra = registry.find("PGD-ST");
    public final Consolidation consolidation;

    public ReportFixture() {
        List<UnitReport> reports = List.of(
                report(TAN_THANH, "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", Map.of(
                        attendance, new String[] {"100", "100", "99,5", "99,6", "99,8", "100"},
                        counselling, new String[] {"Chưa", "Có"},
                        party, new String[] {"70.8", "70.8"},
                        rank, new String[] {"11/20"},
                        standard, new String[] {"0", "01"})),
                report(PHU_LOC, "TH_PhuLoc_phan_ky.xlsx", Map.of(
                        attendance, new String[] {"99,5", "100"},
                        counselling, new String[] {"Có", "Có"},
                        party, new String[] {"65,00"},
                        rank, new String[] {"5/19"},
                        standard, new String[] {"1", "1"})),
                report(BINH_MINH, "TH_BinhMinh_phan_ky_chi_tieu.xlsx", Map.of(
                        attendance, new String[] {"98", "99,5"},
                        counselling, new String[] {"Có", "Có"},
                        party, new String[] {"72,5"},
                        rank, new String[] {"7/19"},
                        standard, new String[] {"0", "1"})),
                report(AN_HOA, "TH_AnHoa_phan_ky_chi_tieu.xlsx", Map.of(
                        attendance, new String[] {"=1+1", "98,5"},
                        counselling, new String[] {"Không", "Có"},
                        party, new String[] {"92, 70"},
                        rank, new String[] {"11/20"},
                        standard, new String[] {"0", "1"})));
        Unit anHoa = registry.find(AN_HOA);
        List<NodeSummary> nodes = new ArrayList<>();
        // the province
        nodes.add(node(province, 0, attendance, 6, 4, 3, mean(3, "99.1666666667", "99.5", "98", "100"),
                mean(4, "99.5", "99.75", "98.5", "100"), phases(mean("98.375"), mean("98.7"), mean("99.075"),
                        mean("99.5")), quota(attendance, "99,50"), "-0.1666666667", List.of(anHoa)));
        nodes.add(node(province, 0, counselling, 6, 4, 4, share(4, "50"), share(4, "100"),
                phases(share(4, "25"), share(4, "50"), share(4, "75"), share(4, "100")), null, null, List.of()));
        nodes.add(node(province, 0, party, 6, 4, 4, mean(4, "75.25", "71.65", "65", "92.7"),
                mean(1, "70.8", "70.8", "70.8", "70.8"), phases(null, null, null, null), quota(party, "70,00"),
                "-5.25", List.of()));
        nodes.add(node(province, 0, rank, 6, 4, 4, list(4, "Trường Tiểu học Tân Thành B2: 11/20; Trường Tiểu học "
                + "Phú Lộc: 5/19; Trường Tiểu học Bình Minh: 7/19; Trường Tiểu học An Hòa: 11/20"),
                Aggregate.none(Method.LIST), phases(null, null, null, null), null, null, List.of()));
        nodes.add(node(province, 0, standard, 6, 4, 4, sum(4, "1"), sum(4, "3"),
                phases(sum(4, "1"), sum(4, "1"), sum(4, "2"), sum(4, "4")), null, null, List.of()));
        // Tân Hồng: one school
        nodes.add(node(tanHong, 1, attendance, 1, 1, 1, mean(1, "100", "100", "100", "100"),
                mean(1, "100", "100", "100", "100"), phases(mean("99.5"), mean("99.6"), mean("99.8"), mean("100")),
                quota(attendance, ">99,00"), "-1", List.of()));
        nodes.add(node(tanHong, 1, counselling, 1, 1, 1, share(1, "0"), share(1, "100"),
                phases(null, null, null, share(1, "100")), null, null, List.of()));
        nodes.add(node(tanHong, 1, party, 1, 1, 1, mean(1, "70.8", "70.8", "70.8", "70.8"),
                mean(1, "70.8", "70.8", "70.8", "70.8"), phases(null, null, null, null), quota(party, "70,00"),
                "-0.8", List.of()));
        nodes.add(node(tanHong, 1, rank, 1, 1, 1, list(1, "Trường Tiểu học Tân Thành B2: 11/20"),
                Aggregate.none(Method.LIST), phases(null, null, null, null), null, null, List.of()));
        nodes.add(node(tanHong, 1, standard, 1, 1, 1, sum(1, "0"), sum(1, "1"),
                phases(sum(1, "0"), sum(1, "0"), sum(1, "1"), sum(1, "1")), quota(standard, "X"), null, List.of()));
        // Sông Trà: three schools reported, two did not
        nodes.add(node(songTra, 1, attendance, 5, 3, 2, mean(2, "98.75", "98.75", "98", "99.5"),
                mean(3, "99.3333333333", "99.5", "98.5", "100"), phases(mean("98"), mean("98.4"),
                        mean("98.8333333333"), mean("99.3333333333")), quota(attendance, ">99,50"), "0.25",
                List.of(anHoa)));
        nodes.add(node(songTra, 1, counselling, 5, 3, 3, share(3, "66.6666666667"), share(3, "100"),
                phases(share(3, "33.3333333333"), share(3, "66.6666666667"), share(3, "100"), share(3, "100")),
                null, null, List.of()));
        nodes.add(node(songTra, 1, party, 5, 3, 3, mean(3, "76.7333333333", "72.5", "65", "92.7"),
                Aggregate.none(Method.MEAN), phases(null, null, null, null), quota(party, "70,00"), "-6.7333333333",
                List.of()));
        nodes.add(node(songTra, 1, rank, 5, 3, 3, list(3, "Trường Tiểu học Phú Lộc: 5/19; Trường Tiểu học Bình "
                + "Minh: 7/19; Trường Tiểu học An Hòa: 11/20"), Aggregate.none(Method.LIST),
                phases(null, null, null, list(2, "Trường Tiểu học Phú Lộc: 3/19; Trường Tiểu học Bình Minh: 5/19")),
                null, null, List.of()));
        nodes.add(node(songTra, 1, standard, 5, 3, 3, sum(3, "1"), sum(3, "3"),
                phases(sum(3, "1"), sum(3, "1"), sum(3, "2"), sum(3, "3")), quota(standard, "4"), "3", List.of()));
        consolidation = new Consolidation(OFFICE, province, RUN_AT, YEARS,
                List.of(attendance, counselling, party, rank, standard), nodes, reports,
                List.of(registry.find(TAN_PHU_A), registry.find(VINH_XUAN)));
    }

    /** Findings as validation would make them, deliberately out of order. */
    public static List<Finding> findings() {
        return List.of(
                new Finding("TH_PhuLoc_phan_ky.xlsx", PHU_LOC, "Phụ lục II", "AA1", "PHASE_STEP_BACK", Severity.WARNING,
                        "Phân kỳ năm 2024 (75) thấp hơn năm 2023 (79,16): đề nghị kiểm tra lại.", "75"),
                new Finding("TH_PhuLoc_phan_ky.xlsx", PHU_LOC, "Phụ lục II", "B10", "PERCENT_RANGE", Severity.ERROR,
                        "Tỷ lệ 120 nằm ngoài khoảng 0–100.", "120"),
                new Finding("TH_PhuLoc_phan_ky.xlsx", PHU_LOC, "Phụ lục II", "B2", "PHASE_END_NE_TARGET",
                        Severity.ERROR, "Phân kỳ năm 2025 (79,16) khác chỉ tiêu của trường (70,8).", "79.16"),
                new Finding("TH_AnHoa_phan_ky_chi_tieu.xlsx", AN_HOA, "Phụ lục II", "D9", "UNPARSEABLE", Severity.ERROR,
                        "Không hiểu được giá trị «=1+1». Đề nghị nhập một số, ví dụ 99,5.", "=1+1"),
                new Finding("", TAN_PHU_A, "", "", "MISSING_SUBMISSION", Severity.ERROR,
                        "Đơn vị chưa nộp bảng phân kỳ thực hiện chỉ tiêu.", ""),
                new Finding("TH_PhuLoc_phan_ky.xlsx", PHU_LOC, "Phụ lục II", "B10", "COMPARATOR_USED", Severity.INFO,
                        "Giá trị có dấu so sánh «< 0,1» được tính là 0,1.", "< 0,1"),
                new Finding("A_bo_sung.xlsx", PHU_LOC, "Sheet1", "A1", "NO_TABLE", Severity.WARNING,
                        "Không tìm thấy bảng phân kỳ trong tệp.", ""),
                new Finding("TH_BinhMinh_phan_ky_chi_tieu.xlsx", BINH_MINH, "Phụ lục II", "E12",
                        "TARGET_WEAKER_THAN_QUOTA", Severity.WARNING,
                        "Chỉ tiêu của trường (-5) thấp hơn chỉ tiêu huyện giao (76,47).", "-5"));
    }

    private UnitReport report(String code, String file, Map<Indicator, String[]> typed) {
        Map<String, Map<String, ParsedValue>> values = new HashMap<>();
        String[] measures = {"current", "target_unit", "phase_2022", "phase_2023", "phase_2024", "phase_2025"};
        typed.forEach((ind, raws) -> {
            Map<String, ParsedValue> m = new HashMap<>();
            for (int i = 0; i < raws.length; i++) {
                m.put(measures[i], PARSER.parse(raws[i], UnitHint.fromUnitLabel(ind.unit())));
            }
            values.put(ind.code(), m);
        });
        if (AN_HOA.equals(code)) { // its caption cites its plan, as the sample's does
            values.put(CurrentValues.DOCUMENT_KEY, Map.of(MeasureKind.PLAN_NUMBER.code(), text("27/KH-THAH"),
                    MeasureKind.PLAN_DATE.code(), text("2023-11-09")));
        }
        return new UnitReport(registry.find(code), file, "0".repeat(64), values);
    }

    private static ParsedValue text(String s) {
        return new ParsedValue(s, ValueKind.TEXT, null, null, null, null, null, java.util.Set.of());
    }

    public static ParsedValue quota(Indicator ind, String raw) {
        return PARSER.parse(raw, UnitHint.fromUnitLabel(ind.unit()));
    }

    private static NodeSummary node(Unit node, int depth, Indicator ind, int expected, int reported, int valid,
                                    Aggregate current, Aggregate target, TreeMap<Integer, Aggregate> phases,
                                    ParsedValue quota, String gap, List<Unit> unitsShort) {
        phases.replaceAll((y, a) -> a.count() == 0 ? Aggregate.none(current.method()) : a);
        return new NodeSummary(node, depth, ind, expected, reported, valid, current, target, phases, quota,
                gap == null ? null : new BigDecimal(gap), unitsShort);
    }

    private static TreeMap<Integer, Aggregate> phases(Aggregate... perYear) {
        TreeMap<Integer, Aggregate> m = new TreeMap<>();
        for (int i = 0; i < perYear.length; i++) {
            Aggregate a = perYear[i];
            if (a == null) {
                a = Aggregate.none(Method.MEAN);
            }
            m.put(YEARS.get(i), a);
        }
        return m;
    }

    private static Aggregate mean(int count, String value, String median, String min, String max) {
        return new Aggregate(Method.MEAN, count, new BigDecimal(value), new BigDecimal(median), new BigDecimal(min),
                new BigDecimal(max), "");
    }

    private static Aggregate mean(String value) {
        return new Aggregate(Method.MEAN, 3, new BigDecimal(value), null, null, null, "");
    }

    private static Aggregate share(int count, String value) {
        return new Aggregate(Method.SHARE, count, new BigDecimal(value), null, null, null, "");
    }

    private static Aggregate sum(int count, String value) {
        return new Aggregate(Method.SUM, count, new BigDecimal(value), null, null, null, "");
    }

    private static Aggregate list(int count, String listing) {
        return new Aggregate(Method.LIST, count, null, null, null, null, listing);
    }
}
