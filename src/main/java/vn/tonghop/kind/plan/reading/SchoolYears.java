package vn.tonghop.kind.plan.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.text.VietnameseText;

/**
 * The school years texts name: a plan's title ({@code Năm học 2025 – 2026}), a sentence saying when the
 * plan is carried out ({@code … để thực hiện trong năm học 2024 - 2025}), a timing cell ({@code Trong năm
 * học 2025-2026 và các năm tiếp theo}). A school year is two consecutive years; its first names it.
 */
public final class SchoolYears {

    private static final String YEARS = "(\\d{4})\\s*[-–—/]\\s*(\\d{4})";
    private static final Pattern TITLE = Pattern.compile("\\bnam hoc\\s*:?\\s*" + YEARS);
    private static final Pattern CARRIED_OUT = Pattern.compile(
            "\\bthuc hien\\s*:?\\s*(?:trong\\s+|tu\\s+)?(?:nam hoc\\s*)?" + YEARS);
    private static final Pattern ANY = Pattern.compile("(?<!\\d)" + YEARS + "(?!\\d)");

    private SchoolYears() {
    }

    /** The year of a title cell ({@code Năm học 2025 – 2026}, or a title line ending with it), or null. */
    public static Integer inTitle(String text) {
        return first(TITLE.matcher(VietnameseText.fold(text)));
    }

    /** The year a sentence says the plan is carried out in, or null. */
    public static Integer carriedOut(String text) {
        return first(CARRIED_OUT.matcher(VietnameseText.fold(text)));
    }

    /** The first school year a timing cell names ({@code 2025-2026 và các năm tiếp theo}), or null. */
    public static Integer inTiming(String text) {
        return first(ANY.matcher(VietnameseText.fold(text)));
    }

    private static Integer first(Matcher m) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b == a + 1) {
                return a;
            }
        }
        return null;
    }
}
