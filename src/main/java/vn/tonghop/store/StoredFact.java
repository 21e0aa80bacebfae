package vn.tonghop.store;

/**
 * One fact as stored, every field as text (never null; empty when there is none): what
 * {@code facts.csv} and {@code facts.xlsx} list; {@code documentKind} is the code of the kind of document
 * the fact belongs to ({@code phasing}, {@code self_assessment}). {@code value} is the normalized value (point decimal,
 * comparator in front, {@code k/n} for ranks), {@code kind} the value's type; {@code indicatorCode} is
 * empty for a row that matched no indicator.
 */
public record StoredFact(String unitCode, String indicatorCode, String rowName, String measure, String raw,
                         String value, String comparator, String cell, String kind, String flags, String fileName,
                         String sha256, String documentKind) {
}
