package vn.tonghop.domain;

/**
 * Which value of a unit's document: the unit's, indicator's and measure's codes ({@code phase_2026}…).
 * What a check made after the reading names to find the value's cell again.
 */
public record ValuePlace(String unitCode, String indicatorCode, String measure) {
}
