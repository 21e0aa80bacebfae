package vn.tonghop.kind.phasing.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Strength;
import vn.tonghop.reading.Submission;
import vn.tonghop.validation.ValidationSettings;
import vn.tonghop.validation.ValidationSettings.CurrentYear;

/**
 * The phasing year a table's current value belongs to, and how it was found ({@code how}, Vietnamese,
 * for messages). "Hiện trạng 9/2023" is the result of the school year that ended in 2023; phasing years
 * name school years by their first calendar year, so clerks copy it into the 2022 column (seed
 * {@code 004_…}: four rows equal the 2022 column exactly, one the 2023 column). Unless the office
 * fixes it ({@code tonghop.validation.current-value-year}), it is read from the table: the phasing
 * year the current value equals, number for number, in the most rows, counting only rows where it
 * equals exactly one year (a row planned at 100 every year says nothing) and needing two such rows
 * and no tie; otherwise the year before the header's. {@code year} is null when the header has no year.
 */
public record CurrentValueYear(Integer year, String how) {

    /** Rows that must agree before the table's evidence is taken. */
    static final int MIN_ROWS = 2;

    public static CurrentValueYear of(Submission s, List<IndicatorRow> rows, ValidationSettings settings) {
        Integer header = s.currentYear();
        if (header == null) {
            return new CurrentValueYear(null, "");
        }
        CurrentYear mode = settings.currentValueYear();
        if (mode == CurrentYear.SAME_YEAR) {
            return new CurrentValueYear(header, "theo cài đặt của cơ quan: cùng năm với hiện trạng");
        }
        if (mode == CurrentYear.AUTO) {
            Map<Integer, Integer> equal = equalRows(rows);
            Map.Entry<Integer, Integer> best = null;
            boolean tie = false;
            for (Map.Entry<Integer, Integer> e : equal.entrySet()) {
                if (best == null || e.getValue() > best.getValue()) {
                    best = e;
                    tie = false;
                } else if (e.getValue().equals(best.getValue())) {
                    tie = true;
                }
            }
            if (best != null && !tie && best.getValue() >= MIN_ROWS) {
                return new CurrentValueYear(best.getKey(), "nhận ra từ bảng: hiện trạng bằng phân kỳ năm "
                        + best.getKey() + " ở " + best.getValue() + " dòng");
            }
        }
        int before = header - 1;
        return new CurrentValueYear(before, (mode == CurrentYear.YEAR_BEFORE ? "theo cài đặt của cơ quan: "
                : "") + "hiện trạng năm " + header + " là kết quả năm học " + before + "–" + header);
    }

    /** Per phasing year, the rows whose current value equals that year's value and no other year's. */
    static Map<Integer, Integer> equalRows(List<IndicatorRow> rows) {
        Map<Integer, Integer> count = new TreeMap<>();
        for (IndicatorRow row : rows) {
            Fact current = row.current();
            if (row.indicator() == null || current == null || !numeric(current)) {
                continue;
            }
            Integer only = null;
            int matches = 0;
            for (Fact phase : row.phases()) {
                if (numeric(phase) && Strength.sameValue(current.value(), phase.value())) {
                    only = phase.measure().year();
                    matches++;
                }
            }
            if (matches == 1) {
                count.merge(only, 1, Integer::sum);
            }
        }
        return count;
    }

    /** A number or a rank (read with doubt or not: "92, 70" is 92,7): words say nothing of the year. */
    private static boolean numeric(Fact f) {
        Strength.Family family = Strength.family(f.value());
        return family == Strength.Family.NUMERIC || family == Strength.Family.RANK;
    }
}
