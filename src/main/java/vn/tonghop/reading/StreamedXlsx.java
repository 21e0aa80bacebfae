package vn.tonghop.reading;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.tonghop.value.CellContent;

/**
 * An .xlsx read with POI's event model: the package opened read-only ({@link LeanPackage} for an ordinary
 * one, else POI's {@code OPCPackage}: {@link PoiPackage}), then every part by SAX, no XML tree ever built: the workbook part's sheet list ({@link StreamedWorkbookPart}), the styles into a compact
 * table ({@link StreamedStyles}), the shared strings, and every sheet into a compact store of the cells
 * inside {@link SheetGrid}'s bounds. Each cell answers as POI's user model ({@code XSSFCell}) answers for
 * it: the same cell type rules, cached formula values, styles (as POI's {@code XSSFCellStyle} over its
 * {@code StylesTable}), number formats, fonts and formatting runs, the same exceptions for a damaged value.
 *
 * <p>What this reader does not mean to reproduce it refuses with {@link Unusual}: rows or cells out of
 * order or repeated, array and data-table formulas, overlapping column definitions, a sheet kind other
 * than work- and chartsheets, the text of a shared formula (asked only of one without a cached value),
 * a shared string item of unusual shape. The caller then reads the file with the user model, so such a
 * file reads exactly as before, only slower. POI's own guards stay in force: the package is opened
 * through {@code ZipSecureFile} either way (entry size, inflate ratio), and every part is parsed by a hardened
 * reader ({@link PartXmlReader}: no DOCTYPE, nothing fetched from outside the part).
 */
public final class StreamedXlsx implements CellSource, Closeable {

    private static final Logger log = LoggerFactory.getLogger(StreamedXlsx.class);

    /** Something this reader leaves to the user model. */
    public static final class Unusual extends RuntimeException {
        Unusual(String what) {
            super(what, null, false, false);
        }
    }

    static final String MAIN = XSSFRelation.NS_SPREADSHEETML;

    private final XlsxPackage pkg;
    /** One SAX reader for every part of the workbook: making one cost more than parsing its styles. */
    private final XMLReader reader;
    /**
     * Whether the reader goes back to its thread when the workbook is closed ({@link #spareReader}): a small
     * package read without a failure, so far.
     */
    private boolean readerToSpare;
    private final StreamedStyles styles;
    private final List<Text> strings;
    private final List<SheetPart> parts = new ArrayList<>();
    private final List<XSheet> sheets = new ArrayList<>();
    private final Map<String, XSheet> whole = new HashMap<>();
    /** XF index → the style's number format, made once per workbook. */
    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    private record SheetPart(String name, XlsxPackage.Part part) {
    }

    private record NumberFormat(int index, String format) {
    }

    private StreamedXlsx(XlsxPackage pkg, XMLReader reader) throws IOException, SAXException {
        this.pkg = pkg;
        this.reader = reader;
        XlsxPackage.Part workbookPart = pkg.workbook();
        List<StreamedWorkbookPart.Sheet> listed;
        try (InputStream in = workbookPart.stream()) {
            listed = StreamedWorkbookPart.sheets(reader, in);
        }
        XlsxPackage.Part stylesPart = pkg.related(workbookPart, XSSFRelation.STYLES.getRelation());
        if (stylesPart == null) {
            this.styles = StreamedStyles.DEFAULT;
        } else {
            try (InputStream in = stylesPart.stream()) {
                this.styles = StreamedStyles.read(reader, in);
            }
        }
        XlsxPackage.Part stringsPart = pkg.related(workbookPart, XSSFRelation.SHARED_STRINGS.getRelation());
        this.strings = stringsPart == null ? List.of() : SharedStrings.read(reader, stringsPart);
        for (StreamedWorkbookPart.Sheet s : listed) {
            XlsxPackage.Relation rel = s.relationship() == null ? null : pkg.relation(workbookPart, s.relationship());
            if (rel == null) {
                throw new Unusual("a sheet without its part");
            }
            String type = rel.type();
            if (XSSFRelation.WORKSHEET.getRelation().equals(type)) {
                parts.add(new SheetPart(s.name(), rel.target()));
            } else if (XSSFRelation.CHARTSHEET.getRelation().equals(type)) {
                parts.add(new SheetPart(s.name(), null)); // a chart on a sheet of its own: no cells
            } else {
                throw new Unusual("sheet of type " + type);
            }
        }
        for (SheetPart p : parts) {
            sheets.add(parse(p, SheetGrid.MAX_ROWS - 1, SheetGrid.MAX_COLS));
        }
    }

