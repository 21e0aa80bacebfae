package vn.tonghop.kind.phasing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.PoiCellSource;
import vn.tonghop.reading.StreamedXlsx;

/** A province's lines name thousands of schools: longer than a cell holds, they still go up whole. */
class NodeTableSheetTest {

    @TempDir
    Path dir;

    /** A line as long as a province of some 3,000 schools makes: each school's code, name and values. */
    private static String provinceLine(int schools) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < schools; i++) {
            b.append("*8761").append(String.format("%04d", i)).append("*Trường Tiểu học Tân Thành số ").append(i)
                    .append("*current*96,67*target_unit*99,8");
        }
        return b.toString();
    }

    private Path written(NodeTableSheet sheet) throws Exception {
        Path file = dir.resolve("PGD.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Bảng");
            sheet.writeTo(wb);
            wb.write(out);
        }
        return file;
    }

    @Test
    void aLineLongerThanACellIsReadBackWholeByBothReaders() throws Exception {
        String units = provinceLine(3_000);
        assertThat(units.length()).isGreaterThan(3 * 32_767);
        NodeTableSheet sheet = new NodeTableSheet("SGD", "Sở GD&ĐT Đồng Tháp", "tinh",
                List.of(new NodeTableSheet.Entry("TW.1.b", provinceLine(1_000), null),
                        new NodeTableSheet.Entry("TW.1.c", "u*12*r*12", null)),
                new NodeTableSheet.Entry("", units, null));
        Path file = written(sheet);

        NodeTableSheet byUserModel;
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            byUserModel = NodeTableSheet.readFrom(new PoiCellSource(wb));
        }
        NodeTableSheet streamed;
        try (StreamedXlsx xlsx = StreamedXlsx.open(file.toFile())) {
            streamed = NodeTableSheet.readFrom(xlsx);
        }
        for (NodeTableSheet read : List.of(byUserModel, streamed)) {
            assertThat(read.unitCode()).isEqualTo("SGD");
            assertThat(read.units().line()).isEqualTo(units);
            assertThat(read.basis()).extracting(NodeTableSheet.Entry::indicatorCode).containsExactly("TW.1.b", "TW.1.c");
            assertThat(read.basis().get(0).line()).isEqualTo(provinceLine(1_000));
            assertThat(read.basis().get(1).line()).isEqualTo("u*12*r*12");
        }
    }

    @Test
    void aLineLongerThanTheSheetCanHoldIsLeftOutAndTheRestStays() throws Exception {
        NodeTableSheet sheet = new NodeTableSheet("BO", "Bộ GD&ĐT", "bo",
                List.of(new NodeTableSheet.Entry("TW.1.b", "u*12*r*12", null)),
                new NodeTableSheet.Entry("", provinceLine(60_000), null));

        NodeTableSheet read;
        try (XSSFWorkbook wb = new XSSFWorkbook(written(sheet).toFile())) {
            read = NodeTableSheet.readFrom(new PoiCellSource(wb));
        }

        assertThat(read.units().line()).isEmpty();
        assertThat(read.basis().get(0).line()).isEqualTo("u*12*r*12");
    }
}
