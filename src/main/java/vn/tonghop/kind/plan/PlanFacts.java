package vn.tonghop.kind.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.plan.reading.PlanCell;
import vn.tonghop.kind.plan.reading.PlanColumn;
import vn.tonghop.kind.plan.reading.PlanRow;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.kind.plan.reading.StaffRequest;
import vn.tonghop.kind.plan.reading.StandardRow;
import vn.tonghop.kind.plan.reading.YearText;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.value.MoneyParser;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;
import vn.tonghop.value.ValueParser;

/**
 * An improvement plan as facts, and back. Per plan row, one fact per column at its cell ({@code
 * plan_criterion} the row's anchor, {@code plan_level}, {@code plan_task}, {@code plan_lead}, {@code
 * plan_timing}, {@code plan_budget}: đồng or a labelled source, {@code plan_support}, {@code plan_notes}),
 * blank cells included so a check can name them; the criterion's code when the school's catalogue has it
 * (else empty, the label kept as the row's name); {@code plan_staff} where staff are asked for as a number.
 * Standard rows ({@code plan_standard}), the title's school year ({@code plan_year}) and the years the text
 * says ({@code plan_year_in_text}) at their cells. A stored plan is checked again exactly as when it was read.
 */
public final class PlanFacts {

    private static final ValueParser VALUES = new ValueParser();
    private static final MoneyParser MONEY = new MoneyParser();
    private static final List<PlanColumn> COLUMNS = List.of(PlanColumn.CRITERION, PlanColumn.LEVEL, PlanColumn.TASK,
            PlanColumn.LEAD, PlanColumn.TIMING, PlanColumn.BUDGET, PlanColumn.SUPPORT, PlanColumn.NOTES);

    private PlanFacts() {
    }

    public static List<Fact> of(PlanTable table, String unit, CriteriaCatalogue catalogue) {
        List<Fact> facts = new ArrayList<>();
        YearText title = table.title();
        if (title != null) {
            facts.add(new Fact(unit, null, "Năm học của kế hoạch", Measure.of(MeasureKind.PLAN_YEAR),
                    year(title), cell(table.sheet(), title.ref())));
        }
        for (YearText y : table.yearsInText()) {
            facts.add(new Fact(unit, null, "Năm học ghi trong kế hoạch", Measure.of(MeasureKind.PLAN_YEAR_IN_TEXT),
                    year(y), cell(table.sheet(), y.ref())));
        }
        for (StandardRow s : table.standards()) {
            facts.add(new Fact(unit, null, s.label(), Measure.of(MeasureKind.PLAN_STANDARD), text(s.label()),
                    cell(table.sheet(), s.ref())));
        }
        for (PlanRow row : table.rows()) {
            String code = row.code() != null && (catalogue == null || catalogue.byCode(row.code()) != null)
                    ? row.code() : null;
            for (PlanColumn c : COLUMNS) {
                PlanCell pc = row.cell(c);
                if (pc.ref().isEmpty()) {
                    continue; // the table has no such column
                }
                facts.add(new Fact(unit, code, row.label(), Measure.of(c.measure()), value(c, pc.text()),
                        cell(table.sheet(), pc.ref())));
            }
            PlanCell staffCell = StaffRequest.in(row.text(PlanColumn.LEVEL)) != null ? row.cell(PlanColumn.LEVEL)
                    : row.cell(PlanColumn.TASK);
            StaffRequest staff = StaffRequest.in(staffCell.text());
            if (staff != null) {
                facts.add(new Fact(unit, code, row.label(), Measure.of(MeasureKind.PLAN_STAFF),
                        new ParsedValue(staffCell.text(), ValueKind.COUNT, BigDecimal.valueOf(staff.count()), null,
                                null, null, null, Set.of()), cell(table.sheet(), staffCell.ref())));
            }
        }
        return facts;
    }

    /** The value of a plan cell: a level, money, or the text as typed. */
    public static ParsedValue value(PlanColumn column, String text) {
        if (column == PlanColumn.BUDGET) {
            return MONEY.parse(text);
        }
        if (column == PlanColumn.LEVEL) {
            ParsedValue v = VALUES.parse(text);
            if (v.kind() == ValueKind.LEVEL) {
                return v;
            }
        }
        return text(text);
    }

