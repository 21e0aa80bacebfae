package vn.tonghop.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.reading.PoiCellSource;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * The table sheet of a template a kind hands out, as the phasing table's is made: labels and pre-filled
 * content locked, input cells unlocked, shaded and with a prompt (a dropdown whose arrow shows where the
 * value is picked from a list), printed on A4 with its header repeated, protected without a password.
 * Every text is written as text, never as a formula; the formulas are the kind's own.
 */
public final class FormSheet {

    private final XSSFSheet sh;
    private final ReportStyles st;
    private final List<CellRangeAddress> inputs = new ArrayList<>();
    private final Map<FormPrompt, CellRangeAddressList> prompts = new LinkedHashMap<>();

    public FormSheet(XSSFWorkbook wb, ReportStyles st, String name) {
        this.sh = wb.createSheet(name);
        this.st = st;
    }

    public XSSFSheet sheet() {
        return sh;
    }

    public ReportStyles styles() {
        return st;
    }

    public Row row(int r) {
        Row row = sh.getRow(r);
        return row != null ? row : sh.createRow(r);
    }

    /** A text cell (null written as empty). */
    public Cell text(int r, int c, String value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A text over columns {@code first..last} of row {@code r}, each cell styled so the borders run through. */
    public void merged(int r, int first, int last, String value, CellStyle style) {
        text(r, first, value, style);
        for (int c = first + 1; c <= last; c++) {
            row(r).createCell(c).setCellStyle(style);
        }
        if (last > first) {
            sh.addMergedRegion(new CellRangeAddress(r, r, first, last));
        }
    }

    /** A cell computed by a formula (the kind's own, never a text from anywhere else). */
    public Cell formula(int r, int c, String formula, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * Input cells over columns {@code first..last} of row {@code r} (merged when several): unlocked,
     * shaded, in the number format {@code format} ({@code @}: text), with {@code prompt}'s prompt and check.
     */
    public CellRangeAddress input(int r, int first, int last, FormPrompt prompt, String format) {
        CellStyle style = st.get(Kind.INPUT, ReportStyles.Fill.INPUT, format);
        for (int c = first; c <= last; c++) {
            row(r).createCell(c).setCellStyle(style);
        }
        CellRangeAddress range = new CellRangeAddress(r, r, first, last);
        if (last > first) {
            sh.addMergedRegion(range);
        }
        inputs.add(range);
        prompts.computeIfAbsent(prompt, p -> new CellRangeAddressList()).addCellRangeAddress(range);
        return range;
    }

    /** Every input rectangle, as the template's stamp lists them. */
    public List<CellRangeAddress> inputs() {
        return List.copyOf(inputs);
    }

    /**
     * Every non-empty cell the clerk may not change, as the stamp records it ({@link PoiCellSource#canonical});
     * formulas left out, their results change as the clerk types.
     */
    public Map<String, String> lockedContent() {
        Map<String, String> locked = new LinkedHashMap<>();
        for (Row row : sh) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA || isInput(cell)) {
                    continue;
                }
                String v = PoiCellSource.canonical(cell);
                if (!v.isBlank()) {
                    locked.put(new CellReference(cell).formatAsString(false), v);
                }
            }
        }
        return locked;
    }

    private boolean isInput(Cell cell) {
        return inputs.stream().anyMatch(r -> r.isInRange(cell));
    }

    /**
     * Column widths (in characters), the validations, A4 printing with rows {@code headerFirst..headerLast}
     * repeated on every page, row heights that fit wrapped text, and the protection: without a password, so
     * opening never asks for one; selecting cells and resizing rows and columns stay allowed.
     */
    public void finish(int[] widths, boolean landscape, int headerFirst, int headerLast) {
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sh);
        prompts.forEach((prompt, cells) -> sh.addValidationData(prompt.validation(helper, cells)));
        java.util.Set<Integer> spanned = new java.util.HashSet<>();
        for (CellRangeAddress m : sh.getMergedRegions()) {
            if (m.getLastColumn() > m.getFirstColumn()) {
                spanned.add(m.getFirstRow()); // a text over several columns: its writer sets the height
            }
        }
        for (Row row : sh) {
            if (!spanned.contains(row.getRowNum())) {
                PrintLayout.fitHeight(row);
            }
        }
        PrintLayout.a4(sh, landscape, headerFirst, headerLast);
        sh.lockSelectLockedCells(false);
        sh.lockSelectUnlockedCells(false);
        sh.lockFormatColumns(false);
        sh.lockFormatRows(false);
        sh.enableLocking();
    }
}
