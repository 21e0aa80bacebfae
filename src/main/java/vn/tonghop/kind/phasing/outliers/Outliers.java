package vn.tonghop.kind.phasing.outliers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource.Pair;
import vn.tonghop.validation.Texts;
import vn.tonghop.value.ParsedValue;

/**
 * Values worth a second look, never errors: a unit's current value far from its peers' (the reporting
 * units of the same parent node; robust: the median and the median absolute deviation, so one wild
 * value does not hide itself), or a jump from the unit's previous version. Only plain numbers of
 * percentage, count and number indicators are compared (a comparator, a rank or a word is not).
 */
public final class Outliers {

    public static final String VALUE_OUTLIER = "VALUE_OUTLIER";
    public static final String VALUE_JUMP = "VALUE_JUMP";
    private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

    /**
     * One value worth a look.
     *
     * @param reference the peers' median (an outlier) or the previous version's value (a jump)
     * @param score     the robust z-score (an outlier) or the change as a share of the previous value (a jump)
     */
    public record Outlier(String rule, Unit unit, Unit node, Indicator indicator, ParsedValue value,
                          BigDecimal reference, BigDecimal score, String file, String cell) {
    }

    private Outliers() {
    }

    /**
     * Where units' current values sit ({@code 'Phụ lục II'!D9}), asked for every outlier at once; a place left
     * out is not known.
     */
    @FunctionalInterface
    public interface CellsOf {
        Map<ValuePlace, String> cells(Collection<ValuePlace> places);
    }

