package vn.tonghop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.reading.IndicatorMatcher;
import vn.tonghop.value.CellContent;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * {@code bench --micro}: the two hot paths of reading alone, so a regression in either shows as a
 * figure: the value parser per cell (the synthetic tables' values and the odd forms clerks type) and
 * the row matcher per row (every catalogue name as written, as the reader tries it with its group,
 * and with one letter mistyped, which takes the edit-distance pass). Each is warmed up, then timed
 * over several seconds; the figure is the mean.
 */
final class HotPaths {

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;

    /** What clerks type besides plain numbers (DOMAIN.md): each parsed as often as a synthetic value. */
    private static final String[] ODD = {"99,00", "70.8", "< 0,20", "Chưa đánh giá", "7/19", "92, 70", "1.234",
        ">= 95%", "Đạt", "Không đạt", "Có", "x", "Mức 2", "Chưa có môn dẫn đầu toàn đoàn", "—", "12 500 000 đồng"};

    private record Cell(CellContent content, UnitHint hint) {
    }

    private record Row(Indicator indicator, List<String> candidates) {
    }

    private HotPaths() {
    }

    static void run(Path catalogueFile) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(catalogueFile);
        List<Indicator> indicators = catalogue.indicators();
        Random random = new Random(42);

        List<Cell> cells = new ArrayList<>();
        for (Indicator i : indicators) {
            UnitHint hint = UnitHint.fromUnitLabel(i.unit());
            for (String v : SyntheticWorkbook.values(i, random)) {
                cells.add(new Cell(CellContent.text(v), hint));
            }
        }
        for (String odd : ODD) {
            cells.add(new Cell(CellContent.text(odd), UnitHint.NONE));
        }
        ValueParser parser = new ValueParser();
        double perCell = nanosPer(cells.size(), () -> {
            long sink = 0;
            for (Cell c : cells) {
                sink += parser.parse(c.content(), c.hint()).kind().ordinal();
            }
            return sink;
        });

        IndicatorMatcher matcher = new IndicatorMatcher(catalogue);
        List<Row> exact = new ArrayList<>();
        List<Row> typo = new ArrayList<>();
        for (Indicator i : indicators) {
            exact.add(new Row(i, i.group().isBlank() ? List.of(i.name()) : List.of(i.name(), i.group() + " " + i.name())));
            typo.add(new Row(i, List.of(mistype(i.name()))));
        }
        double perExactRow = nanosPer(exact.size(), () -> match(matcher, exact));
        double perTypoRow = nanosPer(typo.size(), () -> match(matcher, typo));

        System.out.printf(Locale.ROOT, "%nHot paths (mean over %d s after %d s of warm-up, one thread):%n",
                MEASURE_NANOS / 1_000_000_000L, WARM_UP_NANOS / 1_000_000_000L);
        System.out.printf(Locale.ROOT, "  value parser   %8.0f ns per cell  (%d cells: the synthetic tables' values "
                + "and %d odd forms)%n", perCell, cells.size(), ODD.length);
        System.out.printf(Locale.ROOT, "  row matcher    %8.0f ns per row   (%d catalogue names as written, with their "
                + "group)%n", perExactRow, exact.size());
        System.out.printf(Locale.ROOT, "  row matcher    %8.0f ns per row   (the same names with one letter mistyped: "
                + "edit distance against %d names)%n", perTypoRow, typo.size());
    }

    private static long match(IndicatorMatcher matcher, List<Row> rows) {
        long sink = 0;
        for (Row r : rows) {
            IndicatorMatcher.Match m = matcher.match(r.indicator().section(), r.candidates());
            sink += m == null ? 0 : m.candidate() + 1;
        }
        return sink;
    }

    /** One letter replaced near the middle: close enough to match, not exact. */
    private static String mistype(String name) {
        int at = name.length() / 2;
        while (at < name.length() - 1 && !Character.isLetter(name.charAt(at))) {
            at++;
        }
        char c = name.charAt(at) == 'x' ? 'y' : 'x';
        return name.substring(0, at) + c + name.substring(at + 1);
    }

    interface Work {
        long run();
    }

    /** Mean nanoseconds per item of {@code work}, which handles {@code items} items per call. */
    private static double nanosPer(int items, Work work) {
        long sink = 0;
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            sink += work.run();
        }
        long calls = 0;
        long start = System.nanoTime();
        end = start + MEASURE_NANOS;
        long now;
        do {
            sink += work.run();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
        return (now - start) / (double) (calls * items);
    }
}