    /**
     * Opens the file read-only and reads every sheet within the grid's bounds; the caller closes it. An
     * ordinary package is opened lean ({@link LeanPackage}); anything that fails there, for whatever
     * reason, is opened again through POI's {@code OPCPackage} as before, which refuses what POI refuses.
     */
    public static StreamedXlsx open(File file) throws Exception {
        return open(file, null);
    }

    /**
     * As {@link #open(File)}, the package's parts taken from {@code unpacked} (the file unpacked for its size
     * check, {@link WorkbookOpener#checkForReading}) when it is not null, instead of being inflated again.
     */
    static StreamedXlsx open(File file, UnpackedZip unpacked) throws Exception {
        boolean small = unpacked != null && unpacked.unpackedBytes() <= SPARE_READER_MAX_BYTES;
        XMLReader reader = small ? spareReader() : xmlReader();
        try {
            StreamedXlsx xlsx = open(unpacked != null ? LeanPackage.open(unpacked, reader)
                    : LeanPackage.open(file, reader), reader);
            xlsx.readerToSpare = small;
            return xlsx;
        } catch (Exception | StackOverflowError | AssertionError e) {
            log.debug("{}: opened by POI ({})", file.getName(), e.toString());
        }
        return openWithPoi(file);
    }

    /** Opens the file the lean way only: {@link Unusual} (or another exception) when that cannot. */
    static StreamedXlsx openLean(File file) throws Exception {
        XMLReader reader = xmlReader();
        return open(LeanPackage.open(file, reader), reader);
    }

    /** Opens the file through POI's {@code OPCPackage}, as before the lean way: to compare the two. */
    static StreamedXlsx openWithPoi(File file) throws Exception {
        return open(PoiPackage.open(file), xmlReader());
    }

    private static StreamedXlsx open(XlsxPackage pkg, XMLReader reader) throws Exception {
        try {
            return new StreamedXlsx(pkg, reader);
        } catch (Exception | Error e) {
            pkg.close();
            throw e;
        }
    }

    /** Whether the package was opened lean, without POI's {@code OPCPackage}. */
    boolean openedLean() {
        return pkg instanceof LeanPackage;
    }

    @Override
    public void close() {
        pkg.close(); // read-only: nothing to save, the file is never written
        if (readerToSpare) {
            readerToSpare = false;
            reader.setContentHandler(NO_HANDLER); // the reader keeps no handler, and through it no cells
            SPARE_READER.set(reader);
        }
    }

    @Override
    public List<XSheet> sheets() {
        return sheets;
    }

    @Override
    public Sheet sheet(String name) {
        for (int i = 0; i < parts.size(); i++) {
            SheetPart p = parts.get(i);
            if (p.name().equalsIgnoreCase(name)) {
                XSheet bounded = sheets.get(i);
                if (bounded.complete) {
                    return bounded;
                }
                return whole.computeIfAbsent(p.name(), n -> {
                    try {
                        readerToSpare = false; // a whole sheet may be large; and a failed parse leaves the reader
                        return parse(p, WHOLE_SHEET_LAST_ROW, Integer.MAX_VALUE);
                    } catch (IOException | SAXException e) {
                        throw new IllegalStateException("sheet " + n + " could not be read again", e);
                    }
                });
            }
        }
        return null;
    }

    @Override
    public int fontCount() {
        return styles.fontCount();
    }

