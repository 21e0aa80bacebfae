package vn.tonghop.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import vn.tonghop.domain.Severity;
import vn.tonghop.text.LegacyVietnamese;

/**
 * The one style vocabulary of every workbook tonghop writes: the summary, the discrepancy report,
 * the consolidated tables, the feedback workbooks (their list and the marks on the school's cells)
 * and the templates. What a cell shows is a {@link Kind}, its background a {@link Fill} (each colour
 * named once, by what it means); a {@link Look} says how a whole workbook sits: a report's cells at
 * the top of their row, a template's (a form to fill) centred and locked but for its input cells.
 *
 * <p>Each style is made the first time it is asked for and then reused (an .xlsx holds at most
 * 64,000 styles, an .xls 4,000; one per cell would also make the file slow to open). Works for .xlsx
 * ({@code XSSFWorkbook}, {@code SXSSFWorkbook}) and .xls ({@code HSSFWorkbook}, whose colours are
 * the nearest of its palette).
 */
public final class ReportStyles {

    /** What a cell shows. */
    public enum Kind {
        /** Table header: bold, wrapped, centred, bordered; {@link Fill#HEADER} unless another is asked for. */
        HEADER,
        /** Plain text, bordered. */
        TEXT,
        /** Text that wraps (long names, messages, listings), bordered. */
        WRAP,
        /** A whole number: {@code #,##0}. */
        INTEGER,
        /** A number with two decimals (percentages, means): {@code 0.00}. */
        DECIMAL,
        /**
         * A value written as text in a column of figures (a quota «Đạt», «<0,2», a rank «7/19»), bordered
         * and centred: left-aligned it reads run into the number of the column before ("100.00Đạt"),
         * right-aligned into the text of the column after.
         */
        FIGURE_TEXT,
        /** Bold text without border (labels, headings). */
        BOLD,
        /** A title: bold, larger, centred. */
        TITLE,
        /**
         * A list's title line: bold, larger, from the left (it runs over the narrow first columns).
         * Lines above a table ({@code HEADLINE}, {@code BOLD_LINE}, {@code LINE}) keep Excel's own
         * alignment, at the foot of their row.
         */
        HEADLINE,
        /** A bold line above a table (a count), in tonghop's own 11-point bold font. */
        BOLD_LINE,
        /** A centred italic line under a title. */
        SUBTITLE,
        /** Centred, bordered (STT, a template's quota); with a number format when one is given. */
        CENTER,
        /** Date and time {@code dd/mm/yyyy hh:mm}. */
        DATETIME,
        /** Text without border, in the workbook's default font. */
        PLAIN,
        /**
         * Text without border in tonghop's own 11-point font: on a sheet added to a school's workbook,
         * whose default font is the school's.
         */
        LINE,
        /** Bold, wrapped, bordered: a group row's name. */
        GROUP,
        /** Text that wraps, without border (explanations beside a label). */
        NOTE,
        /** A small italic remark that wraps, without border (a template's notes under its title). */
        REMARK,
        /** Italic words right-aligned against the input cell they name ("Kế hoạch số", "ngày"). */
        CAPTION,
        /** A whole number without border, left-aligned under the text beside it. */
        COUNT,
        /** A link inside the workbook: underlined, blue, wrapped, bordered. */
        LINK,
        /** A cell the clerk fills in a template: the only unlocked style, centred, with the value's format. */
        INPUT
    }

    /** How a workbook's cells sit. */
    public enum Look {
        /** Reports: every cell at the top of its row (rows grow with wrapped text). */
        REPORT,
        /** Templates: cells centred in their row and locked, except {@link Kind#INPUT}, for sheet protection. */
        FORM
    }

