package vn.tonghop.kind.phasing.reading;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.reading.SheetGrid;
import vn.tonghop.text.DocumentDates;

/**
 * The plan a phasing table goes with, as its caption cites it: "(Kèm theo Kế hoạch số: 240 /KH- THTTB2
 * ngày 13 tháng 11 năm 2023 của Trường …)", or a template's two input cells beside «Kế hoạch số» and
 * «ngày». The number as the school wrote it without the spaces clerks put around its slashes and
 * dashes ({@code 240/KH-THTTB2}); the date when it is one ({@code 13/11/2023}, {@code 13 tháng 11
 * năm 2023}). Either is null when the caption leaves it blank ("Kế hoạch số …/KH-…", "ngày … tháng …").
 *
 * @param row  0-based row of the caption on its sheet
 * @param col  0-based column of the caption's first cell
 */
public record PlanReference(String number, LocalDate date, String rawNumber, String rawDate, int row, int col) {

    /** "Kế hoạch số" (colon or not), the number, "ngày" and the date up to "của", a bracket or the end. */
    private static final Pattern CAPTION = Pattern.compile(
            "kế hoạch số\\s*:?\\s*(?<number>.*?)\\s*,?\\s*ngày\\s*:?\\s*(?<date>.*?)\\s*(?:\\bcủa\\b|\\)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the caption gives a number or a date. */
    public boolean any() {
        return number != null || date != null;
    }

    /**
     * The caption in the rows above the table's header ({@code headerRow}, 0-based): the row nearest the
     * table that says the table goes with a plan ("Kèm theo Kế hoạch số …", or a template's row starting
     * «Kế hoạch số»); null when none does. Other plans the text above cites ("Căn cứ Kế hoạch số …", the
     * plans the school's was made under) are not the table's.
     */
    public static PlanReference above(SheetGrid grid, int headerRow) {
        PlanReference attached = null;
        for (int r = 0; r < headerRow && r < grid.rowCount(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty()) {
                continue;
            }
            String line = Normalizer.normalize(String.join(" ", texts), Normalizer.Form.NFC)
                    .replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            PlanReference found = parse(line, r, firstColumn(grid, r));
            if (found == null) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("kèm theo") || lower.startsWith("kế hoạch số")) {
                attached = found;
            }
        }
        return attached;
    }

    private static int firstColumn(SheetGrid grid, int row) {
        for (int c = 0; c < grid.columnCount(row); c++) {
            if (!grid.text(row, c).isBlank()) {
                return c;
            }
        }
        return 0;
    }

    /** The plan a line of text cites, or null when it cites none (or only blanks to fill). */
    static PlanReference parse(String line, int row, int col) {
        Matcher m = CAPTION.matcher(line);
        if (!m.find()) {
            return null;
        }
        String rawNumber = m.group("number").strip();
        String rawDate = m.group("date").strip();
        String number = rawNumber.replaceAll("\\s*([/-])\\s*", "$1").replaceAll("[.…,;:]+$", "").strip();
        if (!number.matches(".*\\d.*")) {
            number = null; // "…/KH-…": a blank to fill
        }
        LocalDate date = date(rawDate);
        if (number == null && date == null) {
            return null;
        }
        return new PlanReference(number, date, rawNumber, rawDate, row, col);
    }

    private static LocalDate date(String text) {
        return DocumentDates.in(text);
    }
}
