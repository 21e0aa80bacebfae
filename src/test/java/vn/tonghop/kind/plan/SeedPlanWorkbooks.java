package vn.tonghop.kind.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;

/**
 * Seeds {@code 001_…} and {@code 002_…} (quality improvement plans) cell for cell, as a Word-to-Excel copy
 * gives them: {@code src/test/resources/plan/seed-00N.tsv} is the seed's text from its number line (001) or
 * title (002) to the end of the table, each line a row, each tab a column, blank lines kept (the page breaks
 * inside rows 1.6, 3.5 and 5.2 of 001 included), leftover {@code <p>} markup kept; the one person's name in
 * 001's table is replaced by an invented one. Every cell is a text cell, as typed.
 */
final class SeedPlanWorkbooks {

    static final Path SEED_001 = Path.of("src/test/resources/plan/seed-001.tsv");
    static final Path SEED_002 = Path.of("src/test/resources/plan/seed-002.tsv");
    static final String SHEET = "Kế hoạch";

    private SeedPlanWorkbooks() {
    }

    /** The sample registry with the seeds' two schools (001: lower secondary, 002: preschool) under PGD-ST. */
    static UnitRegistry registry() {
        List<Unit> units = new ArrayList<>(UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv")).units());
        units.add(new Unit("87715101", "Trường THCS xã Thanh Xương", "truong", "PGD-ST", null, null));
        units.add(new Unit("87715102", "Trường Mầm non xã Hua Thanh", "truong", "PGD-ST", null, null));
        return new UnitRegistry(units);
    }

    static Workbook workbook(Path tsv) throws IOException {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(SHEET);
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = lines.get(r).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
        return wb;
    }

    static Path write(Path tsv, Path file) throws IOException {
        try (Workbook wb = workbook(tsv); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
