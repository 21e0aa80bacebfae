package vn.tonghop.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.tonghop.reading.StreamedXlsx.Unusual;

/**
 * What {@link StreamedXlsx}'s cells use of an .xlsx's styles part ({@code xl/styles.xml}), read by SAX
 * into a few arrays instead of POI's {@code StylesTable} (an XMLBeans tree of the whole part, which cost
 * about as much as reading a small sheet): the number format of each cell format (XF), the font of each
 * XF, the names of the fonts. Each answer is the one POI's {@code StylesTable} and {@code XSSFCellStyle}
 * give: {@link #dataFormat}, {@link #dataFormatString}, {@link #fontIndex}, {@link #fontName}.
 *
 * <p>What POI would fail on, or reads in a way not reproduced here, is {@link Unusual} (the file is then
 * read by the user model, as before): another root element, a section twice, a number that is not a
 * plain unsigned 32-bit number, a custom palette colour that is not hexadecimal, custom table styles.
 */
final class StreamedStyles {

    private static final String MAIN = StreamedXlsx.MAIN;
    /** The XF attribute a cell format leaves unset: its cell style's font is taken. */
    private static final long UNSET = -1;
    private static final Pattern UNSIGNED = Pattern.compile("[0-9]{1,10}");
    private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})*");

    /** As POI's {@code new StylesTable()} for a workbook without a styles part: one Calibri, one XF. */
    static final StreamedStyles DEFAULT = new StreamedStyles(Map.of(), Arrays.asList("Calibri"),
            new long[] {0}, new long[] {0}, new long[] {0}, new long[] {0});

    /** Custom number formats by id as POI keys them (the id cast to short); a code may be null. */
    private final Map<Short, String> numberFormats;
    private final List<String> fontNames;
    /** The cell formats ({@code cellXfs}): number format id, font id (or {@link #UNSET}), cell style id. */
    private final long[] xfNumberFormat;
    private final long[] xfFont;
    private final long[] xfStyle;
    /** The cell styles' formats ({@code cellStyleXfs}): their font id. */
    private final long[] styleXfFont;

    private StreamedStyles(Map<Short, String> numberFormats, List<String> fontNames, long[] xfNumberFormat,
                           long[] xfFont, long[] xfStyle, long[] styleXfFont) {
        this.numberFormats = numberFormats;
        this.fontNames = fontNames;
        this.xfNumberFormat = xfNumberFormat;
        this.xfFont = xfFont;
        this.xfStyle = xfStyle;
        this.styleXfFont = styleXfFont;
    }

    /** Reads a styles part. */
    static StreamedStyles read(XMLReader reader, InputStream in) throws IOException, SAXException {
        Handler handler = new Handler();
        StreamedXlsx.parse(reader, in, handler);
        if (!handler.sawRoot) {
            throw new Unusual("styles without <styleSheet>");
        }
        return handler.styles();
    }

    /** {@code StylesTable.getNumCellStyles}. */
    int xfCount() {
        return xfNumberFormat.length;
    }

    /** {@code StylesTable.getStyleAt}: the XF itself, or -1 (POI: null) for one the table does not have. */
    int styleAt(int xf) {
        return xf < 0 || xf >= xfNumberFormat.length ? -1 : xf;
    }

    /** {@code XSSFCellStyle.getDataFormat}: the id as POI keeps it, cast to short. */
    short dataFormat(int xf) {
        return (short) xfNumberFormat[xf];
    }

    /** {@code XSSFCellStyle.getDataFormatString}: the workbook's format of that id, else the built-in one. */
    String dataFormatString(int xf) {
        short id = dataFormat(xf);
        String format = numberFormats.get(id);
        return format != null ? format : BuiltinFormats.getBuiltinFormat(id);
    }

    /**
     * {@code XSSFCellStyle.getFontIndex}: the XF's own font, else its cell style's; a cell style the table
     * does not have is a damaged file (POI: a NullPointerException), left to the user model.
     */
    int fontIndex(int xf) {
        if (xfFont[xf] != UNSET) {
            return (int) xfFont[xf];
        }
        int style = xfStyle[xf] > 0 ? (int) xfStyle[xf] : 0; // as StylesTable.getStyleAt casts it
        if (style < 0 || style >= styleXfFont.length) {
            throw new Unusual("a cell format without its cell style");
        }
        return (int) styleXfFont[style];
    }

    /** {@code StylesTable.getFonts().size()}. */
    int fontCount() {
        return fontNames.size();
    }

    /** {@code StylesTable.getFontAt(index).getFontName()}: throws for an index the table does not have. */
    String fontName(int index) {
        return fontNames.get(index);
    }

    /**
     * SAX over {@code <styleSheet>}: {@code numFmts/numFmt}, {@code fonts/font/name}, {@code cellXfs/xf},
     * {@code cellStyleXfs/xf}; the first element of each in the main namespace, as XMLBeans' getters find
     * them. Fills, borders, differential formats and the rest are not read: no cell asks for them.
     */
    private static final class Handler extends DefaultHandler {
        private boolean sawRoot;
        private int depth;
        /** The section being read (a child of the root in the main namespace), or null. */
        private String section;
        private final List<String> sections = new ArrayList<>();
        private boolean inFont;
        private boolean fontNamed;
        private final Map<Short, String> numberFormats = new HashMap<>();
        private final List<String> fontNames = new ArrayList<>();
        private final Longs xfNumberFormat = new Longs();
        private final Longs xfFont = new Longs();
        private final Longs xfStyle = new Longs();
        private final Longs styleXfFont = new Longs();
        private boolean sawDxfs;
        private boolean anyTableStyle;
        private boolean inIndexedColors;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            boolean main = MAIN.equals(uri);
            if (depth == 1) {
                if (!main || !local.equals("styleSheet")) {
                    throw new Unusual("styles part of root " + qName); // XMLBeans: not a StyleSheetDocument
                }
                sawRoot = true;
            } else if (depth == 2) {
                section = main ? local : null;
                if (section != null) {
                    if (sections.contains(section)) {
                        throw new Unusual("two " + section + " in the styles"); // XMLBeans would take the first
                    }
                    sections.add(section);
                    sawDxfs |= section.equals("dxfs");
                }
            } else if (main && section != null) {
                if (depth == 3) {
                    item(local, atts);
                } else if (depth == 4) {
                    if (inFont && local.equals("name") && !fontNamed) {
                        fontNames.set(fontNames.size() - 1, atts.getValue("", "val"));
                        fontNamed = true;
                    } else if (inIndexedColors && local.equals("rgbColor")) {
                        String rgb = atts.getValue("", "rgb");
                        if (rgb != null && !HEX.matcher(rgb).matches()) {
                            throw new Unusual("palette colour " + rgb); // read when POI opens the styles
                        }
                    }
                }
            }
        }

        private void item(String local, Attributes atts) {
            switch (section) {
                case "numFmts" -> {
                    if (local.equals("numFmt")) {
                        // read when POI opens the styles; a later id overrides an earlier one, as in POI's map
                        numberFormats.put((short) unsigned(atts, "numFmtId", 0), atts.getValue("", "formatCode"));
                    }
                }
                case "fonts" -> {
                    if (local.equals("font")) {
                        fontNames.add("Calibri"); // XSSFFont.getFontName of a font without a name
                        inFont = true;
                        fontNamed = false;
                    }
                }
                case "cellXfs" -> {
                    if (local.equals("xf")) {
                        xfNumberFormat.add(unsigned(atts, "numFmtId", 0));
                        xfFont.add(unsigned(atts, "fontId", UNSET));
                        xfStyle.add(unsigned(atts, "xfId", 0));
                    }
                }
                case "cellStyleXfs" -> {
                    if (local.equals("xf")) {
                        styleXfFont.add(unsigned(atts, "fontId", 0));
                    }
                }
                case "colors" -> inIndexedColors = local.equals("indexedColors");
                case "tableStyles" -> anyTableStyle |= local.equals("tableStyle");
                default -> {
                    // fills, borders, cellStyles, dxfs, extensions: no cell asks for them
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == 3) {
                inFont = false;
                inIndexedColors = false;
            } else if (depth == 2) {
                section = null;
            }
            depth--;
        }

        StreamedStyles styles() {
            if (anyTableStyle && sawDxfs) {
                throw new Unusual("custom table styles"); // POI reads them when it opens the styles
            }
            return new StreamedStyles(numberFormats, fontNames, xfNumberFormat.toArray(), xfFont.toArray(),
                    xfStyle.toArray(), styleXfFont.toArray());
        }
    }

    /**
     * An unsigned 32-bit attribute as XMLBeans reads it, {@code absent} when it is not there; any other
     * spelling (signs, spaces, out of range), which XMLBeans may read or refuse, is left to the user model.
     */
    private static long unsigned(Attributes atts, String name, long absent) {
        String value = atts.getValue("", name);
        if (value == null) {
            return absent;
        }
        if (!UNSIGNED.matcher(value).matches()) {
            throw new Unusual(name + " " + value);
        }
        long n = Long.parseLong(value);
        if (n > 0xFFFFFFFFL) {
            throw new Unusual(name + " " + value);
        }
        return n;
    }

    /** A growing array of longs. */
    private static final class Longs {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
