package vn.tonghop.kind.plan.reading;

/**
 * A school year a cell names ({@code Năm học 2025 – 2026}: {@code year} 2025, the school year's first
 * calendar year), with the cell's place and text.
 */
public record YearText(String ref, String text, int year) {

    /** {@code 2025 – 2026}. */
    public String schoolYear() {
        return year + " – " + (year + 1);
    }
}
