package vn.tonghop.kind.implementation.reading;

/**
 * One content cell of a report row: where it is ({@code E15}, its first non-blank part when the row goes
 * on after a page break, else the cell on the row's own line) and its text as typed, the parts joined by
 * a space.
 */
public record ReportCell(String ref, String text) {

    public ReportCell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
