package vn.tonghop.kind.plan.consolidation;

import java.math.BigDecimal;

import vn.tonghop.value.MoneyParser;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * What plan rows ask to spend: the sum of their amounts in đồng ({@code amountRows} rows gave one), and the
 * rows that gave none: paid from a source without an amount ({@code sourceRows}: Nguồn kinh phí ngành, Xã hội
 * hóa…), nothing to spend ({@code nothingRows}: Không), a budget that could not be read, or a blank one. The
 * sum is of amounts only: a row funded without an amount adds nothing to it and is counted beside it.
 */
public record Budget(BigDecimal amount, int amountRows, int sourceRows, int nothingRows, int unreadableRows,
                     int blankRows) {

    public static final Budget NONE = new Budget(BigDecimal.ZERO, 0, 0, 0, 0, 0);

    /** This budget with one more row's value ({@link MoneyParser}'s reading of its budget cell). */
    public Budget plus(ParsedValue v) {
        if (v.kind() == ValueKind.MONEY && v.number() != null) {
            return new Budget(amount.add(v.number()), amountRows + 1, sourceRows, nothingRows, unreadableRows,
                    blankRows);
        }
        if (MoneyParser.isSourceWithoutAmount(v)) {
            return new Budget(amount, amountRows, sourceRows + 1, nothingRows, unreadableRows, blankRows);
        }
        if (MoneyParser.isNothing(v)) {
            return new Budget(amount, amountRows, sourceRows, nothingRows + 1, unreadableRows, blankRows);
        }
        if (v.kind() == ValueKind.EMPTY) {
            return new Budget(amount, amountRows, sourceRows, nothingRows, unreadableRows, blankRows + 1);
        }
        return new Budget(amount, amountRows, sourceRows, nothingRows, unreadableRows + 1, blankRows);
    }

    public int rows() {
        return amountRows + sourceRows + nothingRows + unreadableRows + blankRows;
    }
}
