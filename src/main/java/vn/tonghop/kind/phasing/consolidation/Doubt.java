package vn.tonghop.kind.phasing.consolidation;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.value.ParsedValue;

/**
 * A value that went into an aggregate although it was read with a warning ({@code 92, 70} read as
 * 92,7; "Chưa có môn dẫn đầu toàn đoàn" read as Chưa): counted, so the figure is not silently missing a
 * unit, and marked, so the office sees which unit to ask. {@code measure} is the measure's code
 * ({@code current}, {@code target_unit}, {@code phase_2024}).
 */
public record Doubt(String measure, Unit unit, ParsedValue value) {

    /** The doubtful values counted in a node's aggregates of one indicator, by measure then unit. */
    static List<Doubt> of(Indicator indicator, List<UnitReport> reported, List<String> measures) {
        List<Doubt> out = new ArrayList<>(0);
        for (String measure : measures) {
            for (UnitReport r : reported) {
                ParsedValue v = r.value(indicator.code(), measure);
                if (v != null && v.isFlagged() && Aggregator.usable(indicator, v)) {
                    out.add(new Doubt(measure, r.unit(), v));
                }
            }
        }
        return out;
    }

    /** "Trường Tiểu học Tân Thành B2: «92, 70» đọc là 92,7". */
    public String vietnamese() {
        return unit.name() + ": «" + value.raw().strip() + "» đọc là " + value.vietnamese();
    }
}