    @Override
    public String fontName(int index) {
        return styles.fontName(index);
    }

    private XSheet parse(SheetPart p, int lastRow, int maxCols) throws IOException, SAXException {
        XSheet sheet = new XSheet(p.name());
        if (p.part() == null) {
            sheet.complete = true;
            return sheet;
        }
        SheetHandler handler = new SheetHandler(sheet, lastRow, maxCols);
        try (InputStream in = p.part().stream()) {
            parse(reader, in, handler);
        }
        if (!handler.sawSheetData) {
            // POI's user model: "Had empty sheet data when initializing the sheet"
            throw new Unusual("a worksheet without sheetData");
        }
        return sheet;
    }

    /**
     * A reader thread's SAX reader, kept from one workbook to the next: making one (then POI's hardened reader,
     * Xerces' whole parser configuration) cost a twentieth of a bench file's reading. Only a workbook of
     * at most {@link #SPARE_READER_MAX_BYTES} unpacked that was read without a failure gives its reader back
     * (a reader keeps the element names it met); taken out while in use, so two workbooks open on one thread
     * never share it. The reader starts each document afresh (features kept, the handler set for each part).
     */
    private static final ThreadLocal<XMLReader> SPARE_READER = new ThreadLocal<>();
    static final long SPARE_READER_MAX_BYTES = 1L << 20;
    private static final DefaultHandler NO_HANDLER = new DefaultHandler();

    private static XMLReader spareReader() throws SAXException {
        XMLReader spare = SPARE_READER.get();
        if (spare == null) {
            return xmlReader();
        }
        SPARE_READER.remove();
        return spare;
    }

    /** The hardened reader every part is parsed with ({@link PartXmlReader}): no DOCTYPE, nothing fetched. */
    private static XMLReader xmlReader() throws SAXException {
        return PartXmlReader.create();
    }

    /**
     * One part into {@code handler}, with the workbook's {@link #xmlReader() reader}: parts are read one
     * after the other, never one inside another, and a reader starts each document afresh.
     */
    static void parse(XMLReader reader, InputStream in, DefaultHandler handler) throws IOException, SAXException {
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            // Woodstox wraps what a handler throws (an Unusual above all); it goes on as thrown, as it did
            // through the JDK's parser
            Throwable cause = e.getException() != null ? e.getException() : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- text

    /**
     * A string as an {@code XSSFRichTextString} holds it: its runs' texts as written (or its one text) and
     * each run's font name, or null for a run that names none.
     */
    record Text(String plain, String[] runTexts, String[] runFonts) {
        /** POI's {@code getString()}: the runs' texts together, or the one text, {@code _xHHHH_} decoded. */
        String string() {
            if (runTexts.length == 0) {
                return utfDecode(plain);
            }
            StringBuilder b = new StringBuilder();
            for (String t : runTexts) {
                b.append(t);
            }
            return utfDecode(b.toString());
        }

        Runs runs() {
            int[] starts = new int[runTexts.length];
            int pos = 0;
            for (int i = 0; i < runTexts.length; i++) {
                starts[i] = pos;
                pos += runTexts[i].length();
            }
            return new Runs(string(), starts, runFonts.clone());
        }
    }

    private static final java.util.regex.Pattern UTF = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** As {@code XSSFRichTextString.utfDecode}: Excel's {@code _x000D_} escapes of characters XML cannot hold. */
    static String utfDecode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder buf = new StringBuilder();
        java.util.regex.Matcher m = UTF.matcher(value);
        int idx = 0;
        while (m.find()) {
            int pos = m.start();
            if (pos > idx) {
                buf.append(value, idx, pos);
            }
            buf.append((char) Integer.parseInt(m.group(1), 16));
            idx = m.end();
        }
        if (idx == 0) {
            return value;
        }
        buf.append(value.substring(idx));
        return buf.toString();
    }

