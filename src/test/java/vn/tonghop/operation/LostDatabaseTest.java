package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database with no run while the archive holds files (deleted, emptied to 0 bytes, or opened empty
 * meanwhile) is refused with one Vietnamese line and exit code 2: nothing taken in, nothing read, no
 * outputs, nothing mailed; {@code schedule} says so at once rather than at night.
 */
class LostDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void aDatabaseLostEmptiedOrZeroBytesIsRefusedWhileTheArchiveHoldsFiles() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        assertThat(office.run()).isZero();
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx"); // would be new tonight
        List<Path> folders = office.runFolders();
        Path database = office.data.resolve("tonghop.mv.db");

        Files.delete(database);
        refused(office, folders);

        refused(office, folders); // the database is there now, with its tables and no run

        Files.write(database, new byte[0]);
        refused(office, folders);

        assertThat(out(() -> office.run("schedule", "--tonghop.cron=0 0 2 * * *"), 2)).contains("rebuild");
    }

    @Test
    void aNewOfficeWithAnEmptyArchiveRunsAsUsual() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        Files.createDirectories(office.archive);

        assertThat(office.run()).isZero();
        assertThat(office.runFolders()).hasSize(1);
    }

    private static void refused(Office office, List<Path> folders) throws Exception {
        String printed = out(office::run, 2);
        String line = printed.lines().filter(l -> l.contains("không có lịch sử tổng hợp")).findFirst().orElseThrow();
        assertThat(line).contains(office.data.toAbsolutePath().toString(), office.archive.toAbsolutePath().toString(),
                "1 tệp", "khôi phục bản sao lưu", "«rebuild»");
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isZero();
        assertThat(office.runFolders()).isEqualTo(folders);
        try (var archived = Files.walk(office.archive)) {
            assertThat(archived.filter(p -> p.getFileName().toString().endsWith(".xlsx"))).hasSize(1);
        }
    }
}
