package vn.tonghop.text;

import java.util.regex.Pattern;

/**
 * HTML list markup left in cells by a copy from a web form or a converted document ({@code <p>…</p>},
 * {@code <li>}, {@code <br>}, {@code &nbsp;}): paragraphs and list items become lines ({@code - } before an
 * item), every other tag goes, the text stays. Text without markup is returned unchanged.
 */
public final class LeftoverMarkup {

    private static final Pattern TAG = Pattern.compile("(?i)</?(p|li|ul|ol|br|div|span|b|i|u|strong|em)\\b[^>]*/?>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)</?(p|br|div|ul|ol)\\b[^>]*/?>|</li>");

    private LeftoverMarkup() {
    }

    /** True when the text holds a tag this class removes. */
    public static boolean present(String s) {
        return s != null && TAG.matcher(s).find();
    }

    public static String strip(String s) {
        if (s == null || !present(s) && !s.contains("&nbsp;") && !s.contains("&amp;")) {
            return s;
        }
        String t = ITEM.matcher(s).replaceAll("\n- ");
        t = BREAK.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
