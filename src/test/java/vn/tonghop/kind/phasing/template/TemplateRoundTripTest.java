package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.GeneratedTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The acceptance: templates generated from the sample registry, filled the way a clerk
 * would, read and checked with zero findings; a changed quota, a value typed into a locked area (the
 * protection removed first), an older template version are each flagged.
 */
class TemplateRoundTripTest {

    static final String PHU_LOC = "87715001";

    @TempDir
    static Path dir;
    static TemplateFixture fx;
    static Clerk clerk;
    static List<GeneratedTemplate> all;

    @BeforeAll
    static void generate() throws Exception {
        fx = new TemplateFixture();
        clerk = new Clerk(fx.catalogue);
        all = fx.generator().generate("SGD-DT", Files.createDirectories(dir.resolve("templates")));
    }

    @Test
    void everyTemplateFilledByAClerkIsReadWithoutAFinding() throws Exception {
        assertThat(all).hasSize(fx.registry.units().size());
        for (GeneratedTemplate t : all) {
            boolean own = !fx.registry.childrenOf(t.unit().code()).isEmpty();
            Path filled = clerk.fill(t.file(), dir.resolve("filled-" + t.file().getFileName()), own, null);
            Submission s = fx.reader.read(filled);
            assertThat(s.outcome()).as(t.unit().code() + ": " + s.reason()).isEqualTo(FileOutcome.READ);
            assertThat(s.unitCode()).isEqualTo(t.unit().code());
            assertThat(s.templateVersion()).isEqualTo(TemplateFixture.VERSION);
            assertThat(s.period()).isEqualTo("2022-2025");
            assertThat(s.currentYear()).isEqualTo(2023);
            assertThat(s.notes()).as(t.unit().code()).isEmpty();
            // 22 indicators × (current, own target, 4 years), quota columns: 2 in sections I–II, 1 in III
            assertThat(s.facts()).as(t.unit().code()).hasSize(22 * 6 + 19 * 2 + 3)
                    .filteredOn(f -> !f.measure().code().startsWith("target_") || f.measure().code().equals("target_unit"))
                    .allSatisfy(f -> assertThat(f.value().isEmpty()).as(f.cell()).isFalse());
            assertThat(fx.validator().validate(s)).as(t.unit().code()).isEmpty();
        }
    }

    @Test
    void textTypedWithADecimalCommaIsReadAsTheNumber() throws Exception {
        Path filled = clerk.fill(template(PHU_LOC), dir.resolve("comma.xlsx"), false, null);
        Submission s = fx.reader.read(filled);
        var fact = s.facts().stream().filter(f -> "TW.1.a".equals(f.indicatorCode())
                && f.measure().code().equals("current")).findFirst().orElseThrow();
        assertThat(fact.value().raw()).isEqualTo("99,2");
        assertThat(fact.value().number()).isEqualByComparingTo("99.2");
        assertThat(fact.value().isFlagged()).isFalse();
    }

    @Test
    void aChangedQuotaIsAQuotaMismatchOnce() throws Exception {
        Path filled = clerk.fill(template(PHU_LOC), dir.resolve("quota.xlsx"), false, wb -> {
            XSSFSheet sh = unprotected(wb);
            cellOf(sh, "Tỷ lệ trẻ 06 tuổi vào lớp 1", 5).setCellValue("99,9"); // Huyện: 99,80 officially
        });
        List<Finding> found = fx.validator().validate(fx.reader.read(filled));
        assertThat(found).extracting(Finding::rule, Finding::cell, Finding::raw)
                .containsExactly(tuple("QUOTA_MISMATCH", "F11", "99,9"));
    }

