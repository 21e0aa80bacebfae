package vn.tonghop.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.text.VietnameseText;

/**
 * The money grammar of budget cells (<i>Dự kiến kinh phí</i>): every form clerks type becomes an amount
 * in đồng ({@link ValueKind#MONEY} with a number) or a labelled non-amount ({@link ValueKind#MONEY}, no
 * number, the label as {@code word}): {@value #NONE} when nothing is to be spent, or the source that pays
 * without an amount ({@value #SECTOR}, {@value #SOCIALISED}, {@value #STATE}, or the source as typed). The
 * raw text is always kept; what fits neither is {@link ValueKind#TEXT} flagged {@link ValueFlag#UNPARSEABLE}.
 *
 * <p>Amounts: {@code 500 triệu đồng}, {@code 50 triệu}, {@code 50tr}, {@code 1,5 tỷ}, {@code 1 tỷ 200 triệu},
 * {@code 250.000.000đ}, {@code 15 000 000 đồng}, {@code 300,000,000 VNĐ}, a number cell, each optionally after
 * {@code Dự kiến}, {@code Khoảng}, {@code Tổng}; with a source after it ({@code 50 triệu (xã hội hóa)}), the
 * amount counts. In đồng every dot, comma or space between groups of three digits separates thousands
 * (đồng have no decimals); with a scale word ({@code triệu}, {@code tỷ}, {@code nghìn}) a single comma or
 * dot followed by other than three digits is the decimal mark. Stateless and thread-safe.
 */
public final class MoneyParser {