    /** A cell's background, named once by what it means. */
    public enum Fill {
        NONE(null),
        /** A table's header row: light blue-grey. */
        HEADER(rgb(0xDD, 0xEB, 0xF7)),
        /** The header of the feedback list «Góp ý»: a grey an .xls palette has too. */
        LIST_HEADER(rgb(0xD0, 0xD0, 0xD0)),
        /** A row that falls short of its quota: light red. */
        SHORT(rgb(0xFF, 0xC7, 0xCE)),
        /** A row not there yet but on its way (below the quota now, the plan reaching it): light green. */
        ON_THE_WAY(rgb(0xE2, 0xEF, 0xDA)),
        /** A line of the discrepancy report with an ERROR finding: red-ish. */
        ERROR(rgb(0xF8, 0xCB, 0xAD)),
        /** A WARNING finding's line; a value read with doubt: yellow-ish. */
        WARNING(rgb(0xFF, 0xEB, 0x9C)),
        /** A group row of the phasing table: very light grey. */
        GROUP(rgb(0xF2, 0xF2, 0xF2)),
        /** A template's input cell: light yellow, the colour its instructions name. */
        INPUT(rgb(0xFF, 0xF2, 0xCC)),
        /** A template's pre-filled quota: light grey. */
        QUOTA(rgb(0xE7, 0xE6, 0xE6)),
        /** A school's cell with an error, in its feedback copy: Excel's own "light red". */
        MARKED_ERROR(rgb(0xFF, 0xC7, 0xCE)),
        /** A school's cell with a warning: Excel's own "yellow". */
        MARKED_WARNING(rgb(0xFF, 0xEB, 0x9C)),
        /** A school's cell with an information: light blue. */
        MARKED_INFO(rgb(0xDD, 0xEB, 0xF7));

        private final byte[] rgb;

        Fill(byte[] rgb) {
            this.rgb = rgb;
        }

        /** How a school's cell with a finding of that severity is filled in its feedback copy. */
        public static Fill marked(Severity severity) {
            return switch (severity) {
                case ERROR -> MARKED_ERROR;
                case WARNING -> MARKED_WARNING;
                case INFO -> MARKED_INFO;
            };
        }

        /** The colour's red, green and blue; null for none. */
        public byte[] rgb() {
            return rgb == null ? null : rgb.clone();
        }

        /** {@code FFC7CE}, as POI reports the colour of a cell's fill; null for none. */
        public String hex() {
            if (rgb == null) {
                return null;
            }
            return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        }

        /**
         * Fills {@code style} solid with this colour. An .xls has no true colours, only its palette:
         * the nearest colour of the file's own palette is used, leaving the palette (which a school's
         * cells use) as it is.
         */
        public void paint(Workbook wb, CellStyle style) {
            if (rgb == null) {
                return;
            }
            if (style instanceof XSSFCellStyle x) {
                x.setFillForegroundColor(new XSSFColor(rgb, null));
            } else if (wb instanceof HSSFWorkbook h) {
                HSSFColor c = h.getCustomPalette().findSimilarColor(rgb[0], rgb[1], rgb[2]);
                style.setFillForegroundColor(c == null ? IndexedColors.LIGHT_YELLOW.getIndex() : c.getIndex());
            }
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static byte[] rgb(int r, int g, int b) {
            return new byte[] {(byte) r, (byte) g, (byte) b};
        }
    }

    /** One style: what, on which background, in which number format (null: the kind's own). */
    private record Key(Kind kind, Fill fill, String format) {
    }

    /** One font: bold, italic, size, and whether it is a link's (underlined, blue). */
    private record FontKey(boolean bold, boolean italic, int points, boolean link) {
        static final FontKey BOLD = new FontKey(true, false, 11, false);
        static final FontKey TITLE = new FontKey(true, false, 14, false);
        static final FontKey ITALIC = new FontKey(false, true, 11, false);
        static final FontKey SMALL_ITALIC = new FontKey(false, true, 10, false);
        static final FontKey REGULAR = new FontKey(false, false, 11, false);
        static final FontKey LINK = new FontKey(false, false, 11, true);
    }

    private final Workbook workbook;
    private final Look look;
    private final Map<Key, CellStyle> cache = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final boolean legacyDefaultFont;
    /** The font every style names in a workbook whose default font is a legacy one. */
    private static final String UNICODE_FONT = "Times New Roman";

