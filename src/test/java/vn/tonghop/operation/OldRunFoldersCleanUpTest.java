package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tonghop.output-keep}: after each completed run only the newest run folders stay, the nights go on from
 * them (a district nothing of which changed still gets its copy), what the office keeps beside them stays, and
 * {@code status} says which runs' folders are gone.
 */
class OldRunFoldersCleanUpTest {

    private static final String KEEP_ONE = "--tonghop.output-keep=1";

    @TempDir
    Path tmp;

    @Test
    void onlyTheNewestRunFolderIsKeptAndTheNextNightsGoOnFromIt() throws IOException {
        Office office = new Office(tmp);
        Path notes = Files.createDirectories(office.output.resolve("ghi-chu"));
        Files.writeString(notes.resolve("doc-truoc.txt"), "the office's own");
        office.deliver("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx"); // Tân Hồng
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx"); // Sông Trà
        assertThat(office.run(KEEP_ONE)).isZero();
        Path first = runFolders(office).get(0);
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        assertThat(office.run(KEEP_ONE)).isZero();
        Path second = runFolders(office).get(0);
        office.deliver("TH_MyXuan_phan_ky_chi_tieu.xlsx");
        assertThat(office.run(KEEP_ONE)).isZero();

        List<Path> left = runFolders(office);
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getFileName().toString()).endsWith("_lan-3");
        assertThat(notes.resolve("doc-truoc.txt")).hasContent("the office's own");
        // Tân Hồng did not change after the first run: its copy came from the second run's
        // folder, deleted once this run completed
        try (Stream<Path> districts = Files.list(left.get(0).resolve("theo-huyen"))) {
            Path tanHong = districts.filter(d -> d.getFileName().toString().startsWith("PGD-TH_")).findFirst()
                    .orElseThrow();
            assertThat(tanHong.resolve("summary.xlsx")).isNotEmptyFile();
            assertThat(tanHong.resolve("discrepancies.xlsx")).isNotEmptyFile();
        }
        String status = Office.out(() -> office.run("status"), 0);
        assertThat(status).contains(first.toAbsolutePath() + " (không còn trên đĩa)")
                .contains(second.toAbsolutePath() + " (không còn trên đĩa)")
                .contains(left.get(0).toAbsolutePath().toString())
                .doesNotContain(left.get(0).toAbsolutePath() + " (không còn trên đĩa)");
    }

    @Test
    void aLostDatabaseIsRebuiltWhenOnlyTheNewestFolderIsLeft() throws IOException {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        assertThat(office.run(KEEP_ONE)).isZero();
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        assertThat(office.run(KEEP_ONE)).isZero();
        List<Path> left = runFolders(office);
        assertThat(left).hasSize(1);

        Files.delete(office.data.resolve("tonghop.mv.db")); // lost
        assertThat(Office.out(() -> office.run("rebuild"), 0)).contains("Đã dựng lại cơ sở dữ liệu");

        // the first run, whose folder is gone, is replayed as one that wrote none; the second has its folder
        String next = Office.out(() -> office.run(KEEP_ONE), 0);
        assertThat(next).contains("Lần tổng hợp số 3", "Tệp mới nhận: 0", "không có gì mới");
        assertThat(runFolders(office)).isEqualTo(left);
    }

    @Test
    void withoutTheSettingEveryRunFolderStays() throws IOException {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        assertThat(office.run()).isZero();
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        assertThat(office.run()).isZero();

        assertThat(runFolders(office)).hasSize(2);
    }

    /** The run folders left, without the office's own folders beside them. */
    private static List<Path> runFolders(Office office) throws IOException {
        return office.runFolders().stream().filter(f -> f.getFileName().toString().contains("_lan-")).toList();
    }
}