    /** Nothing to spend: {@code Không}, {@code Không có}, {@code 0}. */
    public static final String NONE = "Không";
    public static final String SECTOR = "Nguồn kinh phí ngành";
    public static final String SOCIALISED = "Xã hội hóa";
    public static final String STATE = "Ngân sách nhà nước";

    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:du kien|du tinh|uoc tinh|uoc|khoang|tong cong|tong|kinh phi|kp|tam tinh)\\s*:?\\s*)+");
    /** One number and its scale: {@code 1,5 ty}, {@code 200 trieu}, {@code 250.000.000}. */
    private static final Pattern PART = Pattern.compile(
            "(\\d[\\d.,]*(?:\\s\\d{3})*)\\s*(?:(ty dong|trieu dong|trieu d|trieu|trd|tr|ty|ti|nghin|ngan|k)(?![a-z]))?");
    private static final Pattern AFTER_AMOUNT = Pattern.compile("^[\\s,;.:-]*(?:\\((.*)\\)|-\\s*(.*)|,\\s*(.*))?\\s*$");
    private static final Map<Pattern, String> SOURCES = new LinkedHashMap<>();
    static {
        SOURCES.put(Pattern.compile("\\b(nganh|ngan sach giao duc|chi thuong xuyen|ngan sach nha truong)\\b"), SECTOR);
        SOURCES.put(Pattern.compile("\\b(xa hoi hoa|xhh|van dong|tai tro|hao tam|dong gop|phu huynh)\\b"), SOCIALISED);
        SOURCES.put(Pattern.compile("\\b(ngan sach nha nuoc|nsnn|ngan sach dia phuong|ngan sach cap tren|ngan sach)\\b"),
                STATE);
    }
    private static final Set<String> NOTHING = Set.of("khong", "khong co", "0", "0 dong", "0d", "khong can",
            "khong phat sinh", "khong ton kinh phi", "khong mat kinh phi", "khong su dung kinh phi");
    private static final Pattern FUNDING_WORDS = Pattern.compile("\\b(nguon|kinh phi|ngan sach|quy|von)\\b");

    public ParsedValue parse(CellContent cell) {
        if (cell.number() != null) {
            BigDecimal n = new BigDecimal(Double.toString(cell.number()));
            return n.signum() == 0 ? label(cell.text(), NONE) : amount(cell.text(), n);
        }
        return parse(cell.text());
    }

    public ParsedValue parse(String raw) {
        String r = raw == null ? "" : raw;
        String text = VietnameseText.clean(r);
        String key = VietnameseText.fold(text).replaceAll("[.;:!]+$", "").strip();
        if (key.isEmpty() || key.matches("^[-–—.…_/\\\\]+$")) {
            return new ParsedValue(r, ValueKind.EMPTY, null, null, null, null, null, Set.of());
        }
        if (NOTHING.contains(key)) {
            return label(r, NONE);
        }
        String body = LEAD.matcher(key).replaceFirst("");
        if (!body.isEmpty() && Character.isDigit(body.charAt(0))) {
            ParsedValue amount = amount(r, body);
            if (amount != null) {
                return amount;
            }
            return unreadable(r);
        }
        if (key.matches(".*\\d.*")) {
            return unreadable(r);
        }
        for (Map.Entry<Pattern, String> s : SOURCES.entrySet()) {
            if (s.getKey().matcher(key).find()) {
                return label(r, s.getValue());
            }
        }
        if (FUNDING_WORDS.matcher(key).find()) {
            return label(r, text);
        }
        return unreadable(r);
    }

    /** True when the value is a labelled source that pays without an amount (not {@value #NONE}). */
    public static boolean isSourceWithoutAmount(ParsedValue v) {
        return v.kind() == ValueKind.MONEY && v.number() == null && v.word() != null && !NONE.equals(v.word());
    }

    /** True when the value says nothing is to be spent. */
    public static boolean isNothing(ParsedValue v) {
        return v.kind() == ValueKind.MONEY && v.number() == null && NONE.equals(v.word());
    }

    /** {@code 1 ty 200 trieu dong (xa hoi hoa)}: the sum of its parts in đồng, or null. */
    private static ParsedValue amount(String raw, String body) {
        String rest = body;
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        boolean scaled = false;
        while (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            Matcher m = PART.matcher(rest);
            if (!m.lookingAt()) {
                return null;
            }
            String scale = m.group(2) == null ? "" : m.group(2).replace(" dong", "").replace(" d", "");
            BigDecimal n = digits(m.group(1).strip(), !scale.isEmpty());
            if (n == null) {
                return null;
            }
            total = total.add(switch (scale) {
                case "ty", "ti" -> n.movePointRight(9);
                case "trieu", "tr", "trd" -> n.movePointRight(6);
                case "nghin", "ngan", "k" -> n.movePointRight(3);
                default -> n;
            });
            any = true;
            scaled |= !scale.isEmpty();
            rest = rest.substring(m.end()).strip();
            if (scale.isEmpty()) {
                break; // a plain number ends the amount: only a currency may follow
            }
        }
        if (!any) {
            return null;
        }
        rest = rest.replaceFirst("^(dong|vnd|d)(?![a-z])\\.?", "").strip();
        Matcher after = AFTER_AMOUNT.matcher(rest);
        if (!rest.isEmpty() && !after.matches()) {
            return null;
        }
        if (!scaled && total.compareTo(BigDecimal.valueOf(1000)) < 0 && total.signum() != 0) {
            return null; // "50" alone: 50 đồng is no budget; the clerk left out the unit
        }
        return total.signum() == 0 ? label(raw, NONE) : amount(raw, total.stripTrailingZeros());
    }

    /**
     * Digits of an amount: groups of three after dots, commas or spaces are thousands; with a scale word a
     * single separator followed by other than three digits (or any comma before 1–2 digits) is decimal.
     */
    private static BigDecimal digits(String s, boolean scaled) {
        String compact = s.replace(" ", "");
        if (compact.matches("\\d{1,3}([.,]\\d{3})+") && !(scaled && compact.matches("\\d+,\\d{3}"))) {
            return new BigDecimal(compact.replaceAll("[.,]", ""));
        }
        if (s.matches("\\d{1,3}( \\d{3})+")) {
            return new BigDecimal(compact);
        }
        if (compact.matches("\\d+")) {
            return new BigDecimal(compact);
        }
        if (scaled && compact.matches("\\d+[.,]\\d+")) {
            return new BigDecimal(compact.replace(',', '.'));
        }
        return null;
    }

    private static ParsedValue amount(String raw, BigDecimal dong) {
        BigDecimal n = dong.scale() < 0 ? dong.setScale(0) : dong;
        return new ParsedValue(raw, ValueKind.MONEY, n, null, null, null, null, Set.of());
    }

    private static ParsedValue label(String raw, String word) {
        return new ParsedValue(raw, ValueKind.MONEY, null, null, null, null, word, Set.of());
    }

    private static ParsedValue unreadable(String raw) {
        return new ParsedValue(raw, ValueKind.TEXT, null, null, null, null, null, Set.of(ValueFlag.UNPARSEABLE));
    }

    /** The labels a non-amount can have besides the source as typed, for documentation and tests. */
    public static List<String> labels() {
        return List.of(NONE, SECTOR, SOCIALISED, STATE);
    }
}
