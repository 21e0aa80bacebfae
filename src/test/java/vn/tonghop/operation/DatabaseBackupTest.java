package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After each completed run the embedded database is backed up into {@code data-dir/backup}, the newest
 * {@code keep} kept; a backup restored as README says gives the office back its history.
 */
class DatabaseBackupTest {

    @TempDir
    Path tmp;

    @Test
    void eachCompletedRunIsBackedUpTheNewestAreKeptAndOneRestoresTheHistory() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        for (int night = 1; night <= 3; night++) {
            assertThat(office.run("--tonghop.backup.keep=2")).isZero();
        }
        Path folder = office.data.resolve("backup");
        assertThat(backups(folder)).hasSize(2).satisfies(names -> {
            assertThat(names.get(0)).startsWith("tonghop_").endsWith("_lan-2.zip");
            assertThat(names.get(1)).endsWith("_lan-3.zip");
        });

        // the database is lost; restored from the newest backup as README says: unzip into data-dir
        Files.delete(office.data.resolve("tonghop.mv.db"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve(backups(folder).get(1))))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("tonghop.mv.db");
            Files.copy((InputStream) zip, office.data.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(out(() -> office.run("--tonghop.backup.keep=2"), 0)).contains("Lần tổng hợp số 4", "không có gì mới");

        assertThat(office.run("--tonghop.backup.enabled=false", "--tonghop.backup.keep=2")).isZero();
        assertThat(backups(folder)).hasSize(2).last().asString().endsWith("_lan-4.zip");
    }

    @Test
    void backupsGoWhereTheOfficeSays() throws Exception {
        Office office = new Office(tmp);
        Path elsewhere = tmp.resolve("sao-luu");

        assertThat(office.run("--tonghop.backup.folder=" + elsewhere)).isZero();

        assertThat(backups(elsewhere)).singleElement().asString().endsWith("_lan-1.zip");
        assertThat(office.data.resolve("backup")).doesNotExist();
    }

    private static List<String> backups(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
