package vn.tonghop.value;

import java.math.BigDecimal;
import java.util.Set;

import vn.tonghop.text.VietnameseNumbers;

/**
 * A cell value as typed ({@code raw}) and as understood. Only the fields that belong to the
 * {@link #kind} are set: {@code number} for numbers, percentages, counts, money and levels (and the
 * rank position); {@code rankTotal} for ranks; {@code truth} for yes/no and met/not met;
 * {@code word} is the canonical Vietnamese word for words.
 */
public record ParsedValue(
        String raw,
        ValueKind kind,
        BigDecimal number,
        Comparator comparator,
        Integer rankTotal,
        Boolean truth,
        String word,
        Set<ValueFlag> flags) {

    public ParsedValue {
        flags = Set.copyOf(flags);
    }

    public boolean isEmpty() {
        return kind == ValueKind.EMPTY;
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    /**
     * The normalized form: a number with a point decimal and no trailing zeros, prefixed by its
     * comparator; {@code k/n} for ranks; the canonical word for words; the raw text for
     * unparseable text; empty for empty.
     */
    public String normalized() {
        return switch (kind) {
            case EMPTY -> "";
            case RANK -> plain(number) + "/" + rankTotal;
            case NUMBER, PERCENT, COUNT ->
                    (comparator == null ? "" : comparator.symbol()) + plain(number);
            case MONEY -> number == null ? word : plain(number);
            case LEVEL -> plain(number);
            case TEXT -> raw.strip();
            default -> word;
        };
    }

    /**
     * The normalized form for Vietnamese text (messages, labels, sheets' text cells): the same as
     * {@link #normalized()} with the decimal comma ({@code <0,2}, {@code 92,7}, ranks {@code 11/20}).
     */
    public String vietnamese() {
        return switch (kind) {
            case RANK -> VietnameseNumbers.of(number) + "/" + rankTotal;
            case NUMBER, PERCENT, COUNT ->
                    VietnameseNumbers.of(comparator == null ? null : comparator.symbol(), number);
            case MONEY -> number == null ? word : VietnameseNumbers.of(number);
            case LEVEL -> VietnameseNumbers.of(number);
            default -> normalized();
        };
    }

    /** The number as plain text with a point decimal, or empty when there is none. */
    public String numberText() {
        return number == null ? "" : plain(number);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