    /**
     * Collects one rich text ({@code <si>} of the shared strings, {@code <is>} of a cell): its direct
     * {@code <t>}, its runs {@code <r>} with their {@code <rPr><rFont>} and {@code <t>}; phonetic runs
     * ({@code <rPh>}) are not part of the text, as in POI's user model.
     */
    private static final class TextCollector {
        private String plain;
        private int plainCount;
        private final List<String> runTexts = new ArrayList<>();
        private final List<String> runFonts = new ArrayList<>();
        private int depth; // below the <si>/<is> element
        private boolean inRun;
        private boolean inPhonetic;
        private boolean inRunProperties;
        private String runText;
        private int runTextCount;
        private String runFont;
        private StringBuilder chars;

        void start(String local) {
            depth++;
            if (depth == 1) {
                switch (local) {
                    case "t" -> chars = new StringBuilder();
                    case "r" -> {
                        inRun = true;
                        runText = null;
                        runTextCount = 0;
                        runFont = null;
                    }
                    case "rPh" -> inPhonetic = true;
                    default -> {
                        // phoneticPr and the like: not text
                    }
                }
            } else if (inRun && depth == 2) {
                if (local.equals("t")) {
                    chars = new StringBuilder();
                } else if (local.equals("rPr")) {
                    inRunProperties = true;
                }
            }
        }

        void rFont(String val) {
            if (inRunProperties && depth == 3 && runFont == null) {
                runFont = val;
            }
        }

        void characters(char[] ch, int start, int length) {
            if (chars != null) {
                chars.append(ch, start, length);
            }
        }

        void end(String local) {
            if (depth == 1) {
                switch (local) {
                    case "t" -> {
                        if (plainCount++ == 0) {
                            plain = chars.toString();
                        }
                        chars = null;
                    }
                    case "r" -> {
                        if (runTextCount != 1) {
                            throw new Unusual("a formatting run without one text");
                        }
                        runTexts.add(runText);
                        runFonts.add(runFont);
                        inRun = false;
                    }
                    case "rPh" -> inPhonetic = false;
                    default -> {
                    }
                }
            } else if (inRun && depth == 2) {
                if (local.equals("t")) {
                    runText = chars.toString();
                    runTextCount++;
                    chars = null;
                } else if (local.equals("rPr")) {
                    inRunProperties = false;
                }
            }
            depth--;
        }

        Text text() {
            if (runTexts.isEmpty() && plainCount != 1) {
                throw new Unusual("a text with " + plainCount + " <t>"); // POI: null, or the first of several
            }
            return new Text(plain, runTexts.toArray(String[]::new), runFonts.toArray(String[]::new));
        }
    }

    /** The shared strings part, by SAX; each item with its runs. */
    private static final class SharedStrings extends DefaultHandler {
        private final List<Text> items = new ArrayList<>();
        private TextCollector item;
        private boolean sawRoot;

        static List<Text> read(XMLReader reader, XlsxPackage.Part part) throws IOException, SAXException {
            SharedStrings handler = new SharedStrings();
            try (InputStream in = part.stream()) {
                parse(reader, in, handler);
            }
            if (!handler.sawRoot) {
                throw new Unusual("shared strings without <sst>");
            }
            return handler.items;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!MAIN.equals(uri)) {
                if (item != null) {
                    throw new Unusual("foreign element in a shared string");
                }
                return;
            }
            if (item != null) {
                item.start(local);
                if (local.equals("rFont")) {
                    item.rFont(atts.getValue("val"));
                }
            } else if (local.equals("si")) {
                item = new TextCollector();
            } else if (local.equals("sst")) {
                sawRoot = true;
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (item == null || !MAIN.equals(uri)) {
                return;
            }
            if (local.equals("si") && item.depth == 0) {
                items.add(item.text());
                item = null;
            } else {
                item.end(local);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (item != null) {
                item.characters(ch, start, length);
            }
        }
    }

    // ---------------------------------------------------------------- sheets

