package vn.tonghop.kind.phasing.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.PlanHistorySource.Pair;
import vn.tonghop.store.PlanHistorySource.Table;
import vn.tonghop.value.ParsedValue;

/**
 * Outliers and jumps on the sample workbooks as read: the samples themselves have none (Sông Trà's schools
 * are close, Tân Hồng has one school, the 2024 tables move as planned); a clerk's decimal slip in one
 * school's file is the one value far from its district's, and a slip in a 2024 table the one jump.
 */
class OutliersOnSamplesTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");

    @TempDir
    static Path dir;

    static UnitRegistry registry;
    static IndicatorCatalogue catalogue;
    static SubmissionReader reader;
    static List<Submission> samples;

    @BeforeAll
    static void readTheSamples() throws IOException {
        registry = UnitRegistry.load(JOB.resolve("registry.csv"));
        catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
        reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        samples = readAll(Path.of("sample-workbooks"));
    }

    @Test
    void theSamplesHaveNoOutlierAndTheirSecondYearNoJump() throws IOException {
        assertThat(Outliers.amongPeers(reports(samples), registry, catalogue, OutlierSettings.defaults(),
                cells(samples))).isEmpty();
        assertThat(Outliers.jumps(pairs(readAll(Path.of("sample-workbooks-2024"))), registry, catalogue,
                OutlierSettings.defaults())).isEmpty();
    }

    @Test
    void aDecimalSlipInOneSchoolsFileIsFarFromItsDistrict() throws IOException {
        // Phú Lộc's clerk types 9,92 for 99,2 in "Tỷ lệ đi học đúng độ tuổi" (D9)
        Path slipped = edited(Path.of("sample-workbooks/TH_PhuLoc_phan_ky_chi_tieu.xlsx"), "Phụ lục II", "D9", 9.92);
        List<Submission> files = new ArrayList<>(samples.stream()
                .filter(s -> !s.fileName().equals("TH_PhuLoc_phan_ky_chi_tieu.xlsx")).toList());
        files.add(reader.read(slipped));

        List<Outliers.Outlier> found = Outliers.amongPeers(reports(files), registry, catalogue,
                OutlierSettings.defaults(), cells(files));

        assertThat(found).hasSize(1);
        Outliers.Outlier o = found.get(0);
        assertThat(o.unit().code()).isEqualTo("87715001");
        assertThat(o.node().code()).isEqualTo("PGD-ST");
        assertThat(o.indicator().code()).isEqualTo("TW.1.a");
        // Sông Trà's nine readable schools: median 99,2 (Phú Lộc's own value before the slip), MAD 0,2
        assertThat(o.reference()).isEqualByComparingTo("99.2");
        assertThat(o.score()).isEqualByComparingTo("-301.10");
        Finding f = Outliers.findings(found, OutlierSettings.defaults()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.rule()).isEqualTo("VALUE_OUTLIER");
        assertThat(f.sheet()).isEqualTo("Phụ lục II");
        assertThat(f.cell()).isEqualTo("D9");
        assertThat(f.message()).startsWith("«Tỷ lệ đi học đúng độ tuổi» (TW.1.a): hiện trạng 9,92 khác xa giá trị "
                + "của các đơn vị cùng thuộc Phòng Giáo dục và Đào tạo huyện Sông Trà (trung vị 99,2;");
    }

    @Test
    void aSlipInASecondYearTableIsAJumpFromTheFirst() throws IOException {
        // Bình Minh's 2024 table: T.4 "Triển khai … trên môi trường mạng" typed 6,00 for 60,00 (D37)
        Path slipped = edited(Path.of("sample-workbooks-2024/TH_BinhMinh_phan_ky_2024.xlsx"), "Biểu 02", "D37",
                "6,00");
        List<Submission> later = new ArrayList<>(readAll(Path.of("sample-workbooks-2024")).stream()
                .filter(s -> !s.fileName().equals("TH_BinhMinh_phan_ky_2024.xlsx")).toList());
        later.add(reader.read(slipped));

        List<Outliers.Outlier> jumps = Outliers.jumps(pairs(later), registry, catalogue, OutlierSettings.defaults());

        assertThat(jumps).hasSize(1);
        Outliers.Outlier o = jumps.get(0);
        assertThat(o.unit().code()).isEqualTo("87715002");
        assertThat(o.indicator().code()).isEqualTo("T.4");
        assertThat(o.reference()).isEqualByComparingTo("55"); // its 2023 table's current value
        assertThat(o.score()).isEqualByComparingTo("-0.89");
        Finding f = Outliers.findings(jumps, OutlierSettings.defaults()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.rule()).isEqualTo("VALUE_JUMP");
        assertThat(f.sheet()).isEqualTo("Biểu 02");
        assertThat(f.cell()).isEqualTo("D37");
        assertThat(f.message()).contains("hiện trạng 6 giảm 89 % so với phiên bản trước của đơn vị (55)");
    }

    @Test
    void theSheetListsEachValueYellowWithWhatItIsComparedWith() throws IOException {
        Path slipped = edited(Path.of("sample-workbooks/TH_PhuLoc_phan_ky_chi_tieu.xlsx"), "Phụ lục II", "D9", 9.92);
        List<Submission> files = new ArrayList<>(samples.stream()
                .filter(s -> !s.fileName().equals("TH_PhuLoc_phan_ky_chi_tieu.xlsx")).toList());
        files.add(reader.read(slipped));
        List<Outliers.Outlier> all = new ArrayList<>(Outliers.amongPeers(reports(files), registry, catalogue,
                OutlierSettings.defaults(), cells(files)));
        Path later = edited(Path.of("sample-workbooks-2024/TH_BinhMinh_phan_ky_2024.xlsx"), "Biểu 02", "D37", "6,00");
        all.addAll(Outliers.jumps(pairs(List.of(reader.read(later))), registry, catalogue, OutlierSettings.defaults()));

        Path out = dir.resolve("gia-tri-bat-thuong.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            OutlierSheet.write(wb, new vn.tonghop.report.ReportStyles(wb), all);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            var sh = wb.getSheet(OutlierSheet.NAME);
            assertThat(sh.getLastRowNum()).isEqualTo(2);
            var peers = sh.getRow(1);
            assertThat(peers.getCell(0).getStringCellValue()).isEqualTo("87715001");
            assertThat(peers.getCell(3).getStringCellValue()).isEqualTo("TW.1.a");
            assertThat(peers.getCell(6).getNumericCellValue()).isEqualTo(9.92);
            assertThat(peers.getCell(7).getNumericCellValue()).isEqualTo(99.2);
            assertThat(peers.getCell(8).getStringCellValue()).isEqualTo("z = -301,1");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) peers.getCell(6).getCellStyle()
                    .getFillForegroundColorColor()).getARGBHex()).endsWith(vn.tonghop.report.ReportStyles.Fill.WARNING.hex());
            var jump = sh.getRow(2);
            assertThat(jump.getCell(3).getStringCellValue()).isEqualTo("T.4");
            assertThat(jump.getCell(7).getNumericCellValue()).isEqualTo(55.0);
            assertThat(jump.getCell(8).getStringCellValue()).isEqualTo("-89 %");
        }
    }

    private static List<Pair> pairs(List<Submission> later) {
        List<Pair> out = new ArrayList<>();
        for (Submission s : later) {
            Submission earlier = samples.stream().filter(e -> e.unitCode().equals(s.unitCode())).findFirst()
                    .orElseThrow();
            out.add(new Pair(new Table(2, s.unitCode(), s.fileName(), 2024, 2, s.facts()),
                    new Table(1, earlier.unitCode(), earlier.fileName(), 2023, 1, earlier.facts())));
        }
        return out;
    }

    private static Path edited(Path original, String sheet, String ref, Object value) throws IOException {
        Path copy = dir.resolve(original.getFileName());
        try (InputStream in = Files.newInputStream(original); Workbook wb = WorkbookFactory.create(in)) {
            org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
            var cell = wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
            if (value instanceof Double d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue((String) value);
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }

    private static List<Submission> readAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted()
                    .map(reader::read).filter(s -> s.outcome() == FileOutcome.READ).toList();
        }
    }

    /** The cell of each current value as read, as the store gives it in a run. */
    private static Outliers.CellsOf cells(List<Submission> read) {
        return places -> {
            Map<ValuePlace, String> out = new HashMap<>();
            for (ValuePlace p : places) {
                read.stream().filter(s -> s.unitCode().equals(p.unitCode())).flatMap(s -> s.facts().stream())
                        .filter(f -> p.indicatorCode().equals(f.indicatorCode()) && f.measure().code().equals(p.measure()))
                        .map(Fact::cell).findFirst().ifPresent(c -> out.put(p, c));
            }
            return out;
        };
    }

    private static List<UnitReport> reports(List<Submission> read) {
        List<UnitReport> out = new ArrayList<>();
        for (Submission s : read) {
            Map<String, Map<String, ParsedValue>> values = new HashMap<>();
            for (Fact f : s.facts()) {
                if (f.indicatorCode() != null) {
                    values.computeIfAbsent(f.indicatorCode(), k -> new HashMap<>()).put(f.measure().code(), f.value());
                }
            }
            out.add(new UnitReport(registry.find(s.unitCode()), s.fileName(), s.sha256(), values));
        }
        return out;
    }
}
