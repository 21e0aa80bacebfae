package vn.tonghop.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.text.VietnameseText;

/**
 * Several units' tables typed on one sheet, one under another, each under its own title naming its unit
 * (a district or a cluster of schools pasting its schools' tables into one sheet): the sheet is cut into
 * one block per unit, and every kind reads each block as it reads a sheet, so the parts it finds name one
 * unit each and become that unit's documents ({@link OpenedWorkbook#owners}). A block keeps the sheet's
 * name and its cells keep their places, so every finding names the cell the clerk sees.
 * <p>
 * A title is a short line (one or two texts) naming one unit; the lines naming a unit above another named
 * one (the district's name in a school's heading) are no title of their own. The sheet is cut only when
 * it is plainly such a sheet: at least two units, each titled in one stretch of lines, none above another;
 * a table under each title (a line of three texts or more); and the tables alike (their first lines share
 * most of their texts, as one template's headers do). A school's plan naming another school in a line of
 * its text is not cut: the other school's "block" has no table, or not one like the first.
 */
final class UnitBlocks {

    /** A title line: its row and the unit it names. */
    private record Title(int row, Unit unit) {
    }

    /** One unit's stretch of title lines. */
    private record Run(Unit unit, int firstRow, int lastRow) {
    }

    /** How much of their texts the first lines of two blocks' tables must share. */
    private static final double ALIKE = 0.5;

    private UnitBlocks() {
    }

    /** The sheet's blocks, one per unit titled on it; the sheet alone when it is not plainly cut so. */
    static List<SheetGrid> split(SheetGrid grid, UnitIdentifier units) {
        List<Run> runs = runs(titles(grid, units), units);
        if (runs.size() < 2) {
            return List.of(grid);
        }
        int[] starts = new int[runs.size() + 1];
        starts[runs.size()] = grid.rowCount();
        for (int k = 1; k < runs.size(); k++) {
            starts[k] = start(grid, runs.get(k - 1).lastRow(), runs.get(k).firstRow());
        }
        Set<String> first = null;
        for (int k = 0; k < runs.size(); k++) {
            Set<String> table = firstTableLine(grid, runs.get(k).lastRow() + 1, starts[k + 1]);
            if (table == null) {
                return List.of(grid); // a title without a table under it: a line of text, not a block
            }
            if (first == null) {
                first = table;
            } else if (!alike(first, table)) {
                return List.of(grid);
            }
        }
        List<SheetGrid> blocks = new ArrayList<>(runs.size());
        for (int k = 0; k < runs.size(); k++) {
            blocks.add(grid.block(starts[k], starts[k + 1]));
        }
        return blocks;
    }

    /**
     * Where the block titled at {@code title} starts, the previous one titled down to {@code previous}: at
     * the first blank line after the previous block's last line of values (four texts or more), so the
     * heading above its title (a letterhead, «Phụ lục II», the table's name) comes with it; without a blank
     * line there, at the short lines right above its title.
     */
    private static int start(SheetGrid grid, int previous, int title) {
        int r = title;
        while (r - 1 > previous && grid.rowTexts(r - 1).size() <= 3) {
            r--;
        }
        for (int b = r; b < title; b++) {
            if (grid.rowTexts(b).isEmpty()) {
                return b + 1;
            }
        }
        r = title;
        while (r - 1 > previous && grid.rowTexts(r - 1).size() <= 2) {
            r--;
        }
        return r;
    }

    private static List<Title> titles(SheetGrid grid, UnitIdentifier units) {
        List<Title> titles = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty() || texts.size() > 2) {
                continue;
            }
            Unit unit = units.named(texts);
            if (unit != null) {
                titles.add(new Title(r, unit));
            }
        }
        return titles;
    }

    /**
     * The units' stretches of titles, in order, without the units above another named one; empty when a
     * unit is titled in two stretches or two units are one under the other.
     */
    private static List<Run> runs(List<Title> titles, UnitIdentifier units) {
        Set<Unit> named = new HashSet<>();
        titles.forEach(t -> named.add(t.unit()));
        List<Run> runs = new ArrayList<>();
        for (Title t : titles) {
            if (aboveAnother(t.unit(), named, units)) {
                continue;
            }
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.unit().equals(t.unit())) {
                runs.set(runs.size() - 1, new Run(last.unit(), last.firstRow(), t.row()));
            } else {
                runs.add(new Run(t.unit(), t.row(), t.row()));
            }
        }
        Set<Unit> seen = new HashSet<>();
        for (Run run : runs) {
            if (!seen.add(run.unit())) {
                return List.of();
            }
        }
        for (Run a : runs) {
            for (Run b : runs) {
                if (a != b && units.related(a.unit(), b.unit())) {
                    return List.of();
                }
            }
        }
        return runs;
    }

    private static boolean aboveAnother(Unit unit, Set<Unit> named, UnitIdentifier units) {
        for (Unit other : named) {
            if (units.isAbove(unit, other)) {
                return true;
            }
        }
        return false;
    }

    /** The folded texts of the first line of three texts or more in rows [from, to), or null. */
    private static Set<String> firstTableLine(SheetGrid grid, int from, int to) {
        for (int r = from; r < to; r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.size() >= 3) {
                Set<String> folded = new HashSet<>();
                texts.forEach(t -> folded.add(VietnameseText.fold(t)));
                return folded;
            }
        }
        return null;
    }

    private static boolean alike(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return both.size() >= ALIKE * either.size();
    }
}
