package vn.tonghop.kind.implementation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.implementation.reading.ReportCell;
import vn.tonghop.kind.implementation.reading.ReportColumn;
import vn.tonghop.kind.implementation.reading.ReportReference;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * An implementation report as facts, and back. Per criterion row a {@code report_row} fact at the label's
 * cell (the criterion's code, the label as typed), followed by one fact per content column the table has
 * ({@code plan_made}, {@code plan_adjusted}, {@code done}, {@code under_way}, {@code not_started},
 * {@code report_note}) at its cell, blank ones included (so a message can name them), the text as typed
 * (a row cut by a page break: its parts joined) and read as nothing ({@code Không}), empty or text
 * ({@link WorkText}); then {@code report_year} (the school year, {@code 2022-2023}, its first year as the
 * number) at the title's cell, {@code report_number} and {@code report_date} at the line that says them (or
 * the title's cell), the part typed, empty when not filled in. Rows whose code the catalogue does not
 * have keep their code: the checks say so. Everything the checks need is in the facts, so a stored
 * document is checked again exactly as when it was read.
 */
public final class ImplementationFacts {

    private ImplementationFacts() {
    }

    public static List<Fact> of(ReportTable table, String unitCode) {
        List<Fact> facts = new ArrayList<>();
        for (ReportRow row : table.rows()) {
            facts.add(new Fact(unitCode, row.code(), row.label(), Measure.of(MeasureKind.REPORT_ROW),
                    new ParsedValue(row.label(), ValueKind.TEXT, null, null, null, null, null, Set.of()),
                    cell(table.sheet(), row.labelCell())));
            for (ReportColumn c : ReportColumn.values()) {
                if (!c.content() || !table.columns().contains(c)) {
                    continue;
                }
                ReportCell cell = row.cell(c);
                facts.add(new Fact(unitCode, row.code(), row.label(), Measure.of(c.measure()),
                        WorkText.value(cell.text()), cell(table.sheet(), cell.ref())));
            }
        }
        if (table.period() != null) {
            facts.add(new Fact(unitCode, null, "Năm học của báo cáo", Measure.of(MeasureKind.REPORT_YEAR),
                    new ParsedValue(table.period(), ValueKind.NUMBER, java.math.BigDecimal.valueOf(table.year()), null,
                            null, null, null, Set.of()), cell(table.sheet(), table.periodCell())));
        }
        facts.add(reference(unitCode, table.sheet(), MeasureKind.REPORT_NUMBER, table.number()));
        facts.add(reference(unitCode, table.sheet(), MeasureKind.REPORT_DATE, table.date()));
        return facts;
    }

    /**
     * The table the facts were made of, as the checks see it: its rows in order with their cells, the
     * number and date, the columns. {@code period} is the document's. Null when the facts hold no row.
     */
    public static ReportTable table(List<Fact> facts, String documentPeriod) {
        String period = documentPeriod;
        List<ReportRow> rows = new ArrayList<>();
        Set<ReportColumn> columns = new LinkedHashSet<>();
        String sheet = null;
        ReportReference number = null;
        ReportReference date = null;
        String periodCell = null;
        Fact rowFact = null;
        Map<ReportColumn, ReportCell> cells = new EnumMap<>(ReportColumn.class);
        for (Fact f : facts) {
            MeasureKind kind = f.measure().kind();
            switch (kind) {
                case REPORT_ROW -> {
                    if (rowFact != null) {
                        rows.add(row(rowFact, cells));
                    }
                    rowFact = f;
                    cells = new EnumMap<>(ReportColumn.class);
                    sheet = sheet == null ? f.sheet() : sheet;
                }
                case REPORT_YEAR -> {
                    period = f.value().raw();
                    periodCell = f.ref();
                }
                case REPORT_NUMBER -> number = reference(f);
                case REPORT_DATE -> date = reference(f);
                default -> {
                    ReportColumn c = ReportColumn.of(kind);
                    if (c != null && rowFact != null) {
                        cells.put(c, new ReportCell(f.ref(), f.value().raw()));
                        columns.add(c);
                    }
                }
            }
        }
        if (rowFact != null) {
            rows.add(row(rowFact, cells));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new ReportTable(sheet, rows.get(0).labelCell(), period, periodCell,
                number == null ? ReportReference.absent("") : number, date == null ? ReportReference.absent("") : date,
                columns, rows);
    }

    private static ReportRow row(Fact f, Map<ReportColumn, ReportCell> cells) {
        int row = f.location().map(CellLocation::rowNumber).orElse(0) - 1;
        return new ReportRow(row, f.rowName(), f.ref(), f.indicatorCode(), f.indicatorCode() == null
                ? ReportRow.MatchedBy.NONE : ReportRow.MatchedBy.CODE, cells);
    }

    private static Fact reference(String unitCode, String sheet, MeasureKind kind, ReportReference r) {
        ParsedValue v = new ParsedValue(r.typed(), r.filled() ? ValueKind.TEXT : ValueKind.EMPTY, null, null, null, null,
                null, Set.of());
        return new Fact(unitCode, null, r.line(), Measure.of(kind), v, cell(sheet, r.cell()));
    }

    private static ReportReference reference(Fact f) {
        return new ReportReference(f.ref(), f.rowName(), f.value().raw(), f.value().kind() == ValueKind.TEXT);
    }

    /** {@code 'Báo cáo'!E15}: quoted when the sheet name needs it, as Excel writes it. */
    static String cell(String sheet, String ref) {
        if (ref == null || ref.isEmpty()) {
            return "";
        }
        return CellLocation.of(sheet, ref).map(CellLocation::toString).orElse(CellLocation.quote(sheet) + "!" + ref);
    }
}