    /** One sheet: its rows in order, its merged regions, whether nothing was left out by the bounds. */
    final class XSheet implements Sheet {
        private final String name;
        private final List<XRow> rows = new ArrayList<>();
        private final List<String> mergeRefs = new ArrayList<>();
        /** {@code <col>} ranges (1-based, inclusive) with their style, for cells that name none. */
        private final List<long[]> columns = new ArrayList<>();
        private boolean complete;

        XSheet(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<XRow> rows() {
            return rows;
        }

        @Override
        public Row row(int index) {
            int lo = 0;
            int hi = rows.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int r = rows.get(mid).index;
                if (r < index) {
                    lo = mid + 1;
                } else if (r > index) {
                    hi = mid - 1;
                } else {
                    return rows.get(mid);
                }
            }
            return null;
        }

        @Override
        public int mergedRegionCount() {
            return mergeRefs.size();
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            List<CellRangeAddress> out = new ArrayList<>(mergeRefs.size());
            for (String ref : mergeRefs) {
                out.add(CellRangeAddress.valueOf(ref));
            }
            return out;
        }

        /** The XF index of column {@code col}'s default style ({@code XSSFSheet.getColumnStyle}). */
        int columnStyle(int col) {
            long oneBased = col + 1L;
            for (long[] c : columns) {
                if (c[0] <= oneBased && oneBased <= c[1]) {
                    return (int) c[2];
                }
            }
            return 0;
        }
    }

    /** One row. */
    static final class XRow implements Row {
        private final int index;
        private int lastCellNum = -1;
        private XCell[] cells = new XCell[0];
        private int size;

        XRow(int index) {
            this.index = index;
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public int lastCellNum() {
            return lastCellNum;
        }

        @Override
        public Cell cell(int col) {
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cells[mid].col;
                if (c < col) {
                    lo = mid + 1;
                } else if (c > col) {
                    hi = mid - 1;
                } else {
                    return cells[mid];
                }
            }
            return null;
        }

        @Override
        public List<XCell> cells() {
            return Arrays.asList(cells).subList(0, size);
        }

