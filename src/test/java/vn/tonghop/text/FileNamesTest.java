package vn.tonghop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    private static final String E = "ệ"; // 3 bytes in UTF-8

    @Test
    void aNameThatFitsIsLeftAlone() {
        String name = E.repeat(83) + ".xlsx"; // 249 + 5 = 254 bytes
        assertThat(FileNames.cap(name)).isSameAs(name);
        assertThat(FileNames.cap("bảng.xlsx", 200)).isEqualTo("bảng.xlsx");
    }

    @Test
    void aLongVietnameseNameIsCutInBytesKeepingItsExtension() {
        String name = E.repeat(200) + ".xlsx"; // 605 bytes
        String capped = FileNames.cap(name);

        assertThat(bytes(capped)).isLessThanOrEqualTo(255).isGreaterThan(250);
        assertThat(capped).endsWith(".xlsx").startsWith(E.repeat(80)).matches(E + "+~[0-9a-f]{8}\\.xlsx");
        assertThat(FileNames.cap(name)).as("the same name, the same result").isEqualTo(capped);
        assertThat(FileNames.utf8Length(capped)).isEqualTo(bytes(capped));
    }

    @Test
    void twoLongNamesDifferingAtTheEndStayTwoNames() {
        String a = "87715001_gop-y_" + E.repeat(83) + "a.xlsx";
        String b = "87715001_gop-y_" + E.repeat(83) + "b.xlsx";
        assertThat(FileNames.cap(a)).isNotEqualTo(FileNames.cap(b));
        assertThat(bytes(FileNames.cap(a))).isLessThanOrEqualTo(255);
    }

    @Test
    void neverSplitsALetterFromItsMarks() {
        // decomposed, as macOS writes names: e + dot below + circumflex, 5 bytes per letter
        String nfd = Normalizer.normalize(E, Normalizer.Form.NFD).repeat(60) + ".xls";
        String capped = FileNames.cap(nfd, 100);
        String base = capped.substring(0, capped.indexOf('~'));
        assertThat(bytes(capped)).isLessThanOrEqualTo(100);
        assertThat(base.length() % 3).isZero(); // whole letters only
        assertThat(Normalizer.normalize(base, Normalizer.Form.NFC)).matches(E + "+");
        // code points outside the BMP are never cut in half either
        String emoji = "😀".repeat(100) + ".xlsx";
        assertThat(FileNames.cap(emoji, 50)).matches("(😀)+~[0-9a-f]{8}\\.xlsx");
    }

    @Test
    void aLongTailAfterTheLastDotIsNoExtension() {
        String name = "bao cao." + E.repeat(100);
        String capped = FileNames.cap(name, 60);
        assertThat(bytes(capped)).isLessThanOrEqualTo(60);
        assertThat(capped).startsWith("bao cao.").matches(".*~[0-9a-f]{8}");
    }

    @Test
    void theCappedNameCanBeCreatedWhereTheWholeOneCannot(@TempDir Path dir) throws Exception {
        String name = "87715001_gop-y_" + E.repeat(83) + ".xlsx";
        assertThat(bytes(name)).isGreaterThan(255);
        Path file = Files.writeString(dir.resolve(FileNames.cap(name, FileNames.MAX_OUTPUT_BYTES)), "x");
        assertThat(file).exists();
        // the temporary name an output is written under first still fits
        Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
