package vn.tonghop.kind.plan.reading;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.reading.SheetGrid;
import vn.tonghop.text.DocumentDates;

/**
 * The plan's own number and date as a template's line above the table gives them, «Kế hoạch số [125/KH-THCS]
 * ngày [15/09/2026]» (two input cells beside their words), or a line typed the same way. {@code number} as
 * written without the spaces clerks put around slashes and dashes, {@code date} when it is one; either
 * null when left blank. {@code cell} is the line's first cell.
 */
public record PlanNumber(String number, LocalDate date, String cell) {

    private static final Pattern LINE = Pattern.compile(
            "^(?:kèm theo\\s+)?kế hoạch số\\s*:?\\s*(?<number>.*?)\\s*,?\\s*ngày\\s*:?\\s*(?<date>.*?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int ROWS_ABOVE = 60;

    /** The line in the rows above the table's header (0-based {@code headerRow}); null when none says either. */
    public static PlanNumber above(SheetGrid grid, int headerRow) {
        for (int r = Math.max(0, headerRow - ROWS_ABOVE); r < headerRow && r < grid.rowCount(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty()) {
                continue;
            }
            String line = Normalizer.normalize(String.join(" ", texts), Normalizer.Form.NFC).replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ").strip();
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String number = m.group("number").replaceAll("\\s*([/-])\\s*", "$1").replaceAll("[.…,;:]+$", "").strip();
            LocalDate date = date(m.group("date"));
            if (!number.matches(".*\\d.*")) {
                number = null; // "…/KH-…": a blank to fill
            }
            if (number == null && date == null) {
                return null;
            }
            int col = 0;
            while (col < grid.columnCount(r) && grid.text(r, col).isBlank()) {
                col++;
            }
            return new PlanNumber(number, date, new CellReference(r, col).formatAsString(false));
        }
        return null;
    }

    private static LocalDate date(String text) {
        return DocumentDates.in(text);
    }
}
