package vn.tonghop.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, each made the first time it is asked for and then reused (an
 * .xlsx holds at most 64,000 styles; one per cell would also make the file slow to open). Works for
 * {@code XSSFWorkbook} and {@code SXSSFWorkbook} alike: both hand out {@link XSSFCellStyle}s.
 */
public final class ReportStyles {

    /** What a cell shows. */
    public enum Kind {
        /** Table header: bold, wrapped, centred, bordered. */
        HEADER,
        /** Plain text, bordered. */
        TEXT,
        /** Text that wraps (long names, messages, listings). */
        WRAP,
        /** A whole number: {@code #,##0}. */
        INTEGER,
        /** A number with two decimals (percentages, means): {@code 0.00}. */
        DECIMAL,
        /** Bold text without border (labels, group rows). */
        BOLD,
        /** A title: bold, larger, centred. */
        TITLE,
        /** A centred italic line under a title. */
        SUBTITLE,
        /** Centred text, bordered (STT). */
        CENTER,
        /** Date and time {@code dd/mm/yyyy hh:mm}. */
        DATETIME,
        /** Text without border. */
        PLAIN,
        /** Bold, wrapped, bordered: a group row's name. */
        GROUP,
        /** Text that wraps, without border (explanations beside a label). */
        NOTE,
        /** A whole number without border, left-aligned under the text beside it. */
        COUNT
    }

    /** Background of a row. */
    public enum Fill {
        NONE(null),
        /** Header background: light blue-grey. */
        HEADER(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}),
        /** A row that falls short of its quota: light red. */
        SHORT(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}),
        /** An ERROR finding: red-ish. */
        ERROR(new byte[] {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD}),
        /** A WARNING finding: yellow-ish. */
        WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}),
        /** A group row of the phasing table: very light grey. */
        GROUP(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2});

        private final byte[] rgb;

        Fill(byte[] rgb) {
            this.rgb = rgb;
        }

        /** {@code FFC7CE}, as POI reports the colour of a cell's fill; null for none. */
        String hex() {
            if (rgb == null) {
                return null;
            }
            return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        }
    }

    private final Workbook workbook;
    private final Map<Kind, Map<Fill, CellStyle>> cache = new EnumMap<>(Kind.class);
    private final Map<String, Font> fonts = new HashMap<>();

    public ReportStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    public CellStyle get(Kind kind) {
        return get(kind, kind == Kind.HEADER ? Fill.HEADER : Fill.NONE);
    }

    public CellStyle get(Kind kind, Fill fill) {
        return cache.computeIfAbsent(kind, k -> new EnumMap<>(Fill.class)).computeIfAbsent(fill,
                f -> create(kind, f));
    }

    private CellStyle create(Kind kind, Fill fill) {
        XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        boolean bordered = kind != Kind.BOLD && kind != Kind.TITLE && kind != Kind.SUBTITLE && kind != Kind.PLAIN
                && kind != Kind.DATETIME && kind != Kind.NOTE && kind != Kind.COUNT;
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        switch (kind) {
            case HEADER -> {
                s.setFont(font("bold", true, false, (short) 11));
                s.setWrapText(true);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case WRAP, NOTE -> s.setWrapText(true);
            case COUNT -> {
                s.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            case INTEGER -> s.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case DECIMAL -> s.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            case BOLD -> s.setFont(font("bold", true, false, (short) 11));
            case GROUP -> {
                s.setFont(font("bold", true, false, (short) 11));
                s.setWrapText(true);
            }
            case TITLE -> {
                s.setFont(font("title", true, false, (short) 14));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case SUBTITLE -> {
                s.setFont(font("italic", false, true, (short) 11));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case CENTER -> s.setAlignment(HorizontalAlignment.CENTER);
            case DATETIME -> {
                s.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            default -> {
                // TEXT, PLAIN: nothing more
            }
        }
        if (fill.rgb != null) {
            s.setFillForegroundColor(new XSSFColor(fill.rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private Font font(String key, boolean bold, boolean italic, short points) {
        return fonts.computeIfAbsent(key, k -> {
            Font f = workbook.createFont();
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints(points);
            return f;
        });
    }
}
