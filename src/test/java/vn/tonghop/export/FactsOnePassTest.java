package vn.tonghop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.store.FactStore;
import vn.tonghop.store.StoredFact;

/**
 * {@code facts.csv} and {@code facts.xlsx} from one pass over the stored facts: the store is asked once,
 * both files have the same lines in the store's order, and text a school typed that looks like a formula
 * stays text in both.
 */
class FactsOnePassTest {

    static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    /** A store that gives fixed facts and counts how often it is read. */
    static final class Facts extends FactStore {
        final List<StoredFact> rows;
        int reads;

        Facts(List<StoredFact> rows) {
            super(null);
            this.rows = rows;
        }

        @Override
        public void forEachInRunScope(long runId, Consumer<StoredFact> sink) {
            reads++;
            rows.forEach(sink);
        }
    }

    static StoredFact fact(String unit, String code, String raw, String value, String comparator, String kind) {
        return new StoredFact(unit, code, "Dòng " + code, "current", raw, value, comparator, "'Phụ lục II'!D11",
                kind, "", unit + ".xlsx", SHA, "phasing");
    }

    /** A store of {@code n} plain numeric facts, a hundred a unit. */
    static Facts many(int n) {
        List<StoredFact> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(fact("U" + i / 100, "TW." + i % 100, "1", "1", "", "NUMBER"));
        }
        return new Facts(rows);
    }

    @Test
    void bothFilesFromOneReadOfTheStoreWithTheSameLines() throws Exception {
        Facts store = new Facts(List.of(
                fact("U1", "TW.1.a", "92,7", "92.7", "", "NUMBER"),
                fact("U1", "TW.1.b", "=1+1", "=1+1", "", "TEXT"),
                fact("U1", "TW.1.c", "11/20", "11/20", "", "RANK"),
                fact("U2", "TW.1.a", "<0,2", "<0.2", "<", "PERCENT"),
                fact("U2", "", "+84 90 123", "+84 90 123", "", "TEXT"),
                fact("U2", "TW.2", "@SUM(A1)", "@SUM(A1)", "", "TEXT")));
        RowNames names = (kind, unit, code) -> "";
        FactsCsvExporter csv = new FactsCsvExporter(store, null, names, OutputFiles.DEFAULT);
        FactsWorkbookExporter xlsx = new FactsWorkbookExporter(store, names, OutputFiles.DEFAULT);

        long lines = csv.writeFacts(7, dir.resolve("facts.csv"), xlsx, dir.resolve("facts.xlsx"));

        assertThat(store.reads).as("the facts are read once for both files").isEqualTo(1);
        assertThat(lines).isEqualTo(6);
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(dir.resolve("facts.csv"), StandardCharsets.UTF_8)) {
            r.skip(1); // the BOM
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(records).hasSize(6);
        assertThat(records.get(1).get("raw")).as("guarded for a spreadsheet").isEqualTo("'=1+1");
        try (Workbook wb = WorkbookFactory.create(dir.resolve("facts.xlsx").toFile(), null, true)) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getLastRowNum()).isEqualTo(6);
            for (int i = 0; i < records.size(); i++) {
                Row row = sh.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(records.get(i).get("unit_code"));
                assertThat(row.getCell(12).getStringCellValue()).isEqualTo(SHA);
            }
            assertThat(sh.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            for (int r : new int[] {2, 5, 6}) {
                Cell raw = sh.getRow(r).getCell(4);
                assertThat(raw.getCellType()).as("row %d: a text, never a formula", r).isEqualTo(CellType.STRING);
                assertThat(raw.getStringCellValue()).isEqualTo(store.rows.get(r - 1).raw());
            }
            assertThat(sh.getRow(3).getCell(5).getStringCellValue()).as("a rank stays text").isEqualTo("11/20");
            assertThat(sh.getRow(4).getCell(5).getStringCellValue()).as("a comparator's value, decimal comma")
                    .isEqualTo("<0,2");
        }
    }

    /** Beside the other outputs, the export gives up when they failed: nothing moved into place, nothing left. */
    @Test
    void askedToStopItGivesUpWithNeitherFileInPlaceNorAnyTemporaryFileLeft() throws Exception {
        Facts store = many(3000);
        RowNames names = (kind, unit, code) -> "";
        FactsCsvExporter csv = new FactsCsvExporter(store, null, names, OutputFiles.DEFAULT);
        FactsWorkbookExporter xlsx = new FactsWorkbookExporter(store, names, OutputFiles.DEFAULT);
        AtomicInteger asked = new AtomicInteger();

        // the other outputs fail while the first 1,024 facts are written
        assertThatThrownBy(() -> csv.writeFacts(7, dir.resolve("facts.csv"), xlsx, dir.resolve("facts.xlsx"),
                () -> asked.incrementAndGet() > 1)).isInstanceOf(CancellationException.class);

        assertThat(asked).as("asked as it went, not only at its start").hasValue(2);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * The workbook is written on a thread of its own: should it fail, the export fails with its failure, neither
     * file is in place, and the reading does not wait for it forever (far more lines than the hand-off holds).
     */
    @Test
    @Timeout(60)
    void aFailingWorkbookFailsTheExportWithNeitherFileInPlace() throws Exception {
        Facts store = many(50_000);
        RowNames names = (kind, unit, code) -> "";
        FactsCsvExporter csv = new FactsCsvExporter(store, null, names, OutputFiles.DEFAULT);
        AtomicInteger taken = new AtomicInteger();
        AtomicReference<Thread> writer = new AtomicReference<>();
        FactsWorkbookExporter failing = new FactsWorkbookExporter(store, names, OutputFiles.DEFAULT) {
            @Override
            long write(Consumer<Consumer<FactRow>> source, Path target) {
                writer.set(Thread.currentThread());
                source.accept(line -> {
                    if (taken.incrementAndGet() == 2000) {
                        throw new IllegalStateException("disk full");
                    }
                });
                return taken.get();
            }
        };

        assertThatThrownBy(() -> csv.writeFacts(7, dir.resolve("facts.csv"), failing, dir.resolve("facts.xlsx")))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        assertThat(taken).as("the workbook took lines until it failed").hasValue(2000);
        assertThat(writer.get()).as("on a thread of its own").isNotNull().isNotSameAs(Thread.currentThread());
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFullSheetContinuesOnTheNextWithItsHeaderFilterAndDimension() throws Exception {
        Facts store = new Facts(List.of(
                fact("U1", "TW.1.a", "1", "1", "", "NUMBER"),
                fact("U1", "TW.1.b", "=A1", "=A1", "", "TEXT"),
                fact("U2", "TW.1.a", "3", "3", "", "NUMBER"),
                fact("U2", "TW.1.b", "Tên chỉ tiêu rất dài " + "x".repeat(80), "bốn", "", "TEXT"),
                fact("U3", "TW.1.a", "5", "5", "", "NUMBER")));
        Path file = dir.resolve("split.xlsx");
        long lines = new FactsWorkbookExporter(store, (kind, unit, code) -> "", OutputFiles.DEFAULT, 2).write(7, file);

        assertThat(lines).isEqualTo(5);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Số liệu", "Số liệu (2)", "Số liệu (3)");
            int fact = 0;
            for (Sheet sh : wb) {
                var ct = ((org.apache.poi.xssf.usermodel.XSSFSheet) sh).getCTWorksheet();
                int rows = Math.min(2, 5 - fact);
                assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("unit_code");
                assertThat(sh.getRow(0).getCell(13).getStringCellValue()).isEqualTo("document");
                assertThat(wb.getFontAt(sh.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sh.getLastRowNum()).isEqualTo(rows);
                assertThat(ct.getDimension().getRef()).isEqualTo("A1:N" + (rows + 1));
                assertThat(ct.getAutoFilter().getRef()).isEqualTo("A1:N" + (Math.max(1, rows) + 1));
                assertThat(sh.getRepeatingRows()).isNotNull();
                for (int r = 1; r <= rows; r++) {
                    assertThat(sh.getRow(r).getCell(0).getStringCellValue()).isEqualTo(store.rows.get(fact++).unitCode());
                }
            }
            assertThat(fact).isEqualTo(5);
            Sheet second = wb.getSheetAt(1);
            assertThat(second.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(second.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(second.getRow(2).getHeightInPoints()).as("a long raw text wraps on several lines")
                    .isGreaterThanOrEqualTo(30f);
            assertThat(wb.getSheetAt(0).getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
