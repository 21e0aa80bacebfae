package vn.tonghop.value;

/** A comparator typed before a number, as in {@code >99,00} or {@code < 0,20}. */
public enum Comparator {
    LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparator fromSymbol(String s) {
        return switch (s) {
            case "<" -> LT;
            case "<=", "≤", "=<" -> LE;
            case ">" -> GT;
            case ">=", "≥", "=>" -> GE;
            default -> null;
        };
    }
}
