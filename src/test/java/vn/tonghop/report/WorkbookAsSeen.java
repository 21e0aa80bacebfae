package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Two workbooks compared as a reader sees them, cell by cell: sheets (names, order, visibility, the one
 * open and selected), every cell's value, formula and look (fill, font, number format, alignment, borders),
 * comments, links, merged areas, column widths, row heights, frozen panes, the filter, print setup (paper, margins,
 * scale, titles) and defined names.
 * Style indexes and the XML's bytes are not compared: they are not what anyone sees.
 */
final class WorkbookAsSeen {

    private WorkbookAsSeen() {
    }

    /** What differs, one line each (at most {@code 50}); empty when a reader sees the same workbook. */
    static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> out = new ArrayList<>();
        try (Workbook a = WorkbookFactory.create(expected.toFile(), null, true);
             Workbook b = WorkbookFactory.create(actual.toFile(), null, true)) {
            same(out, "sheets", a.getNumberOfSheets(), b.getNumberOfSheets());
            same(out, "active sheet", a.getActiveSheetIndex(), b.getActiveSheetIndex());
            same(out, "first visible tab", a.getFirstVisibleTab(), b.getFirstVisibleTab());
            for (int i = 0; i < Math.min(a.getNumberOfSheets(), b.getNumberOfSheets()) && out.size() < 50; i++) {
                sheet(out, a, b, a.getSheetAt(i), b.getSheetAt(i), i);
            }
            same(out, "names", names(a), names(b));
        }
        return out.size() > 50 ? out.subList(0, 50) : out;
    }

    private static void sheet(List<String> out, Workbook wa, Workbook wb, Sheet a, Sheet b, int i) {
        String at = "sheet " + i + " ";
        same(out, at + "name", a.getSheetName(), b.getSheetName());
        same(out, at + "hidden", wa.isSheetHidden(i) + "/" + wa.isSheetVeryHidden(i),
                wb.isSheetHidden(i) + "/" + wb.isSheetVeryHidden(i));
        same(out, at + "selected", a.isSelected(), b.isSelected());
        same(out, at + "merged", new TreeSet<>(a.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList()),
                new TreeSet<>(b.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList()));
        same(out, at + "pane", pane(a.getPaneInformation()), pane(b.getPaneInformation()));
        same(out, at + "repeating rows", String.valueOf(a.getRepeatingRows()), String.valueOf(b.getRepeatingRows()));
        same(out, at + "landscape", a.getPrintSetup().getLandscape(), b.getPrintSetup().getLandscape());
        same(out, at + "fit", a.getFitToPage() + " " + a.getPrintSetup().getFitWidth() + "x" + a.getPrintSetup().getFitHeight(),
                b.getFitToPage() + " " + b.getPrintSetup().getFitWidth() + "x" + b.getPrintSetup().getFitHeight());
        same(out, at + "footer", a.getFooter().getCenter(), b.getFooter().getCenter());
        same(out, at + "paper", a.getPrintSetup().getPaperSize() + " scale " + a.getPrintSetup().getScale(),
                b.getPrintSetup().getPaperSize() + " scale " + b.getPrintSetup().getScale());
        same(out, at + "margins", margins(a), margins(b));
        same(out, at + "repeating columns", String.valueOf(a.getRepeatingColumns()), String.valueOf(b.getRepeatingColumns()));
        same(out, at + "filter", filter(a), filter(b));
        same(out, at + "protected", a.getProtect(), b.getProtect());
        int lastRow = Math.max(a.getLastRowNum(), b.getLastRowNum());
        int lastCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            lastCol = Math.max(lastCol, Math.max(width(a.getRow(r)), width(b.getRow(r))));
        }
        for (int c = 0; c <= lastCol; c++) {
            same(out, at + "column " + c + " width", a.getColumnWidth(c), b.getColumnWidth(c));
            same(out, at + "column " + c + " hidden", a.isColumnHidden(c), b.isColumnHidden(c));
        }
        for (int r = 0; r <= lastRow && out.size() < 50; r++) {
            Row ra = a.getRow(r);
            Row rb = b.getRow(r);
            same(out, at + "row " + (r + 1) + " height", ra == null ? a.getDefaultRowHeight() : ra.getHeight(),
                    rb == null ? b.getDefaultRowHeight() : rb.getHeight());
            for (int c = 0; c <= lastCol; c++) {
                Cell ca = ra == null ? null : ra.getCell(c);
                Cell cb = rb == null ? null : rb.getCell(c);
                String where = at + new CellReference(r, c).formatAsString();
                same(out, where, cell(ca), cell(cb));
                same(out, where + " look", look(wa, ca, a, r, c), look(wb, cb, b, r, c));
                same(out, where + " comment", comment(a.getCellComment(new org.apache.poi.ss.util.CellAddress(r, c))),
                        comment(b.getCellComment(new org.apache.poi.ss.util.CellAddress(r, c))));
                same(out, where + " link", link(ca), link(cb));
            }
        }
    }

    private static String margins(Sheet s) {
        return s.getMargin(Sheet.LeftMargin) + " " + s.getMargin(Sheet.RightMargin) + " " + s.getMargin(Sheet.TopMargin)
                + " " + s.getMargin(Sheet.BottomMargin) + " " + s.getPrintSetup().getHeaderMargin() + " "
                + s.getPrintSetup().getFooterMargin();
    }

    /** The auto-filter's range of an .xlsx sheet. */
    private static String filter(Sheet s) {
        return s instanceof org.apache.poi.xssf.usermodel.XSSFSheet x && x.getCTWorksheet().isSetAutoFilter()
                ? x.getCTWorksheet().getAutoFilter().getRef() : "";
    }

    private static int width(Row r) {
        return r == null ? 0 : Math.max(0, r.getLastCellNum());
    }

    private static String cell(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> "s:" + c.getStringCellValue();
            case NUMERIC -> "n:" + c.getNumericCellValue();
            case BOOLEAN -> "b:" + c.getBooleanCellValue();
            case FORMULA -> "f:" + c.getCellFormula() + " = " + cached(c);
            case ERROR -> "e:" + c.getErrorCellValue();
            default -> "";
        };
    }

    private static String cached(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "?";
        };
    }

    /** A cell's look; a cell that is not there looks as its row's or column's style makes it. */
    private static String look(Workbook wb, Cell c, Sheet sheet, int r, int col) {
        CellStyle s = c != null ? c.getCellStyle() : null;
        if (s == null) {
            return "";
        }
        Font f = wb.getFontAt(s.getFontIndex());
        return "fill " + s.getFillPattern() + " " + color(s.getFillForegroundColorColor())
                + " font " + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "")
                + (f.getItalic() ? " italic" : "") + " u" + f.getUnderline() + " c" + f.getColor()
                + " format " + s.getDataFormatString()
                + " align " + s.getAlignment() + "/" + s.getVerticalAlignment() + (s.getWrapText() ? " wrap" : "")
                + " borders " + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight()
                + (s.getLocked() ? " locked" : "") + (s.getHidden() ? " hidden" : "");
    }

    private static String color(Color c) {
        if (c instanceof XSSFColor x) {
            byte[] rgb = x.getRGB();
            return rgb == null ? "theme" + x.getTheme() : Arrays.toString(rgb);
        }
        return c == null ? "none" : c.toString();
    }

    private static String comment(Comment c) {
        return c == null ? "" : c.getAuthor() + ": " + c.getString().getString() + (c.isVisible() ? " visible" : "");
    }

    private static String link(Cell c) {
        Hyperlink h = c == null ? null : c.getHyperlink();
        return h == null ? "" : h.getType() + " " + h.getAddress();
    }

    private static String pane(PaneInformation p) {
        return p == null ? "" : p.getHorizontalSplitPosition() + "," + p.getVerticalSplitPosition() + " "
                + p.getHorizontalSplitTopRow() + "," + p.getVerticalSplitLeftColumn() + " " + p.isFreezePane();
    }

    private static List<String> names(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            out.add(n.getNameName() + "@" + n.getSheetIndex() + "=" + n.getRefersToFormula());
        }
        out.sort(null);
        return out;
    }

    private static void same(List<String> out, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(what + ": «" + a + "» ≠ «" + b + "»");
        }
    }

    /**
     * Compares two folders of a run's outputs: every CSV byte for byte, every workbook as a reader sees it.
     * {@code java … WorkbookAsSeen before/ after/}.
     */
    public static void main(String[] args) throws IOException {
        Path before = Path.of(args[0]);
        Path after = Path.of(args[1]);
        int files = 0;
        int differing = 0;
        List<Path> all;
        try (Stream<Path> s = Files.walk(before)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path a : all) {
            Path rel = before.relativize(a);
            Path b = after.resolve(rel.toString());
            files++;
            List<String> diff;
            if (!Files.exists(b)) {
                diff = List.of("missing");
            } else if (a.toString().endsWith(".xlsx") || a.toString().endsWith(".xls") || a.toString().endsWith(".xlsm")) {
                diff = differences(a, b);
            } else {
                diff = Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)) ? List.of() : List.of("bytes differ");
            }
            if (!diff.isEmpty()) {
                differing++;
                System.out.println("✗ " + rel);
                diff.stream().limit(10).forEach(d -> System.out.println("    " + d));
            }
        }
        try (Stream<Path> s = Files.walk(after)) {
            long extra = s.filter(Files::isRegularFile).filter(p -> !Files.exists(before.resolve(after.relativize(p).toString()))).count();
            System.out.println(files + " files compared, " + differing + " differ, " + extra + " only after");
        }
    }
}