    /**
     * Far from the peers: per parent node and indicator, over its reporting units' current values. A
     * node's consolidated table is not a school's peer (its figure is its schools' aggregate).
     */
    public static List<Outlier> amongPeers(List<UnitReport> reports, UnitRegistry registry,
                                           IndicatorCatalogue catalogue, OutlierSettings settings, CellsOf cells) {
        Map<String, List<UnitReport>> byParent = new LinkedHashMap<>();
        for (UnitReport r : reports) {
            if (r.unit().parentCode() != null && !r.isNodeTable(!registry.childrenOf(r.unit().code()).isEmpty())) {
                byParent.computeIfAbsent(r.unit().parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Outlier> out = new ArrayList<>();
        for (Map.Entry<String, List<UnitReport>> group : byParent.entrySet()) {
            Unit node = registry.find(group.getKey());
            for (Indicator ind : catalogue.indicators()) {
                if (!numeric(ind)) {
                    continue;
                }
                List<UnitReport> who = new ArrayList<>();
                List<BigDecimal> xs = new ArrayList<>();
                for (UnitReport r : group.getValue()) {
                    ParsedValue v = r.value(ind.code(), "current");
                    if (plain(v)) {
                        who.add(r);
                        xs.add(v.number());
                    }
                }
                if (xs.size() < settings.minPeers()) {
                    continue;
                }
                BigDecimal median = median(xs);
                List<BigDecimal> deviations = xs.stream().map(x -> x.subtract(median).abs()).toList();
                BigDecimal mad = median(deviations);
                if (mad.signum() == 0) {
                    continue; // most units agree exactly: nothing is "far" in a robust sense
                }
                for (int i = 0; i < xs.size(); i++) {
                    BigDecimal z = CONSISTENCY.multiply(xs.get(i).subtract(median))
                            .divide(mad, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
                    if (z.abs().compareTo(settings.threshold()) > 0) {
                        UnitReport r = who.get(i);
                        out.add(new Outlier(VALUE_OUTLIER, r.unit(), node, ind, r.value(ind.code(), "current"), median,
                                z, r.file(), ""));
                    }
                }
            }
        }
        Map<ValuePlace, String> at = cells.cells(out.stream().map(Outliers::place).toList());
        return out.stream().map(o -> new Outlier(o.rule(), o.unit(), o.node(), o.indicator(), o.value(), o.reference(),
                o.score(), o.file(), at.getOrDefault(place(o), ""))).toList();
    }

    private static ValuePlace place(Outlier o) {
        return new ValuePlace(o.unit().code(), o.indicator().code(), "current");
    }

    /** A jump: each unit's current version against its previous one, current value by current value. */
    public static List<Outlier> jumps(List<Pair> versions, UnitRegistry registry, IndicatorCatalogue catalogue,
                                      OutlierSettings settings) {
        List<Outlier> out = new ArrayList<>();
        for (Pair p : versions) {
            Unit unit = registry.find(p.current().unitCode());
            if (unit == null) {
                continue;
            }
            Map<String, Fact> before = currentValues(p.earlier().facts());
            for (Map.Entry<String, Fact> now : currentValues(p.current().facts()).entrySet()) {
                Indicator ind = catalogue.find(now.getKey());
                Fact old = before.get(now.getKey());
                if (ind == null || !numeric(ind) || old == null || !plain(old.value()) || !plain(now.getValue().value())
                        || old.value().number().signum() == 0) {
                    continue;
                }
                BigDecimal change = now.getValue().value().number().subtract(old.value().number())
                        .divide(old.value().number().abs(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
                if (change.abs().compareTo(settings.jump()) > 0) {
                    Unit parent = unit.parentCode() == null ? null : registry.find(unit.parentCode());
                    out.add(new Outlier(VALUE_JUMP, unit, parent, ind, now.getValue().value(), old.value().number(),
                            change, p.current().fileName(), now.getValue().cell()));
                }
            }
        }
        return out;
    }

    /** An information finding per outlier and jump. */
    public static List<Finding> findings(List<Outlier> outliers, OutlierSettings settings) {
        List<Finding> out = new ArrayList<>();
        for (Outlier o : outliers) {
            String label = "«" + o.indicator().name() + "» (" + o.indicator().code() + ")";
            String value = Texts.number(o.value().number());
            String message = o.rule().equals(VALUE_OUTLIER)
                    ? label + ": hiện trạng " + value + " khác xa giá trị của các đơn vị cùng thuộc "
                            + (o.node() == null ? "đơn vị cấp trên" : o.node().name()) + " (trung vị "
                            + Texts.number(o.reference()) + "; độ lệch chuẩn hóa " + Texts.number(o.score())
                            + ", ngưỡng lưu ý " + Texts.number(settings.threshold()) + "). Chỉ để lưu ý: đề nghị kiểm tra lại "
                            + "số liệu (dấu thập phân, đơn vị tính), nếu đúng thì không cần sửa."
                    : label + ": hiện trạng " + value + (o.score().signum() < 0 ? " giảm " : " tăng ")
                            + Texts.number(o.score().abs().movePointRight(2)) + " % so với phiên bản trước của đơn vị ("
                            + Texts.number(o.reference()) + "). Chỉ để lưu ý: đề nghị kiểm tra lại số liệu, nếu đúng "
                            + "thì không cần sửa.";
            CellLocation at = CellLocation.parse(o.cell()).orElse(null);
            out.add(new Finding(o.file(), o.unit().code(), at == null ? "" : at.sheet(), at == null ? "" : at.ref(),
                    o.rule(), Severity.INFO, message, o.value().raw()));
        }
        return out;
    }

    private static Map<String, Fact> currentValues(List<Fact> facts) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.indicatorCode() != null && f.measure().kind() == MeasureKind.CURRENT) {
                out.putIfAbsent(f.indicatorCode(), f);
            }
        }
        return out;
    }

    /**
     * A school's own number: a figure its district measured and it copies is compared by
     * COPIED_FIGURE_DIFFERS, and a change of it is the district's, not the school's.
     */
    private static boolean numeric(Indicator ind) {
        return ind.measuredAt() == Indicator.MeasuredAt.SCHOOL && ind.kind() == IndicatorKind.PERCENT || ind.kind() == IndicatorKind.COUNT
                || ind.kind() == IndicatorKind.NUMBER;
    }

    private static boolean plain(ParsedValue v) {
        return v != null && v.number() != null && v.comparator() == null && v.rankTotal() == null;
    }

    static BigDecimal median(List<BigDecimal> xs) {
        List<BigDecimal> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2)
                : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }
}
