package vn.tonghop.template;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, named by its first calendar year ({@code 2026} for 2026-2027), as plans and reports are
 * titled. A school year starts in September; from August on, templates are made for the year about to start.
 */
public record SchoolYear(int first) {

    /** The school year a template made on {@code day} is for. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** {@code 2026-2027}, as the readers take it from a title ({@code NĂM HỌC 2026-2027}). */
    @Override
    public String toString() {
        return first + "-" + (first + 1);
    }
}
