package vn.tonghop.kind.phasing.reading;

import vn.tonghop.reading.GridCell;

import java.util.Map;

import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Section;

/**
 * One body row of a phasing table, before matching: its STT, name and ĐVT as typed, the section it
 * sits in, the address of its name cell ({@code B39}), and its value cells by measure (blank cells
 * included, so a missing value keeps its address). {@code hasValues} is false for group rows
 * ("1 Giáo dục tiểu học").
 */
public record TableRow(String sheet, int row, Section section, String stt, String name, String nameRef,
                String unitLabel, Map<Measure, GridCell> cells, boolean hasValues) {

    public boolean hasStt() {
        return !stt.isEmpty();
    }
}
