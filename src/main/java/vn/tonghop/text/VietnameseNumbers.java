package vn.tonghop.text;

import java.math.BigDecimal;

/**
 * Numbers in Vietnamese text (messages, labels, legends, mails): the decimal comma a Vietnamese
 * reader expects ({@code 92,7}), no trailing zeros, no thousands separator (a dot there would read as
 * a decimal point to anyone used to the machine form), a comparator kept as typed ({@code <0,2}).
 * Machine data ({@code facts.csv}'s {@code value}) keeps the point; cells hold numbers, not this text.
 */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    /** {@code 92,7}, {@code 100}, {@code -0,25}; empty for null. */
    public static String of(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString().replace('.', ',');
    }

    /** The number after its comparator as typed ({@code <0,2}, {@code >=99}); no comparator when null. */
    public static String of(String comparator, BigDecimal n) {
        return (comparator == null ? "" : comparator) + of(n);
    }
}
