package vn.tonghop.value;

import vn.tonghop.text.VietnameseText;

/** What the row's unit (ĐVT) says a number means. */
public enum UnitHint {
    PERCENT, COUNT, RANK, MONEY, NONE;

    /** From an ĐVT cell or a catalogue unit: {@code %}, {@code ĐV}, {@code Xếp hạng}, {@code đồng}. */
    public static UnitHint fromUnitLabel(String label) {
        String k = VietnameseText.fold(label);
        if (k.isEmpty()) {
            return NONE;
        }
        if (k.contains("%") || k.startsWith("ty le") || k.equals("phan tram")) {
            return PERCENT;
        }
        if (k.startsWith("xep hang") || k.equals("hang")) {
            return RANK;
        }
        if (k.contains("dong") || k.equals("vnd") || k.contains("trieu")) {
            return MONEY;
        }
        if (k.equals("dv") || k.equals("don vi") || k.startsWith("truong") || k.startsWith("nguoi")
                || k.startsWith("hoc sinh") || k.startsWith("lop") || k.startsWith("so ")) {
            return COUNT;
        }
        return NONE;
    }
}
