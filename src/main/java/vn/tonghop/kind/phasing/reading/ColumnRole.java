package vn.tonghop.kind.phasing.reading;

import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Section;

/** What a value column of a phasing table holds, as its header says. */
public enum ColumnRole {
    CURRENT,
    TARGET_CENTRAL,
    TARGET_PROVINCE,
    /**
     * The seed's combined "TW, Tỉnh" column: the quota handed down from above. It is read as the
     * central target in section I and as the province target in section II (the section says who set
     * the indicator, so who set its quota); outside a known section, as the central target.
     */
    TARGET_CENTRAL_OR_PROVINCE,
    TARGET_DISTRICT,
    TARGET_UNIT,
    PHASE;

    public Measure measure(Integer year, Section section) {
        return switch (this) {
            case CURRENT -> Measure.of(MeasureKind.CURRENT);
            case TARGET_CENTRAL -> Measure.of(MeasureKind.TARGET_CENTRAL);
            case TARGET_PROVINCE -> Measure.of(MeasureKind.TARGET_PROVINCE);
            case TARGET_CENTRAL_OR_PROVINCE -> Measure.of(section == Section.PROVINCE || section == Section.LOCAL
                    ? MeasureKind.TARGET_PROVINCE : MeasureKind.TARGET_CENTRAL);
            case TARGET_DISTRICT -> Measure.of(MeasureKind.TARGET_DISTRICT);
            case TARGET_UNIT -> Measure.of(MeasureKind.TARGET_UNIT);
            case PHASE -> Measure.phase(year);
        };
    }
}
