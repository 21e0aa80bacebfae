package vn.tonghop.domain;

import vn.tonghop.text.VietnameseText;

/** Who set an indicator: the three sections of the phasing table. */
public enum Section {
    /** I. Các chỉ tiêu theo quy định của Trung ương. */
    CENTRAL("trung_uong"),
    /** II. Các chỉ tiêu theo quy định của Tỉnh. */
    PROVINCE("tinh"),
    /** III. Các chỉ tiêu đặc trưng của Huyện (or, after 2025, of the commune). */
    LOCAL("huyen");

    private final String code;

    Section(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Section fromCode(String code) {
        String k = VietnameseText.fold(code);
        for (Section s : values()) {
            if (s.code.equals(k)) {
                return s;
            }
        }
        if (k.equals("xa") || k.equals("dia_phuong")) {
            return LOCAL;
        }
        throw new IllegalArgumentException("unknown section: " + code);
    }

    /** A section heading as typed ("I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG"), or null. */
    public static Section fromHeading(String foldedHeading) {
        if (foldedHeading.contains("trung uong")) {
            return CENTRAL;
        }
        if (foldedHeading.contains("huyen") || foldedHeading.contains("dac trung")
                || foldedHeading.contains(" xa") || foldedHeading.contains("phuong")) {
            return LOCAL;
        }
        if (foldedHeading.contains("tinh") || foldedHeading.contains("thanh pho")) {
            return PROVINCE;
        }
        return null;
    }
}
