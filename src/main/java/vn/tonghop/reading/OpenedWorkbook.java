package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.tonghop.domain.Unit;

/**
 * One workbook as every document kind sees it: its sheets as grids (made once, the template stamp's
 * sheet left out), its cells for what a grid does not carry (a template's locked cells), the
 * template stamp when it is a generated template, and who the parts a kind found belong to.
 */
public final class OpenedWorkbook {

    private final String fileName;
    private final CellSource cells;
    private final List<SheetGrid> sheets;
    private final TemplateStamp stamp;
    private final UnitIdentifier units;

    public OpenedWorkbook(String fileName, CellSource cells, List<SheetGrid> sheets, TemplateStamp stamp,
                          UnitIdentifier units) {
        this.fileName = fileName;
        this.cells = cells;
        this.stamp = stamp;
        this.units = units;
        this.sheets = stamp != null && units.stamped(stamp.unitCode()) != null ? List.copyOf(sheets) : blocks(sheets);
    }

    /** Every sheet, each sheet holding several units' tables one under another cut into its blocks. */
    private List<SheetGrid> blocks(List<SheetGrid> sheets) {
        List<SheetGrid> out = new ArrayList<>(sheets.size());
        for (SheetGrid sheet : sheets) {
            out.addAll(UnitBlocks.split(sheet, units));
        }
        return List.copyOf(out);
    }

    public String fileName() {
        return fileName;
    }

    /** The workbook's cells, read-only: what a kind needs beyond the grids. Closed by the reading. */
    public CellSource cells() {
        return cells;
    }

    /**
     * Every sheet but the template stamp's, in workbook order; a sheet holding several units' tables one
     * under another, each under a title naming its unit, comes as one grid per unit ({@link UnitBlocks}),
     * each with the sheet's name and its cells in their places.
     */
    public List<SheetGrid> sheets() {
        return sheets;
    }

    /** The stamp of a generated template, or null. */
    public TemplateStamp stamp() {
        return stamp;
    }

    /** The parts of a workbook that belong to one unit ({@code unit}), or to none known ({@code problem}). */
    public record Owned<T>(Unit unit, String problem, List<T> parts) {
        public Owned {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Whose the parts a kind found are (its tables, one per sheet or block), each part with the text that
     * names its unit (the title, the lines above a table). The unit a generated template carries owns them
     * all. When every part names its own unit, they are not all the same and none is under another (a
     * district's or a cluster's workbook with a sheet per school, not a school's table with a sheet titled
     * with its district), each unit owns its parts: one document per unit. Otherwise the
     * parts are one document, whose unit comes from all their texts and the file's name, or is unknown
     * with the reason why.
     */
    public <T> List<Owned<T>> owners(List<T> parts, Function<T, List<String>> unitTexts) {
        String stamped = stamp == null ? null : stamp.unitCode();
        if (parts.size() > 1 && units.stamped(stamped) == null) {
            Map<Unit, List<T>> byUnit = new LinkedHashMap<>();
            for (T part : parts) {
                Unit own = units.named(unitTexts.apply(part));
                if (own == null) {
                    byUnit = null;
                    break;
                }
                byUnit.computeIfAbsent(own, u -> new ArrayList<>()).add(part);
            }
            if (byUnit != null && byUnit.size() > 1 && unrelated(byUnit.keySet())) {
                List<Owned<T>> owned = new ArrayList<>();
                byUnit.forEach((unit, own) -> owned.add(new Owned<>(unit, null, own)));
                return owned;
            }
        }
        List<String> texts = new ArrayList<>();
        parts.forEach(p -> texts.addAll(unitTexts.apply(p)));
        UnitIdentifier.Identification id = units.identify(stamped, texts, fileName);
        return List.of(new Owned<>(id.unit(), id.problem(), parts));
    }

    private boolean unrelated(java.util.Set<Unit> found) {
        for (Unit a : found) {
            for (Unit b : found) {
                if (a != b && units.related(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }
}
