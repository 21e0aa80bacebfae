package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.reading.Submission;
import vn.tonghop.kind.phasing.IndicatorCatalogue;

/**
 * The facts of one table row, by column: what the row rules look at. {@code indicator} is null for a
 * row that matched no catalogue indicator; {@code phases} are in year order.
 */
public record IndicatorRow(String sheet, int row, Indicator indicator, String rowName, Fact current, Fact central,
                    Fact province, Fact district, Fact unit, List<Fact> phases) {

    /** Facts of the whole table, not of a row: the plan it goes with. */
    private static final Set<MeasureKind> DOCUMENT = EnumSet.of(MeasureKind.PLAN_NUMBER, MeasureKind.PLAN_DATE);

    /** The rows of a submission, in table order (facts of one row are consecutive). */
    public static List<IndicatorRow> of(Submission submission, IndicatorCatalogue catalogue) {
        List<Fact> facts = submission.facts();
        List<IndicatorRow> rows = new ArrayList<>();
        Builder b = null;
        for (Fact f : facts) {
            if (f.measure().kind() == MeasureKind.BASIS) {
                continue; // a node table's hidden line about the row, not a cell of it
            }
            if (f.indicatorCode() == null && DOCUMENT.contains(f.measure().kind())) {
                continue; // the caption's plan number and date: the table's, no row's
            }
            Optional<CellLocation> at = f.location(); // parsed once: a fact's cell is kept as its text
            int row = at.map(CellLocation::rowNumber).orElse(-1);
            String sheet = at.map(CellLocation::sheet).orElse(""); // f.sheet()
            if (b == null || row != b.row || !sheet.equals(b.sheet)) {
                if (b != null) {
                    rows.add(b.build());
                }
                Indicator ind = f.indicatorCode() == null ? null : catalogue.find(f.indicatorCode());
                b = new Builder(sheet, row, ind, f.rowName());
            }
            b.add(f);
        }
        if (b != null) {
            rows.add(b.build());
        }
        return rows.isEmpty() ? List.of() : rows;
    }

    /** The last phasing year's fact, or null when the table has no phasing columns. */
    public Fact lastPhase() {
        return phases.isEmpty() ? null : phases.get(phases.size() - 1);
    }

    /** The phasing fact of a year, or null. */
    public Fact phase(int year) {
        for (Fact f : phases) {
            if (f.measure().year() == year) {
                return f;
            }
        }
        return null;
    }

    /** The row's first value cell: where a finding about the whole row points. */
    public Fact firstFact() {
        for (Fact f : new Fact[] {current, central, province, district, unit}) {
            if (f != null) {
                return f;
            }
        }
        return phases.isEmpty() ? null : phases.get(0);
    }

    /** «name» (code), as messages name the row. */
    public String label() {
        if (indicator == null) {
            return "«" + rowName + "»";
        }
        return "«" + indicator.name() + "» (" + indicator.code() + ")";
    }

    private static final class Builder {
        final String sheet;
        final int row;
        final Indicator indicator;
        final String rowName;
        Fact current;
        Fact central;
        Fact province;
        Fact district;
        Fact unit;
        final List<Fact> phases = new ArrayList<>(6);

        Builder(String sheet, int row, Indicator indicator, String rowName) {
            this.sheet = sheet;
            this.row = row;
            this.indicator = indicator;
            this.rowName = rowName;
        }

        void add(Fact f) {
            Measure m = f.measure();
            switch (m.kind()) {
                case CURRENT -> current = f;
                case TARGET_CENTRAL -> central = f;
                case TARGET_PROVINCE -> province = f;
                case TARGET_DISTRICT -> district = f;
                case TARGET_UNIT -> unit = f;
                case PHASE -> phases.add(f);
            }
        }

        IndicatorRow build() {
            phases.sort((a, b) -> Integer.compare(a.measure().year(), b.measure().year()));
            return new IndicatorRow(sheet, row, indicator, rowName, current, central, province, district, unit,
                    List.copyOf(phases));
        }
    }
}
