package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Unit;
import vn.tonghop.text.FileNames;

/** The folder {@code theo-huyen/<code>_<name>} of a district whose registry name is hostile to file systems. */
class DistrictFolderNameTest {

    @TempDir
    Path tmp;

    @Test
    void separatorsAndReservedCharactersBecomeUnderscores() throws Exception {
        String name = RunOutputs.districtFolderName(district("PGD/01", "Phòng GD&ĐT: huyện \"Tân/Hồng\"?\t*<>|\\"));

        assertThat(name).isEqualTo("PGD_01_Phòng GD&ĐT_ huyện _Tân_Hồng________");
        assertThat(Files.createDirectory(tmp.resolve(name))).isDirectory();
    }

    @Test
    void aLongNameIsCappedAndTwoLongNamesStayTwoFolders() throws Exception {
        String longName = "Phòng Giáo dục và Đào tạo huyện Tân Hồng tỉnh Đồng Tháp ".repeat(6);
        String a = RunOutputs.districtFolderName(district("PGD-TH", longName + "một"));
        String b = RunOutputs.districtFolderName(district("PGD-TH", longName + "hai"));

        assertThat(FileNames.utf8Length(a)).isLessThanOrEqualTo(FileNames.MAX_OUTPUT_BYTES);
        assertThat(a).startsWith("PGD-TH_Phòng Giáo dục").isNotEqualTo(b);
        assertThat(Files.createDirectory(tmp.resolve(a))).isDirectory();
    }

    private static Unit district(String code, String name) {
        return new Unit(code, name, "huyen", "SGD-DT", "", null);
    }
}