        void add(XCell cell) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, Math.max(8, size * 2));
            }
            cells[size++] = cell;
        }
    }

    private static final byte T_N = 0;
    private static final byte T_S = 1;
    private static final byte T_STR = 2;
    private static final byte T_INLINE = 3;
    private static final byte T_B = 4;
    private static final byte T_E = 5;

    private enum Kind { NUMERIC, STRING, BOOLEAN, ERROR, BLANK, FORMULA }

    /** One cell as written: its type, style, value, formula and inline text. */
    final class XCell implements Cell {
        private final XSheet sheet;
        private final int row;
        private final int col;
        private final byte t;
        /** The XF index written, -1 when none. */
        private final long s;
        private String v;
        private boolean hasV;
        private boolean formula;
        private boolean sharedFormula;
        private String formulaText;
        private Text inline;

        XCell(XSheet sheet, int row, int col, byte t, long s) {
            this.sheet = sheet;
            this.row = row;
            this.col = col;
            this.t = t;
            this.s = s;
        }

        @Override
        public String sheetName() {
            return sheet.name;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public int col() {
            return col;
        }

        /** {@code XSSFCell.getBaseCellType}. */
        private Kind base(boolean blankCells) {
            return switch (t) {
                case T_B -> Kind.BOOLEAN;
                case T_N -> !hasV && blankCells ? Kind.BLANK : Kind.NUMERIC;
                case T_E -> Kind.ERROR;
                default -> Kind.STRING;
            };
        }

        private Kind type() {
            return formula ? Kind.FORMULA : base(true);
        }

        @Override
        public CellContent content(DataFormatter formatter) {
            Kind type = type();
            if (type == Kind.FORMULA) {
                if (!hasV) {
                    return CellContent.brokenFormula(formulaShown());
                }
                type = base(false);
            }
            return switch (type) {
                case STRING -> CellContent.text(stringValue());
                case NUMERIC -> number(formatter);
                case BOOLEAN -> CellContent.text(hasV && "1".equals(v) ? "TRUE" : "FALSE");
                case ERROR -> CellContent.brokenFormula(formula ? formulaShown() : "#ERROR");
                default -> CellContent.text("");
            };
        }

        /** {@code =SUM(D9:D12)}, as {@code XSSFCell.getCellFormula}; a shared formula's text is the user model's to make. */
        private String formulaShown() {
            if (sharedFormula) {
                throw new Unusual("the text of a shared formula");
            }
            return "=" + formulaText;
        }

        /** {@code XSSFCell.getNumericCellValue} for a numeric value or cached result. */
        private double numericValue() {
            if (!hasV || v.isEmpty()) {
                return 0.0;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell");
            }
        }

        private CellContent number(DataFormatter formatter) {
            double value = numericValue();
            String format;
            int formatIndex;
            boolean date;
            try {
                NumberFormat f = numberFormat();
                format = f == null ? "General" : f.format();
                formatIndex = f == null ? 0 : f.index();
                date = f != null && DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(f.index(), f.format());
            } catch (RuntimeException e) {
                // a damaged style reference: the value itself is intact, so read it as General
                format = "General";
                formatIndex = 0;
                date = false;
            }
            return PoiCellSource.number(value, format, formatIndex, date, formatter);
        }

        /**
         * The cell's style as {@code XSSFCell.getCellStyle} finds it: its own XF, else its column's; -1 for
         * none (POI: null).
         */
        private int style() {
            int style = -1;
            if (s >= 0 && styles.xfCount() > 0) {
                style = styles.styleAt(Math.toIntExact(s));
            }
            if (style < 0) {
                style = styles.styleAt(sheet.columnStyle(col));
            }
            return style;
        }

        private NumberFormat numberFormat() {
            int key = s >= 0 && s < styles.xfCount() ? (int) s : -2 - sheet.columnStyle(col);
            NumberFormat f = formats.get(key);
            if (f == null && !formats.containsKey(key)) {
                int style = style();
                f = style < 0 ? null : new NumberFormat(styles.dataFormat(style), styles.dataFormatString(style));
                formats.put(key, f);
            }
            return f;
        }

        /** {@code XSSFCell.findStringValue}, decoded. */
        private String stringValue() {
            return text().string();
        }

        private Text text() {
            switch (t) {
                case T_INLINE -> {
                    if (inline != null) {
                        return inline;
                    }
                    return hasV ? plain(v) : plain("");
                }
                case T_STR -> {
                    return plain(hasV ? v : "");
                }
                default -> {
                    if (hasV) {
                        try {
                            int idx = Integer.parseInt(v);
                            if (idx >= 0 && idx < strings.size()) {
                                return strings.get(idx);
                            }
                        } catch (NumberFormatException e) {
                            // POI: any failure to find the item reads as ""
                        }
                    }
                    return plain("");
                }
            }
        }

        private static Text plain(String s) {
            return new Text(s, new String[0], new String[0]);
        }

        @Override
        public boolean holdsText() {
            Kind type = type();
            return type == Kind.STRING || type == Kind.FORMULA && base(false) == Kind.STRING;
        }

        @Override
        public boolean isPlainString() {
            return type() == Kind.STRING;
        }

        @Override
        public String string() {
            return richText().string();
        }

        /** {@code XSSFCell.getRichStringCellValue}. */
        private Text richText() {
            Kind type = type();
            if (type == Kind.BLANK) {
                return plain("");
            }
            if (type == Kind.STRING || type == Kind.FORMULA && base(false) == Kind.STRING) {
                return text();
            }
            throw new IllegalStateException("Cannot get a STRING value from a " + type + " cell");
        }

        @Override
        public int fontIndex() {
            int style;
            try {
                style = style();
            } catch (RuntimeException e) {
                return -1;
            }
            return style < 0 ? -1 : styles.fontIndex(style);
        }

        @Override
        public Runs runs() {
            try {
                return richText().runs();
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public String canonical() {
            Kind type = type();
            if (type == Kind.FORMULA) {
                type = base(false);
            }
            return switch (type) {
                case STRING -> stringValue();
                case NUMERIC -> PoiCellSource.canonicalNumber(numericValue());
                case BOOLEAN -> hasV && "1".equals(v) ? "TRUE" : "FALSE";
                case ERROR -> PoiCellSource.errorText(errorCode());
                default -> "";
            };
        }

        /** {@code XSSFCell.getErrorCellValue}. */
        private byte errorCode() {
            if (!hasV) {
                return 0;
            }
            try {
                return FormulaError.forString(v).getCode();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Unexpected error code", e);
            }
        }
    }

    /**
     * SAX over one worksheet: rows and cells inside the bounds are kept; the rest is read only to the
     * end of the document (its merged regions come last, and a malformed document fails here as it would
     * in the user model).
     */
    private final class SheetHandler extends DefaultHandler {
        private final XSheet sheet;
        private final int lastRow;
        private final int maxCols;
        private boolean sawSheetData;
        private boolean inSheetData;
        private boolean inCols;
        private boolean inMergeCells;
        private int highestRow = -1;
        private boolean anyRow;
        private XRow row;
        private boolean keepRow;
        private int highestCol;
        private XCell cell;
        private boolean keepCell;
        private int cellDepth;
        private StringBuilder chars;
        private String charsFor;
        private TextCollector inline;

        SheetHandler(XSheet sheet, int lastRow, int maxCols) {
            this.sheet = sheet;
            this.lastRow = lastRow;
            this.maxCols = maxCols;
            sheet.complete = true;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!MAIN.equals(uri)) {
                if (cell != null) {
                    throw new Unusual("foreign element in a cell");
                }
                return;
            }
            if (cell != null) {
                cellChild(local, atts);
                return;
            }
            if (inSheetData) {
                if (local.equals("row")) {
                    startRow(atts);
                } else if (local.equals("c") && row != null) {
                    startCell(atts);
                }
                return;
            }
            switch (local) {
                case "sheetData" -> {
                    if (sawSheetData) {
                        throw new Unusual("two sheetData");
                    }
                    sawSheetData = true;
                    inSheetData = true;
                }
                case "cols" -> inCols = true;
                case "col" -> {
                    if (inCols) {
                        column(atts);
                    }
                }
                case "mergeCells" -> inMergeCells = true;
                case "mergeCell" -> {
                    if (inMergeCells) {
                        sheet.mergeRefs.add(atts.getValue("ref"));
                    }
                }
                default -> {
                    // everything else of a sheet (views, formats, validations, drawings) is not read
                }
            }
        }

        private void column(Attributes atts) {
            long min = unsigned(atts.getValue("min"), "col min");
            long max = unsigned(atts.getValue("max"), "col max");
            String style = atts.getValue("style");
            long xf = style == null ? 0 : unsigned(style, "col style");
            for (long[] c : sheet.columns) {
                if (min <= c[1] && c[0] <= max) {
                    throw new Unusual("overlapping columns");
                }
            }
            sheet.columns.add(new long[] {min, max, xf});
        }

        private void startRow(Attributes atts) {
            String r = atts.getValue("r");
            int index;
            if (r == null) {
                index = anyRow ? highestRow + 1 : 0; // XSSFRow: no gaps assumed
            } else {
                index = Math.toIntExact(unsigned(r, "row number") - 1);
            }
            if (index < 0 || anyRow && index <= highestRow) {
                throw new Unusual("row " + r + " out of order");
            }
            anyRow = true;
            highestRow = index;
            highestCol = -1;
            row = new XRow(index);
            keepRow = index <= lastRow;
            if (keepRow) {
                sheet.rows.add(row);
            } else {
                sheet.complete = false;
            }
        }

        private void startCell(Attributes atts) {
            String ref = atts.getValue("r");
            int col = ref == null ? highestCol + 1 : columnOf(ref);
            if (col <= highestCol) {
                throw new Unusual("cell " + ref + " out of order");
            }
            highestCol = col;
            row.lastCellNum = col + 1;
            String type = atts.getValue("t");
            byte t = type == null ? T_N : switch (type) {
                case "n" -> T_N;
                case "s" -> T_S;
                case "str" -> T_STR;
                case "inlineStr" -> T_INLINE;
                case "b" -> T_B;
                case "e" -> T_E;
                default -> throw new Unusual("cell type " + atts.getValue("t"));
            };
            String s = atts.getValue("s");
            long xf = s == null ? -1 : unsigned(s, "cell style");
            cell = new XCell(sheet, row.index, col, t, xf);
            keepCell = keepRow && col < maxCols;
            if (keepRow && !keepCell) {
                sheet.complete = false;
            }
            cellDepth = 0;
        }

        private void cellChild(String local, Attributes atts) {
            cellDepth++;
            if (inline != null) {
                inline.start(local);
                if (local.equals("rFont")) {
                    inline.rFont(atts.getValue("val"));
                }
                return;
            }
            if (cellDepth != 1) {
                throw new Unusual("unexpected " + local + " in a cell");
            }
            switch (local) {
                case "v", "f" -> {
                    if (charsFor != null || local.equals("v") && cell.hasV || local.equals("f") && cell.formula) {
                        throw new Unusual("a second " + local + " in a cell");
                    }
                    chars = new StringBuilder();
                    charsFor = local;
                    if (local.equals("f")) {
                        String type = atts.getValue("t");
                        if (type == null || type.equals("normal")) {
                            cell.formula = true;
                        } else if (type.equals("shared")) {
                            cell.formula = true;
                            cell.sharedFormula = true;
                            if (atts.getValue("ref") != null) {
                                CellRangeAddress.valueOf(atts.getValue("ref")); // POI reads it: a bad one fails the sheet
                            }
                        } else {
                            throw new Unusual("formula of type " + type);
                        }
                    }
                }
                case "is" -> {
                    if (cell.inline != null) {
                        throw new Unusual("a second is in a cell");
                    }
                    inline = new TextCollector();
                }
                case "extLst" -> throw new Unusual("extensions in a cell");
                default -> throw new Unusual("unexpected " + local + " in a cell");
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!MAIN.equals(uri)) {
                return;
            }
            if (cell != null) {
                if (cellDepth == 0) {
                    endCell();
                    return;
                }
                if (inline != null) {
                    if (cellDepth == 1) {
                        cell.inline = inline.text();
                        inline = null;
                    } else {
                        inline.end(local);
                    }
                } else if (charsFor != null) {
                    if (charsFor.equals("v")) {
                        cell.v = chars.toString();
                        cell.hasV = true;
                    } else {
                        cell.formulaText = chars.toString();
                    }
                    chars = null;
                    charsFor = null;
                }
                cellDepth--;
                return;
            }
            switch (local) {
                case "row" -> row = null;
                case "sheetData" -> inSheetData = false;
                case "cols" -> inCols = false;
                case "mergeCells" -> inMergeCells = false;
                default -> {
                }
            }
        }

        private void endCell() {
            if (keepCell) {
                row.add(cell);
            }
            cell = null;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inline != null) {
                inline.characters(ch, start, length);
            } else if (chars != null) {
                chars.append(ch, start, length);
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12}, as {@code new CellReference(ref).getCol()}. */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n && i < 3) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
            i++;
        }
        boolean simple = i > 0 && i < n;
        for (int j = i; simple && j < n; j++) {
            char ch = ref.charAt(j);
            simple = ch >= '0' && ch <= '9' && !(j == i && ch == '0');
        }
        if (simple && n - i <= 7) {
            return col - 1;
        }
        return new CellReference(ref).getCol(); // anything else as POI reads it
    }

    private static long unsigned(String value, String what) {
        try {
            long n = Long.parseLong(value);
            if (n < 0 || n > 0xFFFFFFFFL) {
                throw new Unusual(what + " " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Unusual(what + " " + value);
        }
    }
}