    @Test
    void aValueTypedIntoALockedAreaIsFoundEvenWithoutTheProtection() throws Exception {
        Path filled = clerk.fill(template(PHU_LOC), dir.resolve("locked.xlsx"), false, wb -> {
            XSSFSheet sh = unprotected(wb);
            cellOf(sh, "Tỷ lệ đi học đúng độ tuổi", 11).setCellValue("số liệu của tổ 1"); // beside the table
            cellOf(sh, "Trường đạt chuẩn quốc gia", 2).setCellValue("ĐV"); // ĐVT was %
            cellOf(sh, "Đổi mới về quản lý giáo dục", 4).setCellValue(2); // no quota set: empty and locked
        });
        Submission s = fx.reader.read(filled);
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        List<Finding> found = fx.validator().validate(s);
        assertThat(found).filteredOn(f -> f.rule().equals("LOCKED_CELL_CHANGED"))
                .extracting(Finding::cell, Finding::severity, Finding::raw)
                .containsExactly(tuple("L10", Severity.ERROR, "số liệu của tổ 1"), tuple("C13", Severity.ERROR, "ĐV"),
                        tuple("E40", Severity.ERROR, "2"));
        assertThat(found).filteredOn(f -> f.rule().equals("LOCKED_CELL_CHANGED")).first()
                .satisfies(f -> assertThat(f.message()).contains("Ô L10", "vùng đã khóa", "«số liệu của tổ 1»"));
        assertThat(found).filteredOn(f -> f.cell().equals("C13")).first()
                .satisfies(f -> assertThat(f.message()).contains("ghi sẵn «%»", "sửa thành «ĐV»"));
    }

    @Test
    void rowsInsertedAreOneNoteAboutTheLayout() throws Exception {
        Path filled = clerk.fill(template(PHU_LOC), dir.resolve("shifted.xlsx"), false, wb -> {
            XSSFSheet sh = unprotected(wb);
            sh.shiftRows(20, sh.getLastRowNum(), 1);
        });
        List<Finding> found = fx.validator().validate(fx.reader.read(filled));
        assertThat(found).filteredOn(f -> f.rule().equals("LOCKED_CELL_CHANGED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Bố cục của mẫu đã bị thay đổi", "chèn hoặc xóa dòng"));
    }

    @Test
    void theStampedUnitWinsOverAnEditedTitle() throws Exception {
        Path filled = clerk.fill(template(PHU_LOC), dir.resolve("title.xlsx"), false, wb -> {
            XSSFSheet sh = unprotected(wb);
            sh.getRow(2).getCell(0).setCellValue("(Kèm theo Kế hoạch của Trường Tiểu học Bình Minh)");
        });
        Submission s = fx.reader.read(filled);
        assertThat(s.unitCode()).isEqualTo(PHU_LOC);
        assertThat(fx.validator().validate(s)).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple("LOCKED_CELL_CHANGED", "A3"));
    }

    @Test
    void aFileFromAnOlderTemplateVersionIsReadAndFlagged() throws Exception {
        Path old = fx.generator("2023.0").generate(PHU_LOC, Files.createDirectories(dir.resolve("old"))).get(0).file();
        Submission s = fx.reader.read(clerk.fill(old, dir.resolve("old-filled.xlsx"), false, null));
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(s.facts()).isNotEmpty();
        assertThat(fx.validator().validate(s)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TEMPLATE_OUTDATED");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.raw()).isEqualTo("2023.0");
            assertThat(f.message()).contains("phiên bản «2023.0»", "cũ hơn", "«2023.1»");
        });
    }

    @Test
    void aWorkbookThatIsNoTemplateHasNoTemplateVersion() {
        Submission s = fx.reader.read(Path.of("sample-workbooks/TH_PhuLoc_phan_ky_chi_tieu.xlsx"));
        assertThat(s.templateVersion()).isNull();
        assertThat(fx.validator().validate(s)).isEmpty();
    }

    static Path template(String code) {
        return all.stream().filter(t -> t.unit().code().equals(code)).findFirst().orElseThrow().file();
    }

    /** What a clerk does first to type over a locked cell. */
    static XSSFSheet unprotected(XSSFWorkbook wb) {
        XSSFSheet sh = wb.getSheet(TableSheet.NAME);
        sh.protectSheet(null);
        assertThat(sh.getProtect()).isFalse();
        return sh;
    }

    /** A cell of the row whose name (column B) is {@code name}, created when absent. */
    static Cell cellOf(XSSFSheet sh, String name, int col) {
        for (Row row : sh) {
            Cell b = row.getCell(1);
            if (b != null && b.getStringCellValue().equals(name)) {
                Cell c = row.getCell(col);
                return c == null ? row.createCell(col) : c;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
