package vn.tonghop.kind.plan.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.text.VietnameseText;

/**
 * Staff a plan asks for, when written as a number: {@code Xin thêm biên chế 02 giáo viên}, {@code đề nghị
 * bổ sung 1 nhân viên kế toán}. Requests in words ({@code bổ sung thêm nhân viên văn thư}) are not counted:
 * how many is not said.
 */
public record StaffRequest(int count, String role) {

    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?:xin|bo sung|de nghi|kien nghi|de xuat|tuyen|can them|thieu)\\s+(?:them\\s+)?(?:bien che\\s+)?"
                    + "(?:them\\s+)?(\\d{1,3})\\s+(giao vien|gv|nhan vien|nv|can bo quan ly|cbql|can bo|bao mau|"
                    + "cap duong|y te)\\b");

    /** The first request in the text, or null. */
    public static StaffRequest in(String text) {
        Matcher m = REQUEST.matcher(VietnameseText.fold(text == null ? "" : text));
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n == 0 ? null : new StaffRequest(n, role(m.group(2)));
    }

    /** The role in words, as the summary writes it. */
    private static String role(String folded) {
        return switch (folded) {
            case "giao vien", "gv" -> "giáo viên";
            case "nhan vien", "nv" -> "nhân viên";
            case "can bo quan ly", "cbql" -> "cán bộ quản lý";
            case "bao mau" -> "bảo mẫu";
            case "cap duong" -> "cấp dưỡng";
            case "y te" -> "nhân viên y tế";
            default -> "cán bộ";
        };
    }
}
