package vn.tonghop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueKind;

/** Small helpers shared by the writers: cells, column widths, level words, saving safely. */
public final class Cells {

    /** Excel refuses longer cell texts. */
    public static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private Cells() {
    }

    /**
     * Writes text as text, always ({@code setCellValue(String)}): "=1+1" typed by a clerk stays
     * "=1+1", never a formula. Over-long text is cut to what Excel accepts.
     */
    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(capped(value));
        cell.setCellStyle(style);
        return cell;
    }

    /** The text a cell is given: empty for none, over-long text cut to what Excel accepts. */
    static String capped(String value) {
        String s = value == null ? "" : value;
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    public static Cell number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A numeric cell, or a blank cell carrying the style (so a highlighted row stays filled). */
    public static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    public static Cell blank(Row row, int col, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A quota or unit value that can be shown as a plain number without losing anything: no
     * comparator ({@code >99}), not a rank ({@code 7/19}), not a word.
     */
    public static boolean plainNumber(ParsedValue v) {
        if (v == null || v.number() == null || v.comparator() != null) {
            return false;
        }
        return v.kind() == ValueKind.NUMBER || v.kind() == ValueKind.PERCENT || v.kind() == ValueKind.COUNT
                || v.kind() == ValueKind.MONEY || v.kind() == ValueKind.LEVEL;
    }

    /**
     * "Cấp " + the level's word with its diacritics, for the registry's plain words; any other word
     * as the registry writes it.
     */
    public static String levelWord(String level) {
        String k = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "tinh" -> "tỉnh";
            case "huyen" -> "huyện";
            case "xa" -> "xã";
            case "phuong" -> "phường";
            case "truong" -> "trường";
            default -> level == null ? "" : level.strip();
        };
    }

    /**
     * Column widths and print setup of an Annex II table (STT, name, ĐVT, values): landscape A4, one
     * page wide, as the seed prints. Shared by the consolidated tables and the templates.
     */
    public static void annexLayout(Sheet sh, int lastCol) {
        int[] widths = {6, 50, 9, 12, 11, 11, 11};
        for (int col = 0; col <= lastCol; col++) {
            sh.setColumnWidth(col, (col < widths.length ? widths[col] : 10) * 256);
        }
        PrintLayout.a4(sh, true);
    }

    /**
     * Column widths from what was written, without {@code Sheet.autoSizeColumn} (which lays out
     * every cell with AWT fonts and is slow on big sheets): the longest text per column in
     * characters, plus a little, between a floor and a cap. Header labels wrap, so only their longest
     * word must fit.
     */
    public static final class Widths {
        private final int[] chars;
        private final int min;
        private final int max;

        public Widths(int columns, int min, int max) {
            this.chars = new int[columns];
            this.min = min;
            this.max = max;
        }

        public void header(int col, String label) {
            int longestWord = 0;
            for (String w : label.split("\\s+")) {
                longestWord = Math.max(longestWord, w.length());
            }
            note(col, Math.max(longestWord, Math.min(label.length(), 14)));
        }

        public void text(int col, String s) {
            if (s != null) {
                int longestLine = 0;
                for (String line : s.split("\n")) {
                    longestLine = Math.max(longestLine, line.length());
                }
                note(col, longestLine);
            }
        }

        public void number(int col, BigDecimal n, boolean integer) {
            if (n != null) {
                // as shown: #,##0 or 0.00
                int digits = n.abs().setScale(0, RoundingMode.HALF_UP).toPlainString().length();
                note(col, digits + (integer ? (digits - 1) / 3 : 3) + (n.signum() < 0 ? 1 : 0));
            }
        }

        public void note(int col, int length) {
            if (col < chars.length) {
                chars[col] = Math.max(chars[col], length);
            }
        }

        /** Sets the widths; returns them in characters. */
        public int[] apply(Sheet sheet) {
            int[] out = new int[chars.length];
            for (int c = 0; c < chars.length; c++) {
                out[c] = Math.max(min, Math.min(max, chars[c] + 2));
                sheet.setColumnWidth(c, out[c] * 256);
            }
            return out;
        }
    }
}
