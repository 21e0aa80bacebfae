package vn.tonghop.kind.phasing.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueKind;
import vn.tonghop.value.ValueParser;

/**
 * Finds the phasing tables of a workbook (one per sheet, its headers repeated after page breaks
 * followed) and reads them into documents: each unit's tables are one document, its rows matched to
 * the catalogue and its cells turned into facts. Thread-safe.
 */
public final class PhasingTableReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

    private final String kind;
    private final IndicatorMatcher matcher;
    private final IndicatorCatalogue catalogue;
    private final ValueParser parser = new ValueParser();

    public PhasingTableReader(String kind, IndicatorCatalogue catalogue) {
        this.kind = kind;
        this.matcher = new IndicatorMatcher(catalogue);
        this.catalogue = catalogue;
    }

    /** A table found on one sheet. */
    private record Part(String sheet, PhasingTableScanner.Scan scan, SheetGrid grid) {
    }

    public List<RecognisedDocument> read(OpenedWorkbook wb) {
        List<Part> parts = new ArrayList<>();
        for (SheetGrid grid : wb.sheets()) {
            PhasingTableScanner.Scan scan = PhasingTableScanner.scan(grid);
            if (scan.hasTable()) {
                parts.add(new Part(grid.name(), scan, grid));
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        NodeTableSheet node = nodeSheet(wb);
        List<RecognisedDocument> documents = new ArrayList<>();
        for (OpenedWorkbook.Owned<Part> owned : wb.owners(parts, p -> p.scan().textAbove())) {
            List<PhasingTableScanner.Scan> scans = owned.parts().stream().map(Part::scan).toList();
            String sheets = String.join(", ", owned.parts().stream().map(Part::sheet).toList());
            if (owned.unit() == null) {
                documents.add(RecognisedDocument.unknownUnit(kind, owned.problem(), sheets, period(scans),
                        currentYear(scans)));
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            List<ReadingNote> notes = new ArrayList<>();
            for (PhasingTableScanner.Scan scan : scans) {
                toFacts(scan.rows(), owned.unit().code(), node == null, facts, notes);
            }
            planFacts(owned.parts().get(0), owned.unit().code(), facts);
            if (wb.stamp() != null) {
                notes.addAll(LockedCells.check(wb.stamp(), wb.cells(), owned.parts().get(0).sheet()));
            }
            if (node != null && node.unitCode().equals(owned.unit().code())) {
                basisFacts(node, owned.unit().code(), facts);
            }
            documents.add(RecognisedDocument.read(kind, owned.unit().code(), sheets, period(scans),
                    currentYear(scans), facts, notes));
        }
        return documents;
    }

    /**
     * The number and date of the plan the table goes with, from its caption (or a template's input
     * cells): a fact each, of the table rather than a row (no indicator), at the caption's cell.
     */
    private static void planFacts(Part part, String unitCode, List<Fact> facts) {
        PlanReference plan = PlanReference.above(part.grid(), part.scan().headers().get(0).firstRow());
        if (plan == null) {
            return;
        }
        String cell = new CellLocation(part.sheet(), plan.row(), plan.col()).toString();
        if (plan.number() != null) {
            facts.add(new Fact(unitCode, null, "Kế hoạch số", Measure.of(MeasureKind.PLAN_NUMBER), text(plan.number()),
                    cell));
        }
        if (plan.date() != null) {
            facts.add(new Fact(unitCode, null, "Ngày kế hoạch", Measure.of(MeasureKind.PLAN_DATE),
                    text(plan.date().toString()), cell));
        }
    }

    private static ParsedValue text(String s) {
        return new ParsedValue(s, ValueKind.TEXT, null, null, null, null, null, Set.of());
    }

    /** A node table's own sheet, or null; one that cannot be read leaves the file a plain table. */
    private static NodeTableSheet nodeSheet(OpenedWorkbook wb) {
        try {
            return wb.cells() == null ? null : NodeTableSheet.readFrom(wb.cells());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A node's table says, per indicator, what its aggregates were made of: one {@code basis} fact per
     * catalogue indicator the table has a row for, so the level above adds them up exactly.
     */
    private void basisFacts(NodeTableSheet node, String unitCode, List<Fact> facts) {
        Set<String> rows = new HashSet<>();
        facts.forEach(f -> rows.add(f.indicatorCode()));
        for (NodeTableSheet.Entry e : node.basis()) {
            Indicator indicator = catalogue.find(e.indicatorCode());
            if (indicator == null || !rows.contains(indicator.code())) {
                continue;
            }
            facts.add(new Fact(unitCode, indicator.code(), indicator.name(), Measure.of(MeasureKind.BASIS),
                    new ParsedValue(e.line(), ValueKind.TEXT, null, null, null, null, null, Set.of()),
                    CellLocation.of(NodeTableSheet.SHEET, e.cell()).map(CellLocation::toString)
                            .orElse(NodeTableSheet.SHEET + "!" + e.cell())));
        }
        if (node.units() != null) { // the units it names: a fact of the table, no row's
            facts.add(new Fact(unitCode, null, "Đơn vị trực thuộc", Measure.of(MeasureKind.BASIS),
                    new ParsedValue(node.units().line(), ValueKind.TEXT, null, null, null, null, null, Set.of()),
                    CellLocation.of(NodeTableSheet.SHEET, node.units().cell()).map(CellLocation::toString)
                            .orElse(NodeTableSheet.SHEET + "!" + node.units().cell())));
        }
    }

    /**
     * Matches rows to indicators and turns their cells into facts. A row's name may be split over
     * two rows, or need the group row above it ("Tiểu học" under "Nhà giáo … trên chuẩn"), so each
     * row is tried with its neighbours too.
     */
    private void toFacts(List<TableRow> rows, String unitCode, boolean byHand, List<Fact> facts,
                         List<ReadingNote> notes) {
        String group = "";
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            TableRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            TableRow prev = i > 0 ? rows.get(i - 1) : null;
            boolean nextContinues = next != null && !next.hasValues() && !next.hasStt()
                    && next.row() == row.row() + 1 && !next.name().isEmpty();
            boolean prevStarts = prev != null && !prev.hasValues() && !prev.hasStt() && !row.hasStt()
                    && prev.row() == row.row() - 1;
            List<String> candidates = new ArrayList<>();
            candidates.add(row.name());
            if (nextContinues) {
                candidates.add(row.name() + " " + next.name());
            }
            if (prevStarts) {
                candidates.add(prev.name() + " " + row.name());
            }
            if (!group.isEmpty()) {
                candidates.add(group + " " + row.name());
            }
            IndicatorMatcher.Match match = row.name().isEmpty() ? null : matcher.match(row.section(), candidates);
            if (!row.hasValues()) {
                if (match == null || match.similarity() < 1.0) {
                    group = row.name(); // a group row: context for the rows under it
                    continue;
                }
            }
            if (match != null && match.candidate() == 1 && nextContinues) {
                i++; // the next row was the rest of this name
            }
            Indicator indicator = match == null ? null : match.indicator();
            String rowName = match == null ? row.name() : candidates.get(match.candidate());
            if (match == null) {
                notes.add(new ReadingNote(row.sheet(), row.nameRef(), ReadingNote.Code.UNMATCHED_ROW,
                        "Dòng «" + row.name() + "» không khớp với chỉ tiêu nào trong danh mục; giá trị của dòng "
                                + "vẫn được lưu. Đề nghị dùng đúng tên chỉ tiêu theo mẫu."));
            } else if (match.similarity() < 1.0) {
                notes.add(new ReadingNote(row.sheet(), row.nameRef(), ReadingNote.Code.APPROXIMATE_NAME,
                        "Tên «" + rowName + "» được hiểu là chỉ tiêu «" + indicator.name() + "»."));
            }
            UnitHint hint = UnitHint.fromUnitLabel(indicator != null && !indicator.unit().isBlank()
                    ? indicator.unit() : row.unitLabel());
            for (Map.Entry<Measure, GridCell> e : row.cells().entrySet()) {
                GridCell cell = e.getValue();
                ParsedValue value = parser.parse(cell.content(), hint);
                if (byHand && UnitHint.fromUnitLabel(row.unitLabel()) != UnitHint.PERCENT) {
                    value = OwnWord.read(indicator, value); // a row in % is a share of units (a province's)
                }
                facts.add(new Fact(unitCode, indicator == null ? null : indicator.code(), rowName, e.getKey(),
                        value, new CellLocation(row.sheet(), cell.row(), cell.col()).toString()));
            }
        }
    }

    private static String period(List<PhasingTableScanner.Scan> scans) {
        TreeSet<Integer> years = new TreeSet<>();
        for (PhasingTableScanner.Scan s : scans) {
            for (TableHeader h : s.headers()) {
                years.addAll(h.phaseYears());
            }
        }
        return years.isEmpty() ? null : years.first() + "-" + years.last();
    }

    /** The year in the header's current-value label ("Hiện trạng 9/2023"), or null. */
    private static Integer currentYear(List<PhasingTableScanner.Scan> scans) {
        for (PhasingTableScanner.Scan s : scans) {
            for (TableHeader h : s.headers()) {
                Matcher m = h.currentLabel() == null ? null : YEAR.matcher(h.currentLabel());
                if (m != null && m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }
}
