package vn.tonghop.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;

/**
 * A school's phasing table of realistic shape for benchmarks: title naming the school, the three
 * sections, the two-row merged header, one row per catalogue indicator with values of its kind
 * (numbers as text with a decimal comma, as most clerks type them).
 */
public final class SyntheticWorkbook {

    private static final String[] SECTION_TITLES = {
        "I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG", "II. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TỈNH",
        "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA HUYỆN"};

    private SyntheticWorkbook() {
    }

    public static void write(Path file, String schoolName, List<Indicator> indicators, Random random) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Phụ lục II");
            int r = 0;
            text(sheet.createRow(r++), 0, "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ");
            text(sheet.createRow(r++), 0, "(Kèm theo Kế hoạch số 12/KH-TH ngày 10/11/2023 của " + schoolName + ")");
            for (Section section : Section.values()) {
                text(sheet.createRow(r++), 0, SECTION_TITLES[section.ordinal()]);
                r = header(sheet, r);
                for (Indicator indicator : indicators) {
                    if (indicator.section() == section) {
                        row(sheet.createRow(r++), indicator, random);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static int header(Sheet sheet, int r) {
        Row top = sheet.createRow(r);
        Row sub = sheet.createRow(r + 1);
        String[] labels = {"STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng 9/2023", "Chỉ tiêu 2025", "", "",
            "Phân kỳ thực hiện", "", "", ""};
        String[] subs = {"", "", "", "", "TW, Tỉnh", "Huyện", "Trường", "2022", "2023", "2024", "2025"};
        for (int c = 0; c < labels.length; c++) {
            text(top, c, labels[c]);
            text(sub, c, subs[c]);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 4, 6));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 7, 10));
        return r + 2;
    }

    private static void row(Row row, Indicator indicator, Random random) {
        text(row, 1, indicator.name());
        text(row, 2, indicator.unit());
        String[] values = values(indicator, random);
        for (int i = 0; i < values.length; i++) {
            text(row, 3 + i, values[i]);
        }
    }

    /**
     * An indicator's eight values as a clerk types them, in column order: current value, the three
     * targets (TW/Tỉnh, Huyện, Trường), the four phasing years.
     */
    static String[] values(Indicator indicator, Random random) {
        String[] v = new String[8];
        switch (indicator.kind()) {
            case PERCENT, NUMBER -> {
                double current = 60 + random.nextInt(35) + random.nextInt(100) / 100.0;
                double target = Math.min(100, current + 5);
                v[0] = comma(current);
                v[1] = comma(target - 2);
                v[2] = comma(target - 1);
                v[3] = comma(target);
                for (int y = 0; y < 4; y++) {
                    v[4 + y] = comma(current + (target - current) * y / 3.0);
                }
            }
            case COUNT -> fill(v, String.valueOf(random.nextInt(2)), "1");
            case RANK -> fill(v, (1 + random.nextInt(19)) + "/20", "5/20");
            case MET -> fill(v, "Đạt", "Đạt");
            default -> fill(v, random.nextBoolean() ? "Có" : "Không", "Có");
        }
        return v;
    }

    private static void fill(String[] v, String current, String later) {
        v[0] = current;
        for (int i = 1; i < v.length; i++) {
            v[i] = later;
        }
    }

    private static String comma(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v).replace('.', ',');
    }

    private static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(value);
    }
}
