package vn.tonghop.kind.selfassessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.selfassessment.reading.CriterionRow;
import vn.tonghop.kind.selfassessment.reading.MarkCell;
import vn.tonghop.kind.selfassessment.reading.MarkConvention;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.reading.StatedLevel;
import vn.tonghop.reading.GridCell;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.value.CellContent;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * A self-assessment as facts, and back. Per criterion row: its level ({@code level}: the level the
 * checks read, 0 = Không đạt, empty when unclear; the raw value lists the marks as typed) at the
 * label's cell, and each non-blank result cell as typed ({@code mark_0} … {@code mark_4}) at its cell;
 * the stated lines ({@code stated_result}, {@code stated_conclusion}) at theirs. Rows whose code the
 * catalogue does not have keep an empty indicator code and their label. Everything the checks need
 * is in the facts, so a stored document is checked again exactly as when it was read.
 */
public final class SelfAssessmentFacts {

    private SelfAssessmentFacts() {
    }

    /** The facts of a table, its criterion levels as {@code assessment} gives them. */
    public static List<Fact> of(SelfAssessmentTable table, SelfAssessment assessment, CriteriaCatalogue catalogue) {
        List<Fact> facts = new ArrayList<>();
        String unit = assessment.unitCode();
        Set<String> levelled = new java.util.HashSet<>();
        for (CriterionRow row : table.rows()) {
            String code = row.code() != null && (catalogue == null || catalogue.byCode(row.code()) != null)
                    ? row.code() : null;
            Integer level = code != null && levelled.add(code) ? assessment.levels().get(code) : null;
            facts.add(new Fact(unit, code, row.label(), Measure.of(MeasureKind.LEVEL),
                    level(marksTyped(row), level), cell(table.sheet(), row.labelCell())));
            for (MarkCell m : row.marks()) {
                facts.add(new Fact(unit, code, row.label(), Measure.mark(m.level()), mark(m),
                        cell(table.sheet(), m.ref())));
            }
        }
        for (StatedLevel s : table.stated()) {
            MeasureKind kind = s.kind() == StatedLevel.Kind.RESULT ? MeasureKind.STATED_RESULT
                    : MeasureKind.STATED_CONCLUSION;
            facts.add(new Fact(unit, null, s.kind().label(), Measure.of(kind), level(s.text(), s.level()),
                    cell(table.sheet(), s.cell())));
        }
        return facts;
    }

    /**
     * The table the facts were made of, as the checks see it: its rows in order with their marks, the
     * stated lines, the convention told again from the marks. Null when the facts hold no row.
     */
    public static SelfAssessmentTable table(List<Fact> facts) {
        Map<String, CriterionRow> rows = new LinkedHashMap<>();
        Map<String, List<MarkCell>> marks = new LinkedHashMap<>();
        List<StatedLevel> stated = new ArrayList<>();
        String sheet = null;
        int maxLevel = 0;
        boolean notMet = false;
        for (Fact f : facts) {
            int rowNumber = f.location().map(CellLocation::rowNumber).orElse(-1);
            sheet = sheet == null ? f.sheet() : sheet;
            String rowKey = f.sheet() + "!" + rowNumber;
            switch (f.measure().kind()) {
                case LEVEL -> {
                    rows.put(rowKey, new CriterionRow(rowNumber - 1, f.rowName(), f.ref(),
                            f.indicatorCode(), f.indicatorCode() == null ? CriterionRow.MatchedBy.NONE
                            : CriterionRow.MatchedBy.CODE, List.of()));
                    marks.put(rowKey, new ArrayList<>());
                }
                case MARK -> {
                    CellReference ref = new CellReference(f.ref());
                    GridCell cell = new GridCell(ref.getRow(), ref.getCol(), CellContent.text(f.value().raw()), false);
                    boolean marked = f.value().kind() == ValueKind.MARK;
                    marks.computeIfAbsent(rowKey, k -> new ArrayList<>())
                            .add(new MarkCell(f.measure().year(), cell, marked, !marked));
                    maxLevel = Math.max(maxLevel, f.measure().year());
                    notMet |= f.measure().year() == 0;
                }
                case STATED_RESULT, STATED_CONCLUSION -> stated.add(new StatedLevel(
                        f.measure().kind() == MeasureKind.STATED_RESULT ? StatedLevel.Kind.RESULT
                                : StatedLevel.Kind.CONCLUSION, f.ref(), f.value().raw(), levelOf(f.value())));
                default -> {
                }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<CriterionRow> out = new ArrayList<>();
        rows.forEach((key, r) -> out.add(new CriterionRow(r.row(), r.label(), r.labelCell(), r.code(), r.matchedBy(),
                marks.getOrDefault(key, List.of()))));
        String header = out.get(0).labelCell();
        return new SelfAssessmentTable(sheet, header, out, maxLevel, notMet, MarkConvention.of(out), stated);
    }

    /** The level a fact's value says: 0 for Không đạt, the number for a level, null otherwise. */
    public static Integer levelOf(ParsedValue v) {
        if (v.kind() == ValueKind.MET && Boolean.FALSE.equals(v.truth())) {
            return 0;
        }
        return v.kind() == ValueKind.LEVEL && v.number() != null ? v.number().intValue() : null;
    }

    private static ParsedValue level(String raw, Integer level) {
        if (level == null) {
            return new ParsedValue(raw, raw.isBlank() ? ValueKind.EMPTY : ValueKind.TEXT, null, null, null, null, null,
                    Set.of());
        }
        if (level == 0) {
            return new ParsedValue(raw, ValueKind.MET, null, null, null, false, "Không đạt", Set.of());
        }
        return new ParsedValue(raw, ValueKind.LEVEL, BigDecimal.valueOf(level), null, null, null, null, Set.of());
    }

    private static ParsedValue mark(MarkCell m) {
        return m.marked() ? new ParsedValue(m.raw(), ValueKind.MARK, null, null, null, null, "X", Set.of())
                : new ParsedValue(m.raw(), ValueKind.TEXT, null, null, null, null, null, Set.of(ValueFlag.UNPARSEABLE));
    }

    /** {@code Mức 1: X; Mức 3: X}: the row's marks as typed, for the level fact's raw value. */
    private static String marksTyped(CriterionRow row) {
        List<String> parts = new ArrayList<>();
        for (MarkCell m : row.marks()) {
            parts.add(SelfAssessment.levelName(m.level()) + ": " + m.raw());
        }
        return String.join("; ", parts);
    }

    /** {@code 'Tự đánh giá'!C21}: quoted when the sheet name needs it, as Excel writes it. */
    static String cell(String sheet, String ref) {
        if (ref == null || ref.isEmpty()) {
            return "";
        }
        return CellLocation.of(sheet, ref).map(CellLocation::toString).orElse(CellLocation.quote(sheet) + "!" + ref);
    }
}
