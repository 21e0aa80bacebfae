package vn.tonghop.kind.implementation;

import java.util.Set;
import java.util.regex.Pattern;

import vn.tonghop.text.VietnameseText;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/**
 * What a report's cell says about the work: nothing ({@code Không có}, {@code Không}, a dash, blank), or
 * a text, and whether a text says the work was not carried out ({@code … chưa thực hiện kế hoạch xây
 * dựng}, seed {@code 003_…}, criteria 3.2, 3.3, 3.6).
 */
public final class WorkText {

    /** Words that say there is nothing in the column, folded. */
    private static final Set<String> NOTHING = Set.of("khong", "khong co", "chua co", "khong co gi", "khong co noi dung",
            "khong dieu chinh", "khong co dieu chinh", "khong phat sinh", "khong co cong viec", "0");
    /** «chưa thực hiện», «chưa được triển khai», «không thực hiện được», «chưa tuyển dụng được»… */
    private static final Pattern NOT_DONE = Pattern.compile("\\b(?:chua|khong)\\s+(?:duoc\\s+|the\\s+)?"
            + "(?:thuc hien|trien khai|hoan thanh|tuyen dung|xay dung|to chuc|lam|dat duoc)\\b");

    private WorkText() {
    }

    /** The value stored for a cell's text: empty, {@code Không} (nothing, kept as typed), or the text. */
    public static ParsedValue value(String raw) {
        String folded = VietnameseText.foldWords(raw);
        if (folded.isEmpty()) {
            return new ParsedValue(raw == null ? "" : raw, ValueKind.EMPTY, null, null, null, null, null, Set.of());
        }
        if (NOTHING.contains(folded)) {
            return new ParsedValue(raw, ValueKind.YES_NO, null, null, null, false, "Không", Set.of());
        }
        return new ParsedValue(raw, ValueKind.TEXT, null, null, null, null, null, Set.of());
    }

    /** True when the text says something (not blank, not «Không có»). */
    public static boolean says(String raw) {
        return value(raw).kind() == ValueKind.TEXT;
    }

    /** True when the text says the work was not done («chưa thực hiện …»). */
    public static boolean saysNotDone(String raw) {
        return says(raw) && NOT_DONE.matcher(VietnameseText.foldWords(raw)).find();
    }

    /** The text cut to {@code max} characters at a word, with «…», for a message. */
    public static String quote(String raw, int max) {
        String t = VietnameseText.clean(raw);
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
