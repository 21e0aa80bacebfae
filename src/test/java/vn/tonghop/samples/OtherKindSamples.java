package vn.tonghop.samples;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sample office's other kinds for another school (the benchmark's corpus): Trường THCS Tân Long's
 * self-assessment grid and Phú Lộc's improvement plan, their planted mistakes included, under the
 * given school's name in their title, as bytes of an .xlsx.
 */
public final class OtherKindSamples {

    private OtherKindSamples() {
    }

    /** The self-assessment summary (18/2018's criteria: name a THCS school). */
    public static byte[] selfAssessment(String schoolName) throws IOException {
        Workbook wb = new SelfAssessmentSamples().variant();
        retitle(wb.getSheetAt(0), 0, schoolName.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        return SampleWorkbookGenerator.bytes(wb); // closes it
    }

    /** The improvement plan (17/2018's criteria: name a primary school). */
    public static byte[] plan(String schoolName) throws IOException {
        Workbook wb = SampleWorkbookGenerator.improvementPlanOfPhuLoc();
        retitle(wb.getSheetAt(0), 1, schoolName);
        return SampleWorkbookGenerator.bytes(wb); // closes it
    }

    private static void retitle(Sheet sheet, int row, String text) {
        Cell cell = sheet.getRow(row).getCell(0);
        cell.setCellValue(text);
    }
}
