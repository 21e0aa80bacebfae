package vn.tonghop.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.text.VietnameseText;

/**
 * The one parser for every value form clerks type (see DOMAIN.md, "What clerks really type").
 * It never guesses silently: what it reads with doubt, or cannot read, carries a {@link ValueFlag}.
 * Stateless and thread-safe.
 */
public final class ValueParser {

    private static final Pattern COMPARED_NUMBER = Pattern.compile(
            "^(<=|>=|=<|=>|≤|≥|<|>)?\\s*([+-]?\\d[\\d.,\\s]*?)\\s*(%)?$");
    private static final Pattern RANK = Pattern.compile("^(\\d{1,4})\\s*/\\s*(\\d{1,4})$");
    private static final Pattern LEVEL = Pattern.compile("^(?:dat\\s+)?muc(?:\\s+do)?\\s+([1-4])$");
    private static final Pattern MONEY = Pattern.compile(
            "^(\\d[\\d.,\\s]*?)\\s*(trieu|ty|ti|nghin|ngan)?\\s*(dong|d|vnd|vnđ)?\\.?$");
    private static final Pattern DASHES = Pattern.compile("^[-–—.…_/\\\\]+$");
    /** The yes/no and met/not-met words a sentence may start with, as written (lower case). */
    private static final Set<String> ANSWERS = Set.of("có", "không", "không có", "chưa", "chưa có", "đạt",
            "không đạt", "chưa đạt");
    /**
     * "… số liệu", "… dữ liệu", "… thông tin", and "chưa rõ", "không rõ", "chưa xác định", "chưa biết":
     * no answer at all (the clerk does not know), not a no.
     */
    private static final Pattern NO_ANSWER = Pattern.compile(
            "(so lieu|du lieu|thong tin|bao cao|ro|xac dinh|biet|cap nhat|thong ke)\\b");
    private static final Pattern SPACE_GROUPS = Pattern.compile("^\\d{1,3}( \\d{3})+$");
    // the patterns String.replaceAll, matches and split would compile again at every cell
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.;:!]+$");
    private static final Pattern A_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,;:.()–-]+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(\\,\\d{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("[+-]?[1-9]\\d{0,2}\\.\\d{3}");

    private static final Map<String, ParsedWord> WORDS = Map.ofEntries(
            Map.entry("dat", new ParsedWord(ValueKind.MET, true, "Đạt")),
            Map.entry("khong dat", new ParsedWord(ValueKind.MET, false, "Không đạt")),
            Map.entry("chua dat", new ParsedWord(ValueKind.MET, false, "Không đạt")),
            Map.entry("co", new ParsedWord(ValueKind.YES_NO, true, "Có")),
            Map.entry("khong", new ParsedWord(ValueKind.YES_NO, false, "Không")),
            Map.entry("khong co", new ParsedWord(ValueKind.YES_NO, false, "Không")),
            Map.entry("chua", new ParsedWord(ValueKind.YES_NO, false, "Chưa")),
            Map.entry("chua co", new ParsedWord(ValueKind.YES_NO, false, "Chưa")),
            Map.entry("chua danh gia", new ParsedWord(ValueKind.NOT_ASSESSED, null, "Chưa đánh giá")),
            Map.entry("chua dg", new ParsedWord(ValueKind.NOT_ASSESSED, null, "Chưa đánh giá")),
            Map.entry("x", new ParsedWord(ValueKind.MARK, true, "X")));

    private record ParsedWord(ValueKind kind, Boolean truth, String word) {
    }

    /** Parses a text cell with no unit known. */
    public ParsedValue parse(String raw) {
        return parse(CellContent.text(raw), UnitHint.NONE);
    }

    public ParsedValue parse(String raw, UnitHint hint) {
        return parse(CellContent.text(raw), hint);
    }

    public ParsedValue parse(CellContent cell, UnitHint hint) {
        String raw = cell.text() == null ? "" : cell.text();
        if (cell.formulaWithoutValue()) {
            return flagged(raw, ValueFlag.FORMULA_WITHOUT_VALUE);
        }
        if (cell.number() != null) {
            return fromNumericCell(raw, cell, hint);
        }
        String text = VietnameseText.clean(raw);
        // each pattern is tried only when the text can match it at all (its first or last character, a slash):
        // the reader parses every value cell of every file, most of them plain numbers
        if (text.isEmpty() || (isDash(text.charAt(0)) && DASHES.matcher(text).matches())) {
            return new ParsedValue(raw, ValueKind.EMPTY, null, null, null, null, null, Set.of());
        }
        String folded = VietnameseText.fold(text);
        String key = (mayEndInPunctuation(folded) ? END_PUNCTUATION.matcher(folded).replaceAll("") : folded).strip();

        ParsedWord word = WORDS.get(key);
        if (word != null) {
            return new ParsedValue(raw, word.kind(), null, null, null, word.truth(), word.word(), Set.of());
        }
        int percentAt = plainNumberEnd(key);
        if (percentAt > 0) { // what COMPARED_NUMBER gives such a key, without running it
            return fromNumberText(raw, null, key.substring(0, percentAt), percentAt < key.length(), hint);
        }
        Matcher m;
        if (key.startsWith("d") || key.startsWith("m")) {
            m = LEVEL.matcher(key);
            if (m.matches()) {
                return new ParsedValue(raw, ValueKind.LEVEL, new BigDecimal(m.group(1)), null, null, null,
                        "Mức " + m.group(1), Set.of());
            }
        }
        if (key.indexOf('/') >= 0) {
            m = RANK.matcher(key);
            if (m.matches() && hint != UnitHint.PERCENT) {
                return new ParsedValue(raw, ValueKind.RANK, new BigDecimal(Integer.parseInt(m.group(1))), null,
                        Integer.parseInt(m.group(2)), null, null, Set.of());
            }
        }
        m = COMPARED_NUMBER.matcher(key);
        if (m.matches()) {
            return fromNumberText(raw, m.group(1), m.group(2), m.group(3) != null, hint);
        }
        m = MONEY.matcher(key);
        if (m.matches() && (m.group(2) != null || m.group(3) != null)) {
            return fromMoneyText(raw, m);
        }
        if (!A_DIGIT.matcher(key).matches() && (key.contains("kinh phi") || key.startsWith("nguon "))) {
            return new ParsedValue(raw, ValueKind.MONEY, null, null, null, null, text, Set.of());
        }
        ParsedValue prose = leadingWord(raw, text, hint);
        return prose != null ? prose : flagged(raw, ValueFlag.UNPARSEABLE);
    }

    /**
     * A sentence where a yes/no or met/not-met word is meant ("Chưa có môn dẫn đầu toàn đoàn", "Có môn
     * dẫn đầu toàn đoàn"): the clerk's answer is the word it starts with (the longest that is one), read
     * with {@link ValueFlag#PROSE_READ_AS_WORD}. Not in rows of counts, ranks or money, not for "Chưa
     * đánh giá …", and not when the rest says there is nothing to answer with ("Không có số liệu").
     */
    private static ParsedValue leadingWord(String raw, String text, UnitHint hint) {
        if (hint == UnitHint.COUNT || hint == UnitHint.RANK || hint == UnitHint.MONEY) {
            return null;
        }
        // with diacritics: "Cố gắng …" does not start with "Có"
        String[] words = WORD_BREAKS.split(text.toLowerCase(Locale.ROOT));
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", Arrays.copyOf(words, n));
            ParsedWord w = ANSWERS.contains(head) ? WORDS.get(VietnameseText.fold(head)) : null;
            if (w == null) {
                if (WORDS.containsKey(VietnameseText.fold(head)) && ANSWERS.stream().noneMatch(a -> a.startsWith(head))) {
                    return null; // another word ("chưa đánh giá …", "x …"): not a yes or a no
                }
                continue;
            }
            String rest = VietnameseText.fold(String.join(" ", Arrays.copyOfRange(words, n, words.length)));
            return NO_ANSWER.matcher(rest).lookingAt() ? null : new ParsedValue(raw, w.kind(), null, null, null,
                    w.truth(), w.word(), Set.of(ValueFlag.PROSE_READ_AS_WORD));
        }
        return null;
    }

    private ParsedValue fromNumericCell(String raw, CellContent cell, UnitHint hint) {
        // Double.toString is the shortest text that round-trips: 70.8 stays 70.8, not 70.799999...
        BigDecimal n = new BigDecimal(Double.toString(cell.number()));
        if (cell.percentFormat()) {
            return number(raw, ValueKind.PERCENT, n.movePointRight(2), null, EnumSet.noneOf(ValueFlag.class));
        }
        return number(raw, kindFor(hint, false), n, null, EnumSet.noneOf(ValueFlag.class));
    }

    /** A number typed as text: {@link #COMPARED_NUMBER}'s comparator (or null), digits and percent sign. */
    private ParsedValue fromNumberText(String raw, String comparatorSymbol, String digits, boolean percentSign,
                                       UnitHint hint) {
        EnumSet<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
        BigDecimal n = readDigits(digits, hint == UnitHint.PERCENT, flags);
        if (n == null) {
            return flagged(raw, ValueFlag.UNPARSEABLE);
        }
        Comparator comparator = comparatorSymbol == null ? null : Comparator.fromSymbol(comparatorSymbol);
        return number(raw, kindFor(hint, percentSign), n, comparator, flags);
    }

    /** The characters {@link #DASHES} is made of: a text starting otherwise is no run of dashes. */
    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '.' || c == '…' || c == '_' || c == '/' || c == '\\';
    }

    /**
     * Whether {@link #END_PUNCTUATION} can find anything: its {@code $} is the end of the text or a line
     * terminator ending it, so the text ends in one of its marks or in a line terminator.
     */
    private static boolean mayEndInPunctuation(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == ';' || c == ':' || c == '!'
                || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * For a key that is an ASCII digit followed by digits, dots and commas, and at most a percent sign at its
     * end, the length of its digits (where the sign is, or its length); else 0. {@link #COMPARED_NUMBER}
     * matches such a key with no comparator, these digits, and the sign when there is one.
     */
    static int plainNumberEnd(String key) {
        int n = key.length();
        if (n == 0 || key.charAt(0) < '0' || key.charAt(0) > '9') {
            return 0;
        }
        int end = key.charAt(n - 1) == '%' ? n - 1 : n;
        for (int i = 1; i < end; i++) {
            char c = key.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == ',')) {
                return 0;
            }
        }
        return end;
    }

    private ParsedValue fromMoneyText(String raw, Matcher m) {
        EnumSet<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
        BigDecimal n = readDigits(m.group(1), false, flags);
        if (n == null) {
            return flagged(raw, ValueFlag.UNPARSEABLE);
        }
        String scale = m.group(2) == null ? "" : m.group(2);
        n = switch (scale) {
            case "trieu" -> n.movePointRight(6);
            case "ty", "ti" -> n.movePointRight(9);
            case "nghin", "ngan" -> n.movePointRight(3);
            default -> n;
        };
        return new ParsedValue(raw, ValueKind.MONEY, n, null, null, null, null, flags);
    }

    private static ValueKind kindFor(UnitHint hint, boolean percentSign) {
        if (percentSign) {
            return ValueKind.PERCENT;
        }
        return switch (hint) {
            case PERCENT -> ValueKind.PERCENT;
            case COUNT -> ValueKind.COUNT;
            case MONEY -> ValueKind.MONEY;
            default -> ValueKind.NUMBER;
        };
    }

    private static ParsedValue number(String raw, ValueKind kind, BigDecimal n, Comparator comparator,
                                      EnumSet<ValueFlag> flags) {
        if (kind == ValueKind.COUNT && n.stripTrailingZeros().scale() > 0) {
            flags.add(ValueFlag.NOT_WHOLE_NUMBER);
        }
        return new ParsedValue(raw, kind, n, comparator, null, null, null, flags);
    }

    private static ParsedValue flagged(String raw, ValueFlag flag) {
        return new ParsedValue(raw, ValueKind.TEXT, null, null, null, null, null, Set.of(flag));
    }

    /**
     * Digits with the separators clerks use. Vietnamese convention: comma for decimals, dot for
     * thousands; but many type a decimal point ({@code 70.8}), so a lone dot is a decimal point unless
     * exactly three digits follow it, which is ambiguous and flagged.
     */
    static BigDecimal readDigits(String digits, boolean percent, Set<ValueFlag> flags) {
        String s = digits.strip();
        if (s.indexOf(' ') >= 0) {
            if (SPACE_GROUPS.matcher(s).matches()) {
                s = s.replace(" ", "");
            } else {
                s = s.replace(" ", "");
                flags.add(ValueFlag.SPACE_IN_NUMBER);
            }
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return null;
            }
            plain = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (commas > 1 || dots > 1) {
            char sep = commas > 1 ? ',' : '.';
            if (!(sep == ',' ? COMMA_GROUPS : DOT_GROUPS).matcher(s).matches()) {
                return null;
            }
            plain = s.replace(String.valueOf(sep), "");
        } else if (commas == 1) {
            plain = s.replace(',', '.');
        } else if (dots == 1 && DOT_THOUSANDS.matcher(s).matches()) {
            flags.add(ValueFlag.AMBIGUOUS_SEPARATOR);
            plain = percent ? s : s.replace(".", "");
        } else {
            plain = s;
        }
        if (plain.endsWith(".") || plain.startsWith(".")) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