    /** A report's styles. */
    public ReportStyles(Workbook workbook) {
        this(workbook, Look.REPORT);
    }

    public ReportStyles(Workbook workbook, Look look) {
        this.workbook = workbook;
        this.look = look;
        this.legacyDefaultFont = legacyDefaultFont(workbook);
    }

    /**
     * Whether the workbook's default font is a legacy Vietnamese one (.VnTime, VNI-Times): a school's
     * old workbook, to which a feedback sheet is added. A style without a font of its own would draw
     * the sheet's Unicode text as nonsense in it, so every style then names tonghop's own font.
     */
    private static boolean legacyDefaultFont(Workbook workbook) {
        try {
            return workbook.getNumberOfFonts() > 0
                    && LegacyVietnamese.fontHint(workbook.getFontAt(0).getFontName()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public CellStyle get(Kind kind) {
        return get(kind, kind == Kind.HEADER ? Fill.HEADER : kind == Kind.INPUT ? Fill.INPUT : Fill.NONE);
    }

    public CellStyle get(Kind kind, Fill fill) {
        return get(kind, fill, null);
    }

    /** @param format an Excel number format ({@code 0.00}, {@code @}) in place of the kind's own; null for that */
    public CellStyle get(Kind kind, Fill fill, String format) {
        return cache.computeIfAbsent(new Key(kind, fill, format), k -> create(kind, fill, format));
    }

    private CellStyle create(Kind kind, Fill fill, String format) {
        CellStyle s = workbook.createCellStyle();
        if (look == Look.FORM) {
            s.setLocked(kind != Kind.INPUT);
        }
        if (kind != Kind.HEADLINE && kind != Kind.LINE && kind != Kind.BOLD_LINE) {
            s.setVerticalAlignment(look == Look.FORM ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        }
        boolean bordered = switch (kind) {
            case BOLD, TITLE, HEADLINE, BOLD_LINE, SUBTITLE, PLAIN, LINE, DATETIME, NOTE, REMARK, CAPTION, COUNT -> false;
            default -> true;
        };
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        switch (kind) {
            case HEADER -> {
                s.setFont(font(FontKey.BOLD));
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
            case BOLD, BOLD_LINE -> s.setFont(font(FontKey.BOLD));
            case GROUP -> {
                s.setFont(font(FontKey.BOLD));
                s.setWrapText(true);
            }
            case TITLE -> {
                s.setFont(font(FontKey.TITLE));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case HEADLINE -> s.setFont(font(FontKey.TITLE));
            case SUBTITLE -> {
                s.setFont(font(FontKey.ITALIC));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case CENTER, INPUT -> s.setAlignment(HorizontalAlignment.CENTER);
            case FIGURE_TEXT -> s.setAlignment(HorizontalAlignment.CENTER);
            case DATETIME -> {
                s.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            case LINE -> s.setFont(font(FontKey.REGULAR));
            case REMARK -> {
                s.setFont(font(FontKey.SMALL_ITALIC));
                s.setWrapText(true);
            }
            case CAPTION -> {
                s.setFont(font(FontKey.ITALIC));
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setIndention((short) 1);
            }
            case LINK -> {
                s.setFont(font(FontKey.LINK));
                s.setWrapText(true);
            }
            default -> {
                // TEXT, PLAIN: nothing more
            }
        }
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        fill.paint(workbook, s);
        if (legacyDefaultFont && s.getFontIndex() == 0) {
            s.setFont(font(FontKey.REGULAR));
        }
        return s;
    }

    private Font font(FontKey key) {
        return fonts.computeIfAbsent(key, k -> {
            Font f = workbook.createFont();
            f.setBold(k.bold());
            f.setItalic(k.italic());
            f.setFontHeightInPoints((short) k.points());
            if (legacyDefaultFont) {
                f.setFontName(UNICODE_FONT); // named: an unnamed font would fall back on the legacy default
            }
            if (k.link()) {
                f.setUnderline(Font.U_SINGLE);
                f.setColor(IndexedColors.BLUE.getIndex());
            }
            return f;
        });
    }
}
