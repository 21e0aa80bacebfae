package vn.tonghop.export;

/**
 * The name a row code has in its kind's catalogue, for a unit ({@code TW.1.a} → "Tỷ lệ huy động trẻ…",
 * {@code 1.1} → the criterion's title in the catalogue of the unit's school level); "" when unknown. The
 * wiring answers it from the office's kinds, so the exports name no kind.
 */
@FunctionalInterface
public interface RowNames {

    String name(String documentKind, String unitCode, String code);
}
