package vn.tonghop.kind.phasing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.ValuePlace;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine.CopyDifference;
import vn.tonghop.validation.Texts;
import vn.tonghop.validation.ValidationSettings;

/**
 * COPIED_FIGURE_DIFFERS (WARNING), a check across files: a figure the catalogue says is measured above
 * the school (the district's share of national-standard schools, its team's rank) is taken once per
 * district, as most of its schools wrote it; a school that wrote something else gets one finding per
 * indicator naming each value it wrote and the district's. When no value leads, every school that
 * wrote one is told, and the consolidation leaves the district's figure empty. A school that answered a
 * yes/no word (Có) where the others copied the figure (65) is told too: its answer is left out of the figure.
 * The finding sits on the school's cell when the run knows it.
 */
public final class CopiedFigureCheck {

    public static final String CODE = "COPIED_FIGURE_DIFFERS";

    private CopiedFigureCheck() {
    }

    /**
     * Where units' current tables hold these values ({@code 'Phụ lục II'!D9}), asked for all the findings at
     * once; a place left out is unknown.
     */
    @FunctionalInterface
    public interface CellsOf {
        Map<ValuePlace, String> cells(Collection<ValuePlace> places);
    }

    /** Without the cells (the findings name the file and unit only). */
    public static List<Finding> findings(List<CopyDifference> differences, ValidationSettings settings) {
        return findings(differences, settings, places -> Map.of());
    }

    /**
     * One finding per school and indicator, on the cell of the first column it wrote differently (or answered
     * with a word), as {@code cells} finds it.
     */
    public static List<Finding> findings(List<CopyDifference> differences, ValidationSettings settings, CellsOf cells) {
        List<Finding> out = new ArrayList<>();
        Maker maker = new Maker(settings, cells, out::add);
        differences.forEach(maker);
        maker.finish();
        return out;
    }

    /**
     * The findings of the differences given one by one in {@link ConsolidationEngine#copyDifferences} order,
     * handed on a district or more at a time (the cells of a batch looked up together, each school's for all its
     * indicators at once, as {@link #findings} does for all): a national night's 1.3 million differences and
     * 434,000 findings are never held at once. Call {@link #finish} after the last.
     */
    public static final class Maker implements Consumer<CopyDifference> {

        /**
         * Schools' indicators held, at least, before their cells are looked up: a batch ends with a figure's unit
         * (a district), whose schools' cells are then read a query per 64 schools, as for the whole office at once.
         */
        static final int BATCH = 5000;

        private final int batch;
        private final Severity severity;
        private final CellsOf cells;
        private final Consumer<Finding> each;
        private final Map<String, List<CopyDifference>> bySchoolAndIndicator = new LinkedHashMap<>();
        /** The figure's unit of the last difference: a school's groups are complete once it changes. */
        private String block = "";

        public Maker(ValidationSettings settings, CellsOf cells, Consumer<Finding> each) {
            this(settings, cells, each, BATCH);
        }

        /** Handing findings on once {@code batch} schools' indicators are held and a group ends. */
        public Maker(ValidationSettings settings, CellsOf cells, Consumer<Finding> each, int batch) {
            this.batch = batch;
            this.severity = (settings == null ? ValidationSettings.defaults() : settings)
                    .severityOf(CODE, Severity.WARNING);
            this.cells = cells;
            this.each = each;
        }

        @Override
        public void accept(CopyDifference d) {
            String at = d.figureUnit().code();
            if (!at.equals(block)) {
                if (bySchoolAndIndicator.size() >= batch) {
                    finish();
                }
                block = at;
            }
            bySchoolAndIndicator.computeIfAbsent(d.report().unit().code() + "\u0000" + d.indicator().code(),
                    k -> new ArrayList<>()).add(d);
        }

        /** Hands on the findings of the differences given since the last batch. */
        public void finish() {
            if (bySchoolAndIndicator.isEmpty()) {
                return;
            }
            Map<ValuePlace, String> cellOf = cells.cells(bySchoolAndIndicator.values().stream()
                    .map(g -> place(g.get(0))).toList());
            for (List<CopyDifference> group : bySchoolAndIndicator.values()) {
                each.accept(finding(group, severity, cellOf));
            }
            bySchoolAndIndicator.clear();
        }
    }

    private static Finding finding(List<CopyDifference> group, Severity severity, Map<ValuePlace, String> cellOf) {
        CopyDifference first = group.get(0);
        String level = first.indicator().measuredAt().vietnamese();
        List<String> parts = new ArrayList<>();
        for (CopyDifference d : group) {
            String column = Texts.column(Measure.fromCode(d.measure()));
            if (d.answer()) {
                // Có where the district's figure is 65: left out of the figure, which the others copied
                parts.add(column + " trả lời «" + d.copy().vietnamese() + "» trong khi số liệu của " + level + " là "
                        + d.taken().vietnamese() + " (" + d.agreeing() + "/" + d.copies() + " trường ghi số liệu); "
                        + "câu trả lời này không được tính vào số liệu của " + level);
                continue;
            }
            parts.add(column + " ghi " + d.copy().vietnamese() + (d.taken() == null
                    ? " (các trường ghi khác nhau, không có giá trị nào được nhiều trường ghi nhất: bản tổng hợp "
                            + "để trống)"
                    : " (của " + level + ": " + d.taken().vietnamese() + ", "
                            + d.agreeing() + "/" + d.copies() + " trường ghi)"));
        }
        String message = "«" + first.indicator().name() + "» (" + first.indicator().code() + ") là số liệu của cấp "
                + level + " (" + first.figureUnit().name() + "), các trường ghi lại như nhau và bản tổng hợp lấy "
                + "một lần giá trị được nhiều trường ghi nhất, không lấy trung bình. Bảng của đơn vị ghi khác: "
                + String.join("; ", parts) + ". Đề nghị ghi đúng số liệu của " + level + ".";
        CellLocation at = CellLocation.parse(cellOf.getOrDefault(place(first), "")).orElse(null);
        return new Finding(first.report().file(), first.report().unit().code(), at == null ? "" : at.sheet(),
                at == null ? "" : at.ref(), CODE, severity, message, first.copy().raw());
    }

    private static ValuePlace place(CopyDifference d) {
        return new ValuePlace(d.report().unit().code(), d.indicator().code(), d.measure());
    }
}
