package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.GeneratedTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/**
 * The template's slot for the plan's number and date is read back: the clerk types the number and a date
 * (Excel keeps it as a date) into the two input cells beside «Kế hoạch số» and «ngày»; left empty, the
 * table simply cites no plan, without a finding.
 */
class TemplatePlanReferenceTest {

    @TempDir
    Path dir;

    @Test
    void theNumberAndDateTypedIntoTheTemplateAreFactsOfTheTable() throws Exception {
        TemplateFixture fx = new TemplateFixture();
        List<GeneratedTemplate> all = fx.generator().generate("PGD-ST", Files.createDirectories(dir.resolve("t")));
        Path template = all.stream().filter(t -> t.unit().code().equals("87715001")).findFirst().orElseThrow().file();
        Clerk clerk = new Clerk(fx.catalogue);

        Path filled = clerk.fill(template, dir.resolve("filled.xlsx"), false, wb -> {
            XSSFSheet sh = wb.getSheet(TableSheet.NAME);
            Row row = planRow(sh);
            row.getCell(2).setCellValue("125 / KH-THPL");
            row.getCell(5).setCellValue(LocalDate.of(2023, 9, 15)); // Excel took the typed date as a date
        });
        Submission s = fx.reader.read(filled);
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        assertThat(value(s, MeasureKind.PLAN_NUMBER)).isEqualTo("125/KH-THPL");
        assertThat(value(s, MeasureKind.PLAN_DATE)).isEqualTo("2023-09-15");
        assertThat(fx.validator().validate(s)).isEmpty();

        Path blank = clerk.fill(template, dir.resolve("blank.xlsx"), false, null);
        Submission none = fx.reader.read(blank);
        assertThat(value(none, MeasureKind.PLAN_NUMBER)).isNull();
        assertThat(value(none, MeasureKind.PLAN_DATE)).isNull();
        assertThat(fx.validator().validate(none)).isEmpty();
    }

    private static Row planRow(XSSFSheet sh) {
        for (Row row : sh) {
            Cell label = row.getCell(1);
            if (label != null && "Kế hoạch số".equals(label.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no «Kế hoạch số» row");
    }

    private static String value(Submission s, MeasureKind kind) {
        return s.facts().stream().filter(f -> f.measure().kind() == kind).map(Fact::value)
                .map(v -> v.normalized()).findFirst().orElse(null);
    }
}
