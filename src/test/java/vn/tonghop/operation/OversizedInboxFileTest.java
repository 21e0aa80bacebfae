package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB file in the inbox (sparse: no disk used) is refused before any copy: OVERSIZED with the
 * reason in the clerk's units, nothing of it in the archive, the inbox file untouched, and the next
 * night it is known, not refused again as a new file.
 */
class OversizedInboxFileTest {

    @TempDir
    Path tmp;

    @Test
    void refusedWithItsReasonWithoutACopyAndKnownTheNextNight() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        Path big = office.inbox.resolve("TH_MyXuan_phan_ky_chi_tieu.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20);
        }
        Office.settled(big);
        FileTime modified = Files.getLastModifiedTime(big);

        assertThat(office.run()).isZero();

        CSVRecord row = Office.csv(office.lastRunFolder().resolve("files.csv")).stream()
                .filter(r -> r.get("file").equals(big.getFileName().toString())).findFirst().orElseThrow();
        assertThat(row.get("outcome")).isEqualTo("OVERSIZED");
        assertThat(row.get("reason")).startsWith("Tệp quá lớn (200,0 MB, giới hạn 20 MB).");
        assertThat(row.get("size_bytes")).isEqualTo(String.valueOf(200L << 20));
        try (Stream<Path> archived = Files.walk(office.archive)) {
            // the bytes archived; beside them, the receipts noted (ArchiveReceipts), the big file's too
            assertThat(archived.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")))
                    .extracting(p -> p.getFileName().toString()).containsExactly("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        }
        assertThat(Files.size(big)).isEqualTo(200L << 20);
        assertThat(Files.getLastModifiedTime(big)).isEqualTo(modified);

        assertThat(office.run()).isZero();
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isEqualTo(2);
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM submission WHERE outcome = 'OVERSIZED'",
                Integer.class)).isEqualTo(1);
    }
}
