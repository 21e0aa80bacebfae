package vn.tonghop.export;

/**
 * One line of {@code facts.csv} and {@code facts.xlsx}, as stored: {@code value} is the normalized
 * value (point decimal, comparator in front, {@code k/n} for ranks), {@code kind} the value's type.
 */
record FactRow(String unitCode, String indicatorCode, String indicatorName, String measure, String raw,
               String value, String comparator, String cell, String kind, String flags, String rowName,
               String file, String sha256, String document) {
}
