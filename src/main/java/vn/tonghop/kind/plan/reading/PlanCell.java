package vn.tonghop.kind.plan.reading;

/**
 * One cell of a plan row: where it is ({@code D12}; a cell continued after a page break keeps its first
 * part's place) and its text, cleaned and without leftover markup (empty when blank).
 */
public record PlanCell(String ref, String text) {

    public PlanCell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The cell with {@code more} after its text (the part of it on the next page). */
    PlanCell append(String more) {
        if (more == null || more.isBlank()) {
            return this;
        }
        return new PlanCell(ref, text.isBlank() ? more : text + " " + more);
    }
}
