package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;

/**
 * A district or a cluster of schools sends one workbook with a sheet per school: each sheet that names
 * its own school becomes that school's document, read value for value as the school's own file.
 */
class SeveralUnitsWorkbookTest {

    @TempDir
    Path dir;

    final SubmissionReader reader = SampleOffice.reader();

    @Test
    void aSheetPerSchoolIsOneDocumentPerSchoolReadAsItsOwnFile() throws IOException {
        // the samples whose table names its school (copied under a name that names none)
        Map<String, Submission> alone = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            int n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                Path neutral = Files.copy(f, dir.resolve("bang-" + n++ + ".xlsx"));
                Submission s = reader.read(neutral);
                if (s.outcome() == FileOutcome.READ && !s.sheets().contains(",") && !alone.containsKey(s.unitCode())) {
                    alone.put(s.unitCode(), s);
                    sources.put(s.unitCode(), f);
                }
            }
        }
        assertThat(alone).hasSizeGreaterThanOrEqualTo(3);

        Path together = dir.resolve("PGD_cum_truong.xlsx");
        try (Workbook out = new XSSFWorkbook()) {
            for (Map.Entry<String, Path> e : sources.entrySet()) {
                try (Workbook in = WorkbookFactory.create(e.getValue().toFile(), null, true)) {
                    copy(in.getSheet(alone.get(e.getKey()).sheets()), out.createSheet("Trường " + e.getKey()));
                }
            }
            try (OutputStream os = Files.newOutputStream(together)) {
                out.write(os);
            }
        }

        List<Submission> documents = reader.readDocuments(together);

        assertThat(documents).extracting(Submission::outcome).containsOnly(FileOutcome.READ);
        assertThat(documents).extracting(Submission::unitCode).containsExactlyElementsOf(alone.keySet());
        for (Submission d : documents) {
            Submission own = alone.get(d.unitCode());
            assertThat(d.sheets()).isEqualTo("Trường " + d.unitCode());
            assertThat(d.kind()).isEqualTo("phasing");
            assertThat(d.period()).isEqualTo(own.period());
            assertThat(d.currentYear()).isEqualTo(own.currentYear());
            assertThat(values(d)).as(d.unitCode()).isEqualTo(values(own)).isNotEmpty();
            assertThat(d.notes()).extracting(n -> n.code() + " " + n.cell())
                    .isEqualTo(own.notes().stream().map(n -> n.code() + " " + n.cell()).toList());
        }
    }

    @Test
    void aSchoolsTableWithASheetTitledWithItsDistrictStaysTheSchools() throws IOException {
        Path file = dir.resolve("bang.xlsx");
        Path sample = Path.of("sample-workbooks/TH_AnHoa_phan_ky_chi_tieu.xlsx");
        Submission alone = reader.read(Files.copy(sample, dir.resolve("mot.xlsx")));
        try (Workbook out = new XSSFWorkbook();
             Workbook in = WorkbookFactory.create(sample.toFile(), null, true)) {
            copy(in.getSheet(alone.sheets()), out.createSheet("Trường"));
            Sheet district = out.createSheet("Phòng");
            copy(in.getSheet(alone.sheets()), district);
            // the second sheet's title names the school's district, not a school
            for (Row r : district) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().contains("Trường")) {
                        c.setCellValue("Kèm theo Kế hoạch của Phòng Giáo dục và Đào tạo Sông Trà");
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                out.write(os);
            }
        }

        List<Submission> documents = reader.readDocuments(file);

        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).unitCode()).isEqualTo(alone.unitCode());
        assertThat(documents.get(0).sheets()).isEqualTo("Trường, Phòng");
    }

    /** Each fact as the school's own file gives it, its cell without the sheet's name. */
    private static List<String> values(Submission s) {
        List<String> out = new ArrayList<>();
        for (Fact f : s.facts()) {
            out.add(f.unitCode() + "|" + f.indicatorCode() + "|" + f.rowName() + "|" + f.measure() + "|"
                    + f.value().raw() + "|" + f.value().normalized() + "|" + f.value().kind() + "|"
                    + f.value().flags() + "|" + f.cell().substring(f.cell().lastIndexOf('!') + 1));
        }
        return out;
    }

    /** Values, number formats and merged cells: what the reader sees of a sheet. */
    private static void copy(Sheet from, Sheet to) {
        Workbook wb = to.getWorkbook();
        Map<String, CellStyle> formats = new LinkedHashMap<>();
        for (Row r : from) {
            Row row = to.createRow(r.getRowNum());
            for (Cell c : r) {
                Cell cell = row.createCell(c.getColumnIndex());
                String format = c.getCellStyle().getDataFormatString();
                cell.setCellStyle(formats.computeIfAbsent(format, f -> {
                    CellStyle st = wb.createCellStyle();
                    st.setDataFormat(wb.createDataFormat().getFormat(f));
                    return st;
                }));
                switch (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? c.getCachedFormulaResultType()
                        : c.getCellType()) {
                    case NUMERIC -> cell.setCellValue(c.getNumericCellValue());
                    case STRING -> cell.setCellValue(c.getStringCellValue());
                    case BOOLEAN -> cell.setCellValue(c.getBooleanCellValue());
                    default -> {
                    }
                }
            }
        }
        for (CellRangeAddress merged : from.getMergedRegions()) {
            to.addMergedRegion(merged.copy());
        }
    }
}
