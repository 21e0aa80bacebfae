package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school that answers «Có» in «Trường đạt chuẩn quốc gia» (a percent row, the district's figure) while
 * its district's other schools copied the district's 65: its answer is left out of the district's figure,
 * and the school is told so, on its cell, by COPIED_FIGURE_DIFFERS. A whole run of the office on Sông Trà's
 * tables, Hòa An's edited as a clerk would.
 */
class AnswerBesideCopiedFigureTest {

    static final String NAME = "Trường đạt chuẩn quốc gia";

    @TempDir
    Path tmp;

    @Test
    void aSchoolAnsweringCoBesideTheDistrictsCopiedFigureIsWarnedOnItsCell() throws IOException {
        Office office = new Office(tmp);
        for (String sample : List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "87715008_phan_ky.xlsx")) {
            office.deliver(sample);
        }
        Path edited = Files.createDirectories(tmp.resolve("edited")).resolve("TH_HoaAn_phan_ky_chi_tieu.xlsx");
        String cell = typeCurrent(Office.SAMPLES.resolve("TH_HoaAn_phan_ky_chi_tieu.xlsx"), "Có", edited);
        office.deliver(edited, edited.getFileName().toString());
        assertThat(office.run()).isZero();

        List<CSVRecord> copied = Office.csv(office.lastRunFolder().resolve("discrepancies.csv")).stream()
                .filter(r -> r.get("rule").equals("COPIED_FIGURE_DIFFERS")).toList();
        assertThat(copied).extracting(r -> r.get("unit_code") + " | " + r.get("sheet") + "!" + r.get("cell") + " | "
                + r.get("severity") + " | " + r.get("raw")).containsExactly("87715006 | " + cell + " | WARNING | Có");
        assertThat(copied.get(0).get("message")).isEqualTo("«Trường đạt chuẩn quốc gia» (TW.1.d) là số liệu của cấp "
                + "huyện (Phòng Giáo dục và Đào tạo huyện Sông Trà), các trường ghi lại như nhau và bản tổng hợp lấy "
                + "một lần giá trị được nhiều trường ghi nhất, không lấy trung bình. Bảng của đơn vị ghi khác: hiện "
                + "trạng trả lời «Có» trong khi số liệu của huyện là 65 (3/3 trường ghi số liệu); câu trả lời này "
                + "không được tính vào số liệu của huyện. Đề nghị ghi đúng số liệu của huyện.");
    }

    /**
     * Types {@code word} over the current value of the row named {@value #NAME} (the first filled cell after
     * its name and unit), as a clerk overwrites the figure; the cell, {@code Sheet!D9}.
     */
    static String typeCurrent(Path sample, String word, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(sample); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sh : wb) {
                for (Row row : sh) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(NAME)) {
                            int col = c.getColumnIndex() + 2;
                            while (row.getCell(col) == null || row.getCell(col).getCellType() == CellType.BLANK) {
                                col++;
                            }
                            row.getCell(col).setCellValue(word);
                            try (OutputStream o = Files.newOutputStream(target)) {
                                wb.write(o);
                            }
                            return sh.getSheetName() + "!" + new CellReference(row.getRowNum(), col).formatAsString(false);
                        }
                    }
                }
            }
        }
        throw new AssertionError(NAME + " not in " + sample);
    }
}
