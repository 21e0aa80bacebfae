package vn.tonghop.reading;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellAddress;

import vn.tonghop.text.LegacyVietnamese;
import vn.tonghop.text.LegacyVietnamese.Encoding;
import vn.tonghop.text.LegacyVietnamese.FontHint;
import vn.tonghop.value.CellContent;

/**
 * The legacy Vietnamese encodings (TCVN3, VNI) of one workbook's text cells, turned into Unicode as
 * the grids are built, so matching, unit identification and every output see Unicode. A cell's
 * font (or a formatting run's) decides first: {@code .VnTime} is TCVN3, {@code .VnTimeH} TCVN3 in
 * capitals, {@code VNI-Times} VNI. For cells whose font says nothing, the workbook's text as a whole
 * decides ({@link LegacyVietnamese.Evidence}, from those cells only), never cell by cell: a short
 * Unicode "Có" alone cannot be told from TCVN3. A cell that holds a letter only Unicode has is
 * Unicode whatever its font, and a workbook whose legacy-font cells mostly hold Unicode (an old
 * template filled in with a Unicode keyboard) has fonts that say nothing. Remembers the first cell it changed and how many, for the reading note
 * that becomes the LEGACY_ENCODING finding. One per workbook; not thread-safe.
 */
final class LegacyText {

    /**
     * Characters of text looked at to decide the encoding of cells without a legacy font: far more
     * than a phasing table holds, far less than {@link SheetGrid#MAX_WORKBOOK_CHARS}.
     */
    static final long SAMPLE_CHARS = 400_000;

    private final CellSource workbook;
    private final Map<Integer, FontHint> fontHints = new HashMap<>();
    private final Encoding verdict;
    /** False when the cells in legacy fonts hold Unicode: then their fonts are no hint. */
    private boolean fontsBelieved = true;

    private int converted;
    private boolean byFont;
    private boolean byStatistics;
    private final Set<Encoding> encodings = EnumSet.noneOf(Encoding.class);
    private String firstSheet;
    private String firstCell;
    private String firstRaw;
    private String firstUnicode;

    private static final FontHint NO_HINT = new FontHint(null, false);

    private LegacyText(CellSource workbook) {
        this.workbook = workbook;
        this.verdict = decide();
    }

    static LegacyText of(CellSource workbook) {
        return new LegacyText(workbook);
    }

    /** The encoding of the text in cells without a legacy font, or null when it is not legacy. */
    Encoding verdict() {
        return verdict;
    }

    /**
     * Samples the workbook's text within the grid's bounds: the cells whose font is no legacy font
     * decide the {@link #verdict}; the cells in a legacy font decide whether their fonts are to be
     * believed. An old template in .VnTime filled in with a Unicode keyboard holds Unicode in
     * .VnTime cells; where Unicode's own letters outnumber the legacy ones in such cells, the
     * fonts say nothing and the verdict decides for those cells too ("Có" stays "Có", not "Cú").
     */
    private Encoding decide() {
        LegacyVietnamese.Evidence unhinted = new LegacyVietnamese.Evidence();
        LegacyVietnamese.Evidence hinted = new LegacyVietnamese.Evidence();
        boolean legacyFonts = anyLegacyFont();
        long chars = 0;
        sample:
        for (CellSource.Sheet sheet : workbook.sheets()) {
            for (CellSource.Row row : sheet.rows()) {
                if (row.index() >= SheetGrid.MAX_ROWS) {
                    break;
                }
                int last = Math.min(SheetGrid.MAX_COLS, Math.max(0, row.lastCellNum()));
                for (int c = 0; c < last; c++) {
                    CellSource.Cell cell = row.cell(c);
                    if (cell == null || !cell.holdsText()) {
                        continue;
                    }
                    String text = cell.string();
                    chars += text.length(); // counted whole, as the grid counts it: a huge string ends the sample
                    (hintOf(cell) == null ? unhinted : hinted).add(text.length() > SheetGrid.MAX_CELL_CHARS
                            ? text.substring(0, SheetGrid.MAX_CELL_CHARS) : text);
                    if (chars > SAMPLE_CHARS || unhinted.settled() && (!legacyFonts || hinted.settled())) {
                        break sample;
                    }
                }
            }
        }
        fontsBelieved = !hinted.mostlyUnicode();
        return unhinted.verdict();
    }

