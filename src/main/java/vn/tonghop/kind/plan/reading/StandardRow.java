package vn.tonghop.kind.plan.reading;

/** A standard's row ({@code Tiêu chuẩn 5: …}) as typed, with the number it names (null when none). */
public record StandardRow(String ref, String label, Integer number) {
}
