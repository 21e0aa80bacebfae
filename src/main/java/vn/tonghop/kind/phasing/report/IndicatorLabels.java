package vn.tonghop.kind.phasing.report;

import java.util.Locale;

import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;

/** How an indicator is named on the summary's sheets and the consolidated tables. */
final class IndicatorLabels {

    private IndicatorLabels() {
    }

    /**
     * The indicator's name with its group, as the annex prints them one above the other: "Tiểu học"
     * or "Học sinh giảm" alone mean nothing on a sheet without the group rows. The group is left out
     * when there is none or the name already says it.
     */
    static String fullName(Indicator ind) {
        String group = ind.group() == null ? "" : ind.group().strip();
        String name = ind.name();
        Locale vi = Locale.forLanguageTag("vi");
        if (group.isEmpty() || name.toLowerCase(vi).contains(group.toLowerCase(vi))) {
            return name;
        }
        return group + " — " + name;
    }

    /**
     * The ĐVT a node shows for its row, {@code n}'s current value: the catalogue's unit where the row shows the
     * node's own word («Đạt» has no unit), else as {@link #unitLabel(Indicator)}.
     */
    static String unitLabel(NodeSummary n) {
        return n.current().own(n.node().name()) != null ? n.indicator().unit() : unitLabel(n.indicator());
    }

    /** The ĐVT a node shows: a yes/no or met indicator becomes a share of units, in %. */
    static String unitLabel(Indicator ind) {
        if (ind.aggregate() == Indicator.Aggregation.SHARE && ind.unit().isBlank()) {
            return "%";
        }
        return ind.unit();
    }
}
