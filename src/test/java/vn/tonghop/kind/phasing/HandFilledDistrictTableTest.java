package vn.tonghop.kind.phasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.template.TemplateSettings;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

/**
 * A district that fills its own table by hand, in the template tonghop generated for it, instead of
 * sending the consolidated table tonghop wrote: its own recognition (universal primary education, literacy,
 * measured at the district) is asked as its word, Đạt/Chưa đạt from a list, and what it types there (the
 * word, or 100 by habit, read as Đạt with a warning) counts at the province as a consolidated table's
 * «Đạt» does; a share of its schools («Trường đạt chuẩn quốc gia», %) stays a percentage. On the sample
 * workbooks: Sông Trà's officer copies the figures of the table tonghop made for it into its template.
 */
class HandFilledDistrictTableTest {

    static final String VERSION = "2023.1";

    @TempDir
    static Path dir;

    static UnitRegistry registry;
    static IndicatorCatalogue catalogue;
    static QuotaBook quotas;
    static ChainedTablesTest.Tiers tiers;
    static Path template;
    static Path handFilled;
    static Submission songTra;
    static List<Finding> findings = new ArrayList<>();
    static Consolidation province;

    @BeforeAll
    static void songTraFillsItsTemplateAndTheProvinceRunsOnIt() throws IOException {
        registry = UnitRegistry.load(ChainedTablesTest.JOB.resolve("registry.csv"));
        catalogue = IndicatorCatalogue.load(ChainedTablesTest.JOB.resolve("catalogue.csv"));
        quotas = QuotaBook.load(ChainedTablesTest.JOB.resolve("quotas.csv"), catalogue, registry);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-workbooks"))) {
            samples = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        tiers = ChainedTablesTest.tiers(samples, Files.createDirectories(dir.resolve("tables")));
        TemplateSettings settings = new TemplateSettings(2022, 2025, "9/2023", VERSION, "so.gddt@example.vn", null);
        template = new TemplateGenerator(registry, catalogue, quotas, settings)
                .writeInto(registry.find("PGD-ST"), Files.createDirectories(dir.resolve("templates"))).file();
        handFilled = copyInto(tiers.districtTables().get(1), template, dir.resolve("PGD-ST-tu-dien.xlsx"));

        SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        SubmissionValidator validator = new SubmissionValidator(new RuleContext(registry,
                ValidationSettings.defaults(), VERSION), List.of(new PhasingKind(catalogue, quotas)));
        List<UnitReport> tables = new ArrayList<>();
        for (Path table : List.of(tiers.districtTables().get(0), handFilled)) {
            Submission s = reader.read(table);
            assertThat(s.outcome()).as(table.toString()).isEqualTo(FileOutcome.READ);
            findings.addAll(validator.validate(s));
            tables.add(ChainedTablesTest.report(registry, s));
            songTra = s;
        }
        province = new ConsolidationEngine(registry, catalogue, quotas).consolidate("Sở", registry.find("SGD-DT"),
                ChainedTablesTest.AT, ChainedTablesTest.YEARS, tables);
    }

