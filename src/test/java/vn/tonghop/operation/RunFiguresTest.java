package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's figures in {@code status} are what the run reported, kept when it delivered: a later corrected
 * version of a school's table changes the later run's figures, not the earlier run's line.
 */
class RunFiguresTest {

    private static final String HOA_AN = "TH_HoaAn_phan_ky_chi_tieu.xlsx";
    private static final Pattern REPORTED = Pattern.compile("Sai sót trong báo cáo: (\\d+) lỗi, (\\d+) cảnh báo");

    @TempDir
    Path tmp;

    @Test
    void statusShowsEachRunsFiguresAsTheRunReportedThem() throws Exception {
        Office office = new Office(tmp);
        office.deliver(HOA_AN);
        String first = reported(out(office::run, 0));

        Path corrected = tmp.resolve("corrected.xlsx");
        try (InputStream in = Files.newInputStream(Office.SAMPLES.resolve(HOA_AN));
             Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("Phụ lục II").getRow(17).getCell(9).setCellValue(80); // J18 no longer backwards
            try (OutputStream o = Files.newOutputStream(corrected)) {
                wb.write(o);
            }
        }
        office.deliver(corrected, "TH_HoaAn_phan_ky_chi_tieu_sua.xlsx");
        String second = reported(out(office::run, 0));
        assertThat(second).as("the corrected version has a warning less").isNotEqualTo(first);

        String status = out(() -> office.run("status"), 0);
        assertThat(figures(status, 1)).as(status).isEqualTo(first);
        assertThat(figures(status, 2)).isEqualTo(second);

        // kept, not counted again: the findings gone, status still says what each run reported
        office.jdbc().update("DELETE FROM finding");
        String kept = out(() -> office.run("status"), 0);
        assertThat(figures(kept, 1)).isEqualTo(first);
        assertThat(figures(kept, 2)).isEqualTo(second);
    }

    /** «errors warnings» from a run's printed summary. */
    private static String reported(String printed) {
        Matcher m = REPORTED.matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        return m.group(1) + " " + m.group(2);
    }

    /** «errors warnings» from run {@code run}'s line of the status table. */
    private static String figures(String status, int run) {
        String line = status.lines().filter(l -> l.startsWith(run + " ")).findFirst().orElseThrow();
        // …, Lỗi, C.báo, Thư, Hỏng, Kết quả (a folder without spaces): counted from the end, as the state
        // before them may be several words
        String[] w = line.trim().split("\\s+");
        return w[w.length - 5] + " " + w[w.length - 4];
    }
}
