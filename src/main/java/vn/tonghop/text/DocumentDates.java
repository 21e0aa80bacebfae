package vn.tonghop.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an official document's caption or heading gives, as clerks write it: {@code 13/11/2023},
 * {@code 13-11-2023}, {@code 13.11.2023} or in words, {@code 13 tháng 11 năm 2023}. One reading for every
 * kind that cites a document (a phasing table its plan, a plan its own number and date).
 */
public final class DocumentDates {

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern WORDED_DATE = Pattern.compile("(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DocumentDates() {
    }

    /**
     * The first date written with numbers in {@code text}, else the first in words; null when there is none,
     * or when the first found is no date (31/02).
     */
    public static LocalDate in(String text) {
        for (Pattern p : new Pattern[] {NUMERIC_DATE, WORDED_DATE}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    return null; // 31/02: no date
                }
            }
        }
        return null;
    }
}
