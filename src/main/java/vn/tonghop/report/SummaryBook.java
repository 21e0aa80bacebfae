package vn.tonghop.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code summary.xlsx} while it is being made, as the kinds see it: the workbook and its one style
 * vocabulary, where a kind adds its sheets (small ones at once, big ones streamed at the end in the place
 * they were asked for), a line per sheet for the guide on «Thông tin», the kind's own lines there and
 * its lines under «Cách đọc».
 */
public final class SummaryBook {

    /** A sheet that grows with the number of units: written row by row through SXSSF after the others. */
    @FunctionalInterface
    public interface StreamedSheet {
        void write(SXSSFWorkbook wb, ReportStyles st);
    }

    private record Streamed(String name, int index, StreamedSheet sheet) {
    }

    private final XSSFWorkbook workbook;
    private final ReportStyles styles;
    private final Map<String, String> guide = new LinkedHashMap<>();
    private final InfoSheet howToRead = new InfoSheet();
    private final List<Streamed> streamed = new ArrayList<>();
    private InfoSheet about = new InfoSheet();

    SummaryBook(XSSFWorkbook workbook, ReportStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    public Workbook workbook() {
        return workbook;
    }

    /** The workbook itself, for what needs XSSF (charts). */
    public XSSFWorkbook xssf() {
        return workbook;
    }

    public ReportStyles styles() {
        return styles;
    }

    /** What the sheet holds, in a sentence, for the guide on «Thông tin». */
    public void guide(String sheet, String text) {
        guide.put(sheet, text);
    }

    /** The lines of the current kind on «Thông tin», under its heading (period, counts of its own…). */
    public InfoSheet about() {
        return about;
    }

    /** A line under «Cách đọc»: how to read a colour, a column, a figure. */
    public void howToRead(String label, String text) {
        howToRead.text(label, text);
    }

    /** A big sheet, written after the others through SXSSF, in the place of the sheets added so far. */
    public void streamed(String name, StreamedSheet sheet) {
        streamed.add(new Streamed(name, workbook.getNumberOfSheets(), sheet));
    }

    Map<String, String> guide() {
        return guide;
    }

    InfoSheet howToReadLines() {
        return howToRead;
    }

    /** The lines the kind added to «Thông tin» since the last call, and a fresh section for the next kind. */
    InfoSheet takeAbout() {
        InfoSheet taken = about;
        about = new InfoSheet();
        return taken;
    }

    /**
     * Writes the streamed sheets into {@code wb} (the SXSSF view of this book) and puts each in its place;
     * in the guide, they are where they were asked for.
     */
    void writeStreamed(SXSSFWorkbook wb) {
        int before = 0;
        for (Streamed s : streamed) {
            s.sheet().write(wb, styles);
            try {
                // its last window of rows out to its file now, not held until the workbook is saved
                wb.getSheet(s.name()).flushRows();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            wb.setSheetOrder(s.name(), s.index() + before);
            before++;
        }
    }

    boolean anyStreamed() {
        return !streamed.isEmpty();
    }
}