    /** Whether the workbook's font table holds a legacy font at all. */
    private boolean anyLegacyFont() {
        try {
            for (int i = 0; i < workbook.fontCount(); i++) {
                if (fontHintAt(i) != null) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return true; // a damaged font table: sample as if it had one
        }
        return false;
    }

    /**
     * The content in Unicode: text in a legacy font, or in the workbook's legacy encoding, converted;
     * anything else as it was.
     */
    CellContent unicode(CellSource.Cell cell, CellContent content) {
        if (content.number() != null || content.formulaWithoutValue() || content.text().isEmpty()
                || !cell.holdsText()) {
            return content;
        }
        String raw = content.text();
        if (LegacyVietnamese.hasUnicodeVietnamese(raw)) {
            return content;
        }
        FontHint cellHint = fontsBelieved ? hintOf(cell) : null;
        String unicode = null;
        Encoding used = null;
        if (cellHint != null || fontsBelieved && hasRunFonts(cell)) {
            unicode = byRuns(cell, raw, cellHint);
            used = encodingOf(cell, cellHint);
            if (unicode != null && !unicode.equals(raw)) {
                byFont = true;
            }
        } else if (verdict != null && !isAscii(raw)) {
            unicode = LegacyVietnamese.toUnicode(raw, verdict);
            used = verdict;
            if (!unicode.equals(raw)) {
                byStatistics = true;
            }
        }
        if (unicode == null || unicode.equals(raw)) {
            return content;
        }
        if (used != null) {
            encodings.add(used);
        }
        if (converted++ == 0) {
            firstSheet = cell.sheetName();
            firstCell = new CellAddress(cell.row(), cell.col()).formatAsString();
            firstRaw = raw;
            firstUnicode = unicode;
        }
        return CellContent.text(unicode);
    }

    /**
     * The text converted run by run, each run with its own font's encoding (a title may hold a
     * .VnTimeH run for its capitals beside a .VnTime run); runs in no legacy font are kept.
     */
    private String byRuns(CellSource.Cell cell, String raw, FontHint cellHint) {
        CellSource.Runs rich;
        try {
            rich = cell.runs();
        } catch (RuntimeException e) {
            rich = null;
        }
        int runs = rich == null ? 0 : rich.count();
        if (runs == 0 || !rich.text().equals(raw)) {
            return cellHint == null ? raw : LegacyVietnamese.toUnicode(raw, cellHint);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int first = Math.max(0, Math.min(raw.length(), rich.starts()[0]));
        out.append(convert(raw.substring(0, first), cellHint));
        for (int i = 0; i < runs; i++) {
            int start = Math.max(0, Math.min(raw.length(), rich.starts()[i]));
            int end = i + 1 < runs ? Math.max(start, Math.min(raw.length(), rich.starts()[i + 1]))
                    : raw.length();
            FontHint runHint = runHint(rich, i, cellHint);
            out.append(convert(raw.substring(start, end), runHint));
        }
        return out.toString();
    }

    private static String convert(String text, FontHint hint) {
        return hint == null || text.isEmpty() ? text : LegacyVietnamese.toUnicode(text, hint);
    }

    /** The font of run {@code i}; a run that names no font has the cell's. */
    private static FontHint runHint(CellSource.Runs rich, int i, FontHint cellHint) {
        String font = rich.fonts()[i];
        return font == null ? cellHint : LegacyVietnamese.fontHint(font);
    }

    /** Whether the cell's text has formatting runs, one of which is in a legacy font. */
    private static boolean hasRunFonts(CellSource.Cell cell) {
        try {
            CellSource.Runs rich = cell.runs();
            for (int i = 0; rich != null && i < rich.count(); i++) {
                if (runHint(rich, i, null) != null) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The encoding named for the note: the cell's font's, else its first legacy run's. */
    private static Encoding encodingOf(CellSource.Cell cell, FontHint cellHint) {
        if (cellHint != null) {
            return cellHint.encoding();
        }
        CellSource.Runs rich = cell.runs();
        for (int i = 0; rich != null && i < rich.count(); i++) {
            FontHint h = runHint(rich, i, null);
            if (h != null) {
                return h.encoding();
            }
        }
        return null;
    }

    /** What the cell's own font says, or null. */
    private FontHint hintOf(CellSource.Cell cell) {
        int font = cell.fontIndex();
        return font < 0 ? null : fontHintAt(font);
    }

    private FontHint fontHintAt(int fontIndex) {
        FontHint hint = fontHints.computeIfAbsent(fontIndex, k -> {
            try {
                FontHint h = LegacyVietnamese.fontHint(workbook.fontName(fontIndex));
                return h == null ? NO_HINT : h;
            } catch (RuntimeException e) {
                return NO_HINT;
            }
        });
        return hint == NO_HINT ? null : hint;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The note for the LEGACY_ENCODING finding, at the first cell converted, its text as typed for
     * {@code raw}; null when nothing was converted.
     */
    ReadingNote note() {
        if (converted == 0) {
            return null;
        }
        String fonts = encodings.stream().map(e -> e == Encoding.VNI ? "VNI-Times…" : ".VnTime/.VnTimeH…")
                .collect(Collectors.joining(", "));
        String how = byFont && !byStatistics ? "các ô dùng phông " + fonts
                : byFont ? "phông " + fonts + " của các ô và các ký tự của những ô khác cho thấy điều đó"
                : "các ô không ghi phông tương ứng, chương trình nhận ra qua các ký tự";
        String names = encodings.stream().map(Encoding::label).collect(Collectors.joining(" và "));
        String message = "Tệp được gõ bằng bảng mã cũ " + names + " (" + how + "). Chương trình đã "
                + "chuyển " + converted + " ô sang Unicode để đọc, ví dụ ô " + firstCell + ": «" + firstUnicode
                + "». Đề nghị đơn vị chuyển tệp sang bảng mã Unicode (ví dụ bằng công cụ chuyển mã của Unikey) "
                + "và dùng phông Unicode như Times New Roman cho các lần gửi sau.";
        return new ReadingNote(firstSheet, firstCell, ReadingNote.Code.LEGACY_ENCODING, message, firstRaw);
    }
}
