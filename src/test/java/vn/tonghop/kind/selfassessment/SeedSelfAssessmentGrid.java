package vn.tonghop.kind.selfassessment;

import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.reading.SheetGrid;

/**
 * Seed {@code 000_…}, section III.1 (Tổng hợp kết quả tự đánh giá), cell for cell: the table as the
 * plain-text rendering gives it (tab-separated), blank lines included, with the header's merged cells
 * a Word-to-Excel copy has ("Tiêu chuẩn, tiêu chí" over three rows, "Kết quả" over the four result
 * columns, "Không đạt" over two rows, "Đạt" over the three levels). It holds the seed's two real
 * mistakes: criteria 2.3 and 5.6 marked under Mức 1 and Mức 3 without Mức 2.
 */
public final class SeedSelfAssessmentGrid {

    /** Row 0 is the section heading; the header starts at row 2 (Excel row 3). */
    static final String[][] ROWS = {
            {"III. KẾT QUẢ TỰ ĐÁNH GIÁ"},
            {"1. Tổng hợp kết quả tự đánh giá"},
            {"Tiêu chuẩn, tiêu chí", "Kết quả", "", "", ""},
            {"", "Không đạt", "Đạt", "", ""},
            {"", "", "Mức 1", "Mức 2", "Mức 3"},
            {"Tiêu chuẩn 1", "", "", "", ""},
            {"Tiêu chí 1.1", "", "X", "", ""},
            {"Tiêu chí 1.2", "", "X", "", ""},
            {"Tiêu chí 1.3", "", "X", "", ""},
            {"Tiêu chí 1.4", "", "X", "X", ""},
            {"Tiêu chí 1.5", "", "X", "X", ""},
            {"Tiêu chí 1.6", "", "X", "X", ""},
            {""},
            {"Tiêu chí 1.7", "", "X", "", ""},
            {"Tiêu chí 1.8", "", "X", "", ""},
            {"Tiêu chí 1.9", "", "X", "", ""},
            {"Tiêu chí 1.10", "", "X", "X", ""},
            {"Tiêu chuẩn 2", "", "", "", ""},
            {"Tiêu chí 2.1", "", "X", "", ""},
            {"Tiêu chí 2.2", "", "X", "", ""},
            {"Tiêu chí 2.3", "", "X", "", "X"},
            {"Tiêu chí 2.4", "", "X", "X", ""},
            {"Tiêu chuẩn 3", "", "", "", ""},
            {"Tiêu chí 3.1", "", "X", "X", ""},
            {"Tiêu chí 3.2", "", "X", "", ""},
            {"Tiêu chí 3.3", "", "X", "", ""},
            {"Tiêu chí 3.4", "", "X", "X", ""},
            {"Tiêu chí 3.5", "", "X", "X", ""},
            {"Tiêu chí 3.6", "", "X", "X", ""},
            {"Tiêu chuẩn 4", "", "", "", ""},
            {"Tiêu chí 4.1", "", "X", "X", ""},
            {"Tiêu chí 4.2", "", "X", "", ""},
            {"Tiêu chuẩn 5", "", "", "", ""},
            {"Tiêu chí 5.1", "", "X", "", ""},
            {"Tiêu chí 5.2", "", "X", "", ""},
            {"Tiêu chí 5.3", "", "X", "", ""},
            {"Tiêu chí 5.4", "", "X", "X", ""},
            {"Tiêu chí 5.5", "", "X", "X", ""},
            {"Tiêu chí 5.6", "", "X", "", "X"},
            {""},
            {"Kết quả: Đạt Mức 1"},
            {""},
            {"Kết luận: Trường đạt Mức 1, không đạt Mức 2"},
    };

    /** First row of the header (0-based). */
    public static final int HEADER = 2;

    private SeedSelfAssessmentGrid() {
    }

    /** Writes the table into {@code sheet} from its first row, merges included. */
    public static void write(Sheet sheet) {
        for (int r = 0; r < ROWS.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < ROWS[r].length; c++) {
                if (!ROWS[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(ROWS[r][c]);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(HEADER, HEADER + 2, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(HEADER, HEADER, 1, 4));
        sheet.addMergedRegion(new CellRangeAddress(HEADER + 1, HEADER + 2, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(HEADER + 1, HEADER + 1, 2, 4));
    }

    public static Workbook workbook() {
        Workbook wb = new XSSFWorkbook();
        write(wb.createSheet("Tự đánh giá"));
        return wb;
    }

    public static SheetGrid grid(Workbook wb) {
        return SheetGrid.of(wb.getSheetAt(0), new DataFormatter(), new SheetGrid.WorkbookBudget());
    }

    /** The seed's rows as the rendering gives them, for tests that assert cell for cell. */
    public static List<String[]> rows() {
        return List.of(ROWS);
    }
}
