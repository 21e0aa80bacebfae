package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;

/** How the phasing rules' messages name a fact's row. */
final class RowLabels {

    private RowLabels() {
    }

    /** «name» (code) of a fact's row: the catalogue name when matched, else the name as typed. */
    static String of(Fact fact, IndicatorCatalogue catalogue) {
        Indicator ind = fact.indicatorCode() == null ? null : catalogue.find(fact.indicatorCode());
        return ind == null ? "«" + fact.rowName() + "»" : "«" + ind.name() + "» (" + ind.code() + ")";
    }
}
