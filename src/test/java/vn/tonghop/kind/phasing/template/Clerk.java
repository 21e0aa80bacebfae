package vn.tonghop.kind.phasing.template;

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
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;

/**
 * Fills a template the way a clerk does: finds each indicator's row by its name and types into the
 * row's open (unlocked) cells, left to right: current value, own target, each phasing year.
 * Fractions are typed as text with a decimal comma ({@code 99,2}), whole numbers as numbers, ranks
 * and words as text. The values are consistent (targets at least the quotas, phasing steady, the
 * current year's phasing equal to the current value), so a filled template has no finding.
 */
final class Clerk {

    /** Current value, own target, and the phasing years in order; each a number or a word. */
    record Plan(Object current, Object target, Object... phases) {
    }

    /** What a school types. */
    static final Map<String, Plan> SCHOOL = new HashMap<>();
    /** What a unit with units under it types in its own consolidated table, where it differs. */
    static final Map<String, Plan> OWN = new HashMap<>();

    static {
        SCHOOL.put("TW.1.a", pct(98.6, 99.2, 100));
        SCHOOL.put("TW.1.b", pct(99.2, 99.6, 100));
        SCHOOL.put("TW.1.c", pct(85, 90, 100));
        SCHOOL.put("TW.1.d", pct(60, 65, 80));
        SCHOOL.put("TW.1.dd", pct(96, 97, 99));
        SCHOOL.put("TW.2", pct(62.5, 75, 100));
        SCHOOL.put("TW.7.a", pct(100, 100, 100));
        SCHOOL.put("TW.7.b", pct(70, 75, 85));
        SCHOOL.put("TW.7.c", new Plan("Chưa", "Có", "Chưa", "Chưa", "Có", "Có"));
        SCHOOL.put("TW.7.d", new Plan("Có", "Có", "Có", "Có", "Có", "Có"));
        SCHOOL.put("T.1.a", pct(0.3, 0.15, 0.05));
        SCHOOL.put("T.2.a", new Plan("Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"));
        SCHOOL.put("T.2.b", new Plan("Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"));
        SCHOOL.put("T.3", pct(3, 4, 6));
        SCHOOL.put("T.4", pct(40, 50, 80));
        SCHOOL.put("T.5", pct(65, 68, 75));
        SCHOOL.put("T.6.a", pct(100, 100, 100));
        SCHOOL.put("T.6.b", new Plan("08/20", "05/20", "09/20", "08/20", "06/20", "05/20"));
        SCHOOL.put("T.7", new Plan(1, 1, 1, 1, 1, 1));
        SCHOOL.put("H.1", new Plan(0, 1, 0, 0, 1, 1));
        SCHOOL.put("H.2.a", new Plan("Không", "Không", "Không", "Không", "Không", "Không"));
        SCHOOL.put("H.2.b", new Plan("Chưa", "Có", "Chưa", "Chưa", "Có", "Có"));
        // shares of units in %, where a school answers yes/no or met/not met
        OWN.put("TW.7.c", pct(40, 50, 60));
        OWN.put("TW.7.d", pct(90, 92, 96));
        OWN.put("T.2.a", pct(100, 100, 100));
        OWN.put("T.2.b", pct(100, 100, 100));
        OWN.put("H.2.a", new Plan(10, 0, 20, 10, 5, 0));
        OWN.put("H.2.b", pct(20, 30, 50));
    }

    private final IndicatorCatalogue catalogue;

    Clerk(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** 2022 = the year before, 2023 = the current value, 2024 midway, 2025 = the target. */
    static Plan pct(double before, double current, double target) {
        double mid = BigDecimal.valueOf(current).add(BigDecimal.valueOf(target))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).doubleValue();
        return new Plan(current, target, before, current, mid, target);
    }

    /** Fills {@code template} into {@code filled}; {@code also} then changes the workbook further. */
    Path fill(Path template, Path filled, boolean ownTable, Consumer<XSSFWorkbook> also) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(TableSheet.NAME);
            Map<String, Indicator> byName = new HashMap<>();
            catalogue.indicators().forEach(i -> byName.put(i.name(), i));
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                Indicator ind = name == null ? null : byName.get(name.getStringCellValue());
                if (ind == null) {
                    continue;
                }
                // a share of units is asked in %; a unit's own recognition (a district's Đạt) as its word, as a school's
                boolean share = ownTable && "%".equals(row.getCell(2).getStringCellValue());
                Plan plan = share ? OWN.getOrDefault(ind.code(), SCHOOL.get(ind.code())) : SCHOOL.get(ind.code());
                List<Object> values = new ArrayList<>(List.of(plan.current(), plan.target()));
                values.addAll(List.of(plan.phases()));
                int v = 0;
                for (Cell cell : row) {
                    if (!cell.getCellStyle().getLocked()) {
                        type(cell, values.get(v++));
                    }
                }
                if (v != values.size()) {
                    throw new AssertionError(ind.code() + ": " + v + " open cells, expected " + values.size());
                }
            }
            if (also != null) {
                also.accept(wb);
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    /** As typed: a whole number as a number, a fraction as text with a decimal comma, words as text. */
    static void type(Cell cell, Object value) {
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            if (d.scale() <= 0) {
                cell.setCellValue(d.doubleValue());
            } else {
                cell.setCellValue(d.toPlainString().replace('.', ','));
            }
        } else {
            cell.setCellValue((String) value);
        }
    }
}
