package vn.tonghop.kind.phasing.reading;

import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.SheetGrid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Section;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.CellContent;

/**
 * Walks a sheet top to bottom and returns the body rows of every phasing table on it: section
 * headings ("I. CÁC CHỈ TIÊU … TRUNG ƯƠNG") set the section, each header (repeated after a page
 * break, or with other columns in section III) resets the column map, and notes or signatures below
 * the table end it.
 */
public final class PhasingTableScanner {

    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:phan\\s+)?(i|ii|iii|iv|v|vi)\\s*[.):/-].*");
    private static final Pattern TABLE_END = Pattern.compile(
            "^(ghi chu|nguoi lap|hieu truong|noi nhan|thu truong|xac nhan|ket luan|tm\\.? |kt\\.? ).*"
                    + "|.*ngay\\s*\\.*\\s*\\d{0,2}\\s*\\.*\\s*thang\\s*\\.*\\s*\\d{0,2}\\s*\\.*\\s*nam\\s+\\d{4}.*");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    /** What a scan found: the headers, the rows, and the text above the first header. */
    public record Scan(List<TableHeader> headers, List<TableRow> rows, List<String> textAbove) {
        public boolean hasTable() {
            return !headers.isEmpty();
        }
    }

    private PhasingTableScanner() {
    }

    public static Scan scan(SheetGrid grid) {
        List<TableHeader> headers = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        List<String> textAbove = new ArrayList<>();
        TableHeader header = null;
        Section section = null;
        for (int r = 0; r < grid.rowCount(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty()) {
                continue;
            }
            Section heading = sectionHeading(texts);
            if (heading != null) {
                section = heading;
                continue;
            }
            TableHeader h = HeaderRecognizer.recognize(grid, r);
            if (h != null) {
                header = h;
                headers.add(h);
                r = h.lastRow();
                continue;
            }
            if (header == null) {
                if (headers.isEmpty()) {
                    textAbove.addAll(texts);
                }
                continue;
            }
            if (isTableEnd(texts)) {
                header = null;
                continue;
            }
            if (isColumnNumbering(texts)) {
                continue;
            }
            TableRow row = bodyRow(grid, r, header, section);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Scan(List.copyOf(headers), List.copyOf(rows), List.copyOf(textAbove));
    }

    private static TableRow bodyRow(SheetGrid grid, int r, TableHeader header, Section section) {
        String stt = header.sttCol() < 0 ? "" : ownText(grid, r, header.sttCol());
        String name = ownText(grid, r, header.nameCol());
        String unit = header.unitCol() < 0 ? "" : ownText(grid, r, header.unitCol());
        Map<Measure, GridCell> cells = new LinkedHashMap<>();
        boolean hasValues = false;
        for (TableHeader.ValueColumn vc : header.valueColumns()) {
            GridCell cell = grid.cell(r, vc.col());
            if (cell != null && cell.mergedCopy()) {
                cell = null; // a value merged down from the row above belongs to that row
            }
            if (cell == null) {
                cell = new GridCell(r, vc.col(), CellContent.text(""), false);
            }
            hasValues |= !cell.isBlank() && !VietnameseText.clean(cell.content().text()).isEmpty()
                    || cell.content().number() != null || cell.content().formulaWithoutValue();
            cells.put(vc.role().measure(vc.year(), section), cell);
        }
        if (stt.isEmpty() && name.isEmpty()) {
            return null; // values without a name (a signature block, a stray total) are no indicator
        }
        String nameRef = new CellReference(r, header.nameCol()).formatAsString(false);
        return new TableRow(grid.name(), r, section, stt, name, nameRef, unit, cells, hasValues);
    }

    /** Text of a cell, unless it only repeats a merged region's value from above or the left. */
    private static String ownText(SheetGrid grid, int r, int c) {
        GridCell cell = grid.cell(r, c);
        return cell == null || cell.mergedCopy() ? "" : VietnameseText.clean(cell.content().text());
    }

    private static Section sectionHeading(List<String> texts) {
        if (texts.size() > 2) {
            return null;
        }
        String k = VietnameseText.fold(String.join(" ", texts));
        if (!SECTION_HEADING.matcher(k).matches() || !k.contains("chi tieu")) {
            return null;
        }
        return Section.fromHeading(k);
    }

    private static boolean isTableEnd(List<String> texts) {
        return TABLE_END.matcher(VietnameseText.fold(texts.get(0))).matches();
    }

    /** A row "(1) (2) (3) …" numbering the columns under the header. */
    private static boolean isColumnNumbering(List<String> texts) {
        return texts.size() >= 4 && texts.stream().allMatch(t -> COLUMN_NUMBER.matcher(t).matches());
    }
}
