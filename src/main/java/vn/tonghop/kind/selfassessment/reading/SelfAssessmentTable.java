package vn.tonghop.kind.selfassessment.reading;

import java.util.List;

/**
 * A self-assessment grid as read from one sheet: where its header is, its criterion rows in order
 * (standard rows, blank rows and repeated headers left out), the highest level it has a column for,
 * how it marks levels, and the stated result and conclusion lines found below it.
 */
public record SelfAssessmentTable(String sheet, String headerCell, List<CriterionRow> rows, int maxLevelColumn,
                                  boolean hasNotMetColumn, MarkConvention convention, List<StatedLevel> stated) {

    public SelfAssessmentTable {
        rows = List.copyOf(rows);
        stated = List.copyOf(stated);
    }

    /** The reading of a row under this table's convention. */
    public LevelReading reading(CriterionRow row) {
        return LevelReading.of(row.marked(), convention);
    }

    /** The conclusion line when there is one, else the result line, else null. */
    public StatedLevel statedLevel() {
        return stated.stream().filter(s -> s.kind() == StatedLevel.Kind.CONCLUSION).findFirst()
                .orElse(stated.stream().findFirst().orElse(null));
    }
}
