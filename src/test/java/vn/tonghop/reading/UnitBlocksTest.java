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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;

/**
 * A district or a cluster of schools pastes its schools' tables into one sheet, one under another, each
 * under its own title naming the school: each block becomes that school's document, read value for value
 * as the school's own file (the sample tables, made from the seed's), its cells where the clerk sees them.
 */
class UnitBlocksTest {

    /** Blank rows between two schools' blocks. */
    private static final int GAP = 2;

    @TempDir
    Path dir;

    final SubmissionReader reader = SampleOffice.reader();

    @Test
    void schoolsTablesOneUnderAnotherOnOneSheetAreOneDocumentEachReadAsTheirOwnFiles() throws IOException {
        // the samples whose one-sheet table names its school (copied under a name that names none)
        Map<String, Submission> alone = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            int n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                Submission s = reader.read(Files.copy(f, dir.resolve("bang-" + n++ + ".xlsx")));
                if (s.outcome() == FileOutcome.READ && !s.sheets().contains(",") && !alone.containsKey(s.unitCode())) {
                    alone.put(s.unitCode(), s);
                    sources.put(s.unitCode(), f);
                }
            }
        }
        assertThat(alone).hasSizeGreaterThanOrEqualTo(3);

        Path together = dir.resolve("PGD_mot_trang.xlsx");
        Map<String, Integer> offsets = new LinkedHashMap<>();
        try (Workbook out = new XSSFWorkbook()) {
            Sheet sheet = out.createSheet("Các trường");
            int offset = 0;
            for (Map.Entry<String, Path> e : sources.entrySet()) {
                try (Workbook in = WorkbookFactory.create(e.getValue().toFile(), null, true)) {
                    offsets.put(e.getKey(), offset);
                    offset = copy(in.getSheet(alone.get(e.getKey()).sheets()), sheet, offset) + 1 + GAP;
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
            int offset = offsets.get(d.unitCode());
            assertThat(d.sheets()).isEqualTo("Các trường");
            assertThat(d.kind()).isEqualTo("phasing");
            assertThat(d.period()).isEqualTo(own.period());
            assertThat(d.currentYear()).isEqualTo(own.currentYear());
            assertThat(values(d, 0)).as(d.unitCode()).isEqualTo(values(own, offset)).isNotEmpty();
            assertThat(d.notes()).extracting(n -> n.code() + " " + n.cell())
                    .isEqualTo(own.notes().stream().map(n -> n.code() + " " + shifted(n.cell(), offset)).toList());
        }
    }

    @Test
    void aLineNamingAnotherSchoolUnderASchoolsTableDoesNotCutIt() throws IOException {
        Path sample = Path.of("sample-workbooks/TH_AnHoa_phan_ky_chi_tieu.xlsx");
        Submission alone = reader.read(Files.copy(sample, dir.resolve("mot.xlsx")));
        Path file = dir.resolve("hai.xlsx");
        try (Workbook out = new XSSFWorkbook();
             Workbook in = WorkbookFactory.create(sample.toFile(), null, true)) {
            Sheet sheet = out.createSheet(alone.sheets());
            int last = copy(in.getSheet(alone.sheets()), sheet, 0);
            // a note naming another school, then a list unlike the table: no second block
            sheet.createRow(last + 2).createCell(0).setCellValue("Đối chiếu số liệu với Trường Tiểu học Phú Lộc");
            Row list = sheet.createRow(last + 3);
            for (String s : new String[] {"STT", "Họ và tên", "Chức vụ", "Ghi chú"}) {
                list.createCell(list.getPhysicalNumberOfCells()).setCellValue(s);
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                out.write(os);
            }
        }

        List<Submission> documents = reader.readDocuments(file);

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.unitCode()).isEqualTo(alone.unitCode());
            assertThat(values(d, 0)).containsAll(values(alone, 0)); // and the lines under the table, as rows
        });
    }

    /** Each fact as the school's own file gives it, its cell moved down by {@code offset} rows. */
    private static List<String> values(Submission s, int offset) {
        List<String> out = new ArrayList<>();
        for (Fact f : s.facts()) {
            out.add(f.unitCode() + "|" + f.indicatorCode() + "|" + f.rowName() + "|" + f.measure() + "|"
                    + f.value().raw() + "|" + f.value().normalized() + "|" + f.value().kind() + "|"
                    + f.value().flags() + "|" + shifted(f.cell().substring(f.cell().lastIndexOf('!') + 1), offset));
        }
        return out;
    }

    private static String shifted(String ref, int offset) {
        if (offset == 0 || ref == null || ref.isEmpty()) {
            return ref;
        }
        CellReference c = new CellReference(ref);
        return new CellReference(c.getRow() + offset, c.getCol()).formatAsString(false);
    }

    /** Values, number formats and merged cells, {@code offset} rows down; returns the last row written. */
    private static int copy(Sheet from, Sheet to, int offset) {
        Workbook wb = to.getWorkbook();
        Map<String, CellStyle> formats = new LinkedHashMap<>();
        int last = offset;
        for (Row r : from) {
            Row row = to.createRow(r.getRowNum() + offset);
            last = Math.max(last, row.getRowNum());
            for (Cell c : r) {
                Cell cell = row.createCell(c.getColumnIndex());
                String format = c.getCellStyle().getDataFormatString();
                cell.setCellStyle(formats.computeIfAbsent(format, f -> {
                    CellStyle st = wb.createCellStyle();
                    st.setDataFormat(wb.createDataFormat().getFormat(f));
                    return st;
                }));
                switch (c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType()) {
                    case NUMERIC -> cell.setCellValue(c.getNumericCellValue());
                    case STRING -> cell.setCellValue(c.getStringCellValue());
                    case BOOLEAN -> cell.setCellValue(c.getBooleanCellValue());
                    default -> {
                    }
                }
            }
        }
        for (CellRangeAddress merged : from.getMergedRegions()) {
            to.addMergedRegion(new CellRangeAddress(merged.getFirstRow() + offset, merged.getLastRow() + offset,
                    merged.getFirstColumn(), merged.getLastColumn()));
        }
        return last;
    }
}