    /**
     * The plan's own number and date ({@code plan_number}, {@code plan_date} as {@code 2026-09-15}), facts of
     * the plan rather than of a criterion, at the line that gives them; none when {@code reference} is null.
     */
    public static List<Fact> reference(vn.tonghop.kind.plan.reading.PlanNumber reference, String unit, String sheet) {
        List<Fact> facts = new ArrayList<>();
        if (reference == null) {
            return facts;
        }
        if (reference.number() != null) {
            facts.add(new Fact(unit, null, "Kế hoạch số", Measure.of(MeasureKind.PLAN_NUMBER), text(reference.number()),
                    cell(sheet, reference.cell())));
        }
        if (reference.date() != null) {
            facts.add(new Fact(unit, null, "Ngày kế hoạch", Measure.of(MeasureKind.PLAN_DATE),
                    text(reference.date().toString()), cell(sheet, reference.cell())));
        }
        return facts;
    }

    /**
     * The table the facts were made of: plan rows in order (grouped by the anchor's row), standard rows,
     * the title's year and the years in the text. Null when the facts hold no plan row.
     */
    public static PlanTable table(List<Fact> facts) {
        Map<String, Map<PlanColumn, PlanCell>> cells = new LinkedHashMap<>();
        Map<String, Fact> anchors = new LinkedHashMap<>();
        List<vn.tonghop.kind.plan.reading.StandardRow> standards = new ArrayList<>();
        List<YearText> inText = new ArrayList<>();
        YearText title = null;
        String sheet = null;
        for (Fact f : facts) {
            sheet = sheet == null ? f.sheet() : sheet;
            MeasureKind kind = f.measure().kind();
            switch (kind) {
                case PLAN_YEAR -> title = new YearText(f.ref(), f.value().raw(), f.value().number().intValue());
                case PLAN_YEAR_IN_TEXT -> inText.add(new YearText(f.ref(), f.value().raw(),
                        f.value().number().intValue()));
                case PLAN_STANDARD -> standards.add(new StandardRow(f.ref(), f.value().raw(),
                        vn.tonghop.reference.criteria.CriterionMatcher.standardIn(f.value().raw()
                                .replaceFirst("(?i)^\\s*(tiêu chuẩn)\\s*[:.\\-–]\\s*", "$1 "))));
                default -> {
                    PlanColumn c = PlanColumn.of(kind);
                    if (c == null) {
                        continue;
                    }
                    String key = f.sheet() + "!" + f.location().map(CellLocation::rowNumber).orElse(-1);
                    if (c == PlanColumn.CRITERION) {
                        anchors.put(key, f);
                    }
                    cells.computeIfAbsent(key, k -> new EnumMap<>(PlanColumn.class))
                            .put(c, new PlanCell(f.ref(), f.value().raw()));
                }
            }
        }
        if (anchors.isEmpty()) {
            return null;
        }
        List<PlanRow> rows = new ArrayList<>();
        anchors.forEach((key, a) -> rows.add(new PlanRow(a.location().map(CellLocation::rowNumber).orElse(0) - 1,
                a.rowName(), a.indicatorCode(), cells.get(key))));
        return new PlanTable(sheet, rows.get(0).cell(PlanColumn.CRITERION).ref(), standards, rows, title, inText);
    }

    private static ParsedValue text(String raw) {
        return new ParsedValue(raw, raw.isBlank() ? ValueKind.EMPTY : ValueKind.TEXT, null, null, null, null, null,
                Set.of());
    }

    private static ParsedValue year(YearText y) {
        return new ParsedValue(y.text(), ValueKind.NUMBER, BigDecimal.valueOf(y.year()), null, null, null, null,
                Set.of());
    }

    /** {@code 'KH cải tiến'!D12}: quoted when the sheet name needs it, as Excel writes it. */
    static String cell(String sheet, String ref) {
        if (ref == null || ref.isEmpty()) {
            return "";
        }
        return CellLocation.of(sheet, ref).map(CellLocation::toString).orElse(CellLocation.quote(sheet) + "!" + ref);
    }
}
