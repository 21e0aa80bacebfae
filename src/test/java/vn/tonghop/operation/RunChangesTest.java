package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nights of a throw-away office: Hòa An sends its sample workbook (phasing backwards at J18, T.2.b
 * missing), then a corrected version (J18 fixed) with a new mistake. The «Thay đổi» sheet and the
 * office's e-mail say exactly what was fixed and what is new.
 */
class RunChangesTest {

    private static final String HOA_AN = "TH_HoaAn_phan_ky_chi_tieu.xlsx";

    @TempDir
    Path tmp;

    @Test
    void secondRunListsTheResubmissionItsFixedAndItsNewFindings() throws Exception {
        Office office = new Office(tmp);
        office.deliver(HOA_AN);
        office.deliver("TH_AnHoa_phan_ky_chi_tieu.xlsx");
        assertThat(office.run()).isZero();
        List<List<String>> first = changes(office.lastRunFolder());
        assertThat(first).contains(List.of("Tệp mới", "87715006", "Trường Tiểu học Hòa An", HOA_AN, "1", "", "", "", ""),
                List.of("Tệp mới", "87715003", "Trường Tiểu học An Hòa", "TH_AnHoa_phan_ky_chi_tieu.xlsx", "1", "", "", "", ""));
        assertThat(first).noneMatch(l -> l.get(0).equals("Đã sửa") || l.get(0).equals("Mới phát hiện"));
        assertThat(first).anyMatch(l -> l.get(0).startsWith("Đây là lượt chạy đầu tiên"));

        Path corrected = tmp.resolve("corrected.xlsx");
        try (InputStream in = Files.newInputStream(Office.SAMPLES.resolve(HOA_AN));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheet("Phụ lục II");
            sh.getRow(17).getCell(9).setCellValue(80); // J18: 75 → 80 → 85, no longer backwards
            sh.getRow(11).getCell(9).setCellValue("chưa rõ"); // J12: a word where a number belongs
            try (OutputStream out = Files.newOutputStream(corrected)) {
                wb.write(out);
            }
        }
        office.deliver(corrected, "TH_HoaAn_phan_ky_chi_tieu_sua.xlsx");
        assertThat(office.run()).isZero();

        List<List<String>> second = changes(office.lastRunFolder());
        String sheet = "Phụ lục II";
        assertThat(second.stream().filter(l -> !l.get(0).equals("Vẫn chưa nộp") && !l.get(0).isEmpty()).toList())
                .containsExactly(
                        List.of("Nộp lại", "87715006", "Trường Tiểu học Hòa An", "TH_HoaAn_phan_ky_chi_tieu_sua.xlsx",
                                "2", "", "", "", ""),
                        line("Đã sửa", HOA_AN, "1", sheet, "J18", "Cảnh báo", "kế hoạch đi lùi"),
                        line("Mới phát hiện", "TH_HoaAn_phan_ky_chi_tieu_sua.xlsx", "2", sheet, "J12", "Lỗi",
                                "«chưa rõ» — không hiểu được giá trị này"),
                        // 13 schools in the registry (the two THCS of the self-assessment samples among them), 2 sent
                        List.of("Tệp mới: 0; nộp lại: 1; lỗi đã sửa: 1; lỗi mới phát hiện: 1; đơn vị vẫn chưa nộp: 13.",
                                "", "", "", "", "", "", "", ""));
        // An Hòa sent nothing new: its findings are neither fixed nor new; the rest of the office still missing
        assertThat(second.stream().filter(l -> l.get(0).equals("Vẫn chưa nộp"))).hasSize(13);
    }

    @Test
    void anUnusableFileStaysReportedUntilItsSchoolSendsAReadableOne() throws Exception {
        Office office = new Office(tmp);
        office.deliver("LongKhanh_co_mat_khau.xlsx");
        assertThat(office.run()).isZero();
        List<String> first = longKhanh(office.lastRunFolder());
        assertThat(first).hasSize(1).allMatch(m -> !m.startsWith("[Từ lượt chạy"));

        office.deliver(HOA_AN); // something new, so the second run writes outputs
        assertThat(office.run()).isZero();
        assertThat(longKhanh(office.lastRunFolder()))
                .containsExactly("[Từ lượt chạy số 1, đơn vị chưa gửi tệp thay thế] " + first.get(0));

        office.deliver("TH_LongKhanh_phan_ky_chi_tieu.xls");
        assertThat(office.run()).isZero();
        assertThat(longKhanh(office.lastRunFolder())).noneMatch(m -> m.startsWith("[Từ lượt chạy"));
    }

    /** The messages on the password-protected file of Long Khánh in a run's discrepancies.csv. */
    private static List<String> longKhanh(Path runFolder) throws Exception {
        return Office.csv(runFolder.resolve("discrepancies.csv")).stream()
                .filter(r -> r.get("file").equals("LongKhanh_co_mat_khau.xlsx")).map(r -> r.get("message")).toList();
    }

    /** A finding's line, its message cut to the part that says what it is. */
    private static List<String> line(String what, String file, String version, String sheet, String cell,
                                     String severity, String messagePart) {
        return List.of(what, "87715006", "Trường Tiểu học Hòa An", file, version, sheet, cell, severity, messagePart);
    }

    /** The «Thay đổi» sheet's lines below the header, as shown. */
    static List<List<String>> changes(Path runFolder) throws Exception {
        DataFormatter shown = new DataFormatter();
        List<List<String>> lines = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(runFolder.resolve("summary.xlsx").toFile(), null, true)) {
            Sheet sh = wb.getSheet("Thay đổi");
            assertThat(sh).isNotNull();
            // printed on A4 landscape, one page wide, the header on every page
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
            assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            for (Row row : sh) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> line = new ArrayList<>();
                for (int col = 0; col < 9; col++) {
                    Cell c = row.getCell(col);
                    line.add(c == null ? "" : shown.formatCellValue(c));
                }
                if (line.get(8).length() > 0 && (line.get(0).equals("Đã sửa") || line.get(0).equals("Mới phát hiện"))) {
                    String message = line.get(8);
                    line.set(8, message.contains("kế hoạch đi lùi") ? "kế hoạch đi lùi"
                            : message.contains("«chưa rõ» — không hiểu được giá trị này")
                            ? "«chưa rõ» — không hiểu được giá trị này" : message);
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