    /** The district's own recognition is a list of its words; its share of national-standard schools stays in %. */
    @Test
    void theDistrictsTemplateAsksItsOwnRecognitionAsItsWord() throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row pcgd = rowNamed(sheet, "Đạt PCGDTH mức độ 3");
            Row standard = rowNamed(sheet, "Trường đạt chuẩn quốc gia");
            assertThat(text(pcgd.getCell(2))).isEmpty(); // ĐVT: no %, a word
            assertThat(text(standard.getCell(2))).isEqualTo("%");
            assertThat(listAt(sheet, pcgd.getCell(3))).containsExactly("Đạt", "Chưa đạt");
            assertThat(listAt(sheet, pcgd.getCell(10))).containsExactly("Đạt", "Chưa đạt");
            assertThat(listAt(sheet, rowNamed(sheet, "Xóa mù chữ mức độ 2").getCell(3)))
                    .containsExactly("Đạt", "Chưa đạt");
            assertThat(listAt(sheet, standard.getCell(3))).isNull(); // a percentage, checked by a formula
            // a share of the district's schools answering yes/no stays a percentage
            Row support = rowNamed(sheet, "Trường học có dịch vụ hỗ trợ tâm lý học sinh");
            assertThat(text(support.getCell(2))).isEqualTo("%");
            assertThat(listAt(sheet, support.getCell(3))).isNull();
        }
    }

    /**
     * What Sông Trà typed counts at the province as its consolidated table would: its «Đạt» and its habitual
     * 100 both make the province's share of districts 2/2, counted in districts; the 100 is read with a
     * warning on its cell, the only finding.
     */
    @Test
    void whatTheDistrictTypedIsUsedAtTheProvinceAsItsConsolidatedTablesWord() {
        assertThat(findings).extracting(f -> f.unitCode() + " | " + f.rule() + " | " + f.cell() + " | " + f.message())
                .containsExactly("PGD-ST | VALUE_DOUBTFUL | " + cellOf(songTra, "T.2.b", "current")
                        + " | «Xóa mù chữ mức độ 2» (T.2.b), hiện trạng: «100» — là số, nhưng dòng này ghi bằng chữ "
                        + "(Đạt/Chưa đạt, Có/Chưa), đã đọc là Đạt. Đề nghị kiểm tra và ghi lại đúng giá trị.");
        Consolidation direct = tiers.direct();
        for (String code : List.of("T.2.a", "T.2.b")) {
            NodeSummary p = row(province, "SGD-DT", code);
            NodeSummary d = row(direct, "SGD-DT", code);
            assertThat(p.current().value()).as(code).isEqualByComparingTo("100");
            assertThat(p.target().value()).as(code).isEqualByComparingTo("100");
            for (int y : ChainedTablesTest.YEARS) {
                assertThat(p.phases().get(y).value()).as(code + " " + y).isEqualByComparingTo(d.phases().get(y).value());
            }
            assertThat(List.of(p.expected(), p.reported(), p.valid())).as(code).containsExactly(2, 2, 2);
            assertThat(p.description()).as(code).isEqualTo(d.description());
            // at Sông Trà's node, its own word, as its consolidated table shows it
            NodeSummary st = row(province, "PGD-ST", code);
            assertThat(st.current().own(st.node().name())).as(code).isEqualTo("Đạt");
            assertThat(List.of(st.expected(), st.reported(), st.valid())).as(code).containsExactly(1, 1, 1);
        }
        // the habitual 100, counted, is marked as a value read with a warning at the province
        assertThat(row(province, "SGD-DT", "T.2.b").doubts()).extracting(x -> x.measure() + " " + x.vietnamese())
                .containsExactly("current Phòng Giáo dục và Đào tạo huyện Sông Trà: «100» đọc là Đạt");
        // a district's own figure in %, its share of national-standard schools, is the same as from its schools
        assertThat(row(province, "SGD-DT", "TW.1.d").current().value())
                .isEqualByComparingTo(row(direct, "SGD-DT", "TW.1.d").current().value());
    }

    /**
     * Every value Sông Trà typed enters the province's aggregates: none is dropped. Not its shares of schools
     * answering yes/no (TW.7.c, TW.7.d, H.2.a, H.2.b): typed by hand they do not say of how many schools, so
     * they cannot be added to Tân Hồng's schools and stay out, as before.
     */
    @Test
    void nothingTheDistrictTypedIsDropped() {
        List<String> dropped = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.aggregate() == Indicator.Aggregation.SHARE
                    && indicator.measuredAt() == Indicator.MeasuredAt.SCHOOL) {
                shares.add(indicator.code());
                continue;
            }
            NodeSummary st = row(province, "PGD-ST", indicator.code());
            Map<String, Integer> counts = new HashMap<>();
            counts.put("current", st.current().count());
            counts.put("target_unit", st.target().count());
            st.phases().forEach((y, a) -> counts.put("phase_" + y, a.count()));
            counts.forEach((measure, count) -> {
                var v = songTra.facts().stream().filter(f -> indicator.code().equals(f.indicatorCode())
                        && f.measure().code().equals(measure)).findFirst().orElseThrow();
                if (!v.value().isEmpty() && count == 0) {
                    dropped.add(indicator.code() + " " + measure + " «" + v.value().raw() + "»");
                }
            });
        }
        assertThat(dropped).isEmpty();
        assertThat(shares).containsExactly("TW.7.c", "TW.7.d", "H.2.a", "H.2.b");
    }

    /**
     * Copies, row by row, what {@code table} (the district's consolidated table) shows into the template's
     * open cells as an officer types it: numbers with a decimal comma to two places, words and ranks as text;
     * Xóa mù chữ's current value typed 100, by habit.
     */
    static Path copyInto(Path table, Path template, Path out) throws IOException {
        try (Workbook source = WorkbookFactory.create(table.toFile(), null, true);
             InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet from = source.getSheetAt(0);
            XSSFSheet sheet = wb.getSheetAt(0);
            int typed = 0;
            for (Indicator indicator : catalogue.indicators()) {
                Row target = rowNamed(sheet, indicator.name());
                Row shown = rowNamed(from, indicator.name());
                for (Cell cell : target) {
                    if (cell.getCellStyle().getLocked()) {
                        continue;
                    }
                    Cell value = shown.getCell(cell.getColumnIndex());
                    if (indicator.code().equals("T.2.b") && cell.getColumnIndex() == 3) {
                        cell.setCellValue(100); // habit: the rows around it are percentages
                    } else if (value != null && value.getCellType() == CellType.NUMERIC) {
                        BigDecimal n = BigDecimal.valueOf(value.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP)
                                .stripTrailingZeros();
                        cell.setCellValue(n.toPlainString().replace('.', ','));
                    } else {
                        cell.setCellValue(text(value));
                    }
                    typed++;
                }
            }
            assertThat(typed).isEqualTo(22 * 6);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** The list a cell's data validation offers, or null when it offers none. */
    private static List<String> listAt(XSSFSheet sheet, Cell cell) {
        for (XSSFDataValidation dv : sheet.getDataValidations()) {
            for (var r : dv.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(cell)) {
                    String[] list = dv.getValidationConstraint().getExplicitListValues();
                    return list == null ? null : List.of(list);
                }
            }
        }
        return null;
    }

    private static String cellOf(Submission s, String indicator, String measure) {
        return s.facts().stream().filter(f -> indicator.equals(f.indicatorCode()) && f.measure().code().equals(measure))
                .findFirst().orElseThrow().cell().replaceAll("^.*!", "");
    }

    private static Row rowNamed(Sheet sh, String name) {
        for (Row row : sh) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " not on " + sh.getSheetName());
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static NodeSummary row(Consolidation c, String node, String indicator) {
        return c.nodes().stream().filter(n -> n.node().code().equals(node) && n.indicator().code().equals(indicator))
                .findFirst().orElseThrow();
    }
}
