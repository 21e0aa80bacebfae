package vn.tonghop.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.output.Utf8Writer;

/**
 * POI's streaming workbook (SXSSF) for the big sheets, writing its rows' XML through a buffer of its own
 * ({@link Utf8Writer}).
 * SXSSF writes each character of a cell's text by itself into a {@code java.io.BufferedWriter}, which locks
 * and checks it is open at every character: a third of the time {@code facts.xlsx} took. The XML written
 * is the same; a sheet's rows are deflated once, into its temporary file, and go into the workbook as they
 * are ({@link DeflatedSheetData}).
 */
public final class StreamedWorkbooks {

    private StreamedWorkbooks() {
    }

    /**
     * The level of zlib's at which tonghop's workbooks are compressed (and a streamed sheet's temporary file).
     * zlib's default (6) took more time than everything else {@code facts.xlsx} does: level 3 took half the
     * CPU time of the default for a file 9 % bigger (350,000 facts: 2.6 s, 22 MB against 5.2 s, 20 MB; level
     * 1: the same time, 29 MB).
     */
    public static final int DEFLATE_LEVEL = 3;

    /**
     * As {@code new SXSSFWorkbook(base, window, false, sharedStrings)}, compressed at
     * {@link #DEFLATE_LEVEL}; a sheet's temporary file holds its rows deflated once, as the workbook will
     * ({@link DeflatedSheetData}).
     */
    public static SXSSFWorkbook of(XSSFWorkbook base, int window, boolean sharedStrings) {
        return new Fast(base, window, sharedStrings);
    }

    /**
     * The rows of a sheet made by {@link #of}, written as XML straight into its stream: for a sheet of
     * millions of plain cells, without POI's row and cell objects, a {@code CellReference} and a style
     * look-up per cell (most of the time {@code facts.xlsx} took). The XML is what SXSSF writes for the
     * same rows and cells (the same escaping, text always inline and typed as text, so a text that looks
     * like a formula stays text); the sheet's dimension is set from the cells written. A sheet's rows
     * are either all written here or all through POI.
     */
    public static RowXml rows(SXSSFSheet sheet) {
        if (!(sheet.getWorkbook() instanceof Fast fast) || !fast.rows.containsKey(sheet)) {
            throw new IllegalArgumentException("not a sheet made by StreamedWorkbooks.of: " + sheet.getSheetName());
        }
        return fast.rows.get(sheet).xml;
    }

    /** Writes a sheet's rows in order: {@link #row}, its cells left to right, {@link #end}. */
    public static final class RowXml {
        private static final int COLUMNS = 16384;
        private final Writer out;
        private final String[] letters = new String[64];
        private final String[] styles = new String[256];
        private String rowNumber;
        private int firstRow = -1;
        private int lastRow = -1;
        private int firstColumn = Integer.MAX_VALUE;
        private int lastColumn = -1;
        /** The workbook's table of shared texts, or null when its texts are all inline. */
        private SharedTexts texts;

        private RowXml(Writer out) {
            this.out = out;
        }

        /** Starts row {@code index} (0-based), of {@code heightPoints} points (as a row's height is stored), or the default height when not positive. */
        public void row(int index, float heightPoints) throws IOException {
            if (index <= lastRow) {
                throw new IllegalArgumentException("row " + index + " after row " + lastRow);
            }
            if (firstRow < 0) {
                firstRow = index;
            }
            lastRow = index;
            rowNumber = Integer.toString(index + 1);
            out.write("<row r=\"");
            out.write(rowNumber);
            out.write('"');
            if (heightPoints > 0) {
                // as SXSSFRow keeps it: in twips, a short
                out.write(" customHeight=\"1\" ht=\"");
                out.write(Float.toString((float) (short) (heightPoints * 20) / 20f));
                out.write('"');
            }
            out.write(">\n");
        }

        /** A text cell (inline, never a formula); style 0 is the default. */
        public void text(int column, int style, String text) throws IOException {
            start(column, style);
            out.write(" t=\"inlineStr\"><is>");
            t(out, text);
            out.write("</is></c>");
        }

        /** A text's {@code <t>} element, its spaces at either end kept, its XML escaped (an inline or a shared text). */
        static void t(Writer out, String text) throws IOException {
            out.write("<t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                out.write(" xml:space=\"preserve\"");
            }
            out.write('>');
            escape(out, text);
            out.write("</t>");
        }

        /**
         * A text cell (never a formula) that many rows repeat (a unit's code, a file's name and hash, an indicator's
         * name): its text once in the workbook's table of shared strings, the cell its index. Half the bytes of a
         * {@code facts.xlsx} row were such texts, written, encoded and compressed again at every row. Inline, as
         * {@link #text}, once the table holds {@link SharedTexts#MAX} texts, and in a workbook made on a base or with
         * POI's own shared strings.
         */
        public void shared(int column, int style, String text) throws IOException {
            String index = texts == null ? null : texts.index(text);
            if (index == null) {
                text(column, style, text);
                return;
            }
            start(column, style);
            out.write(" t=\"s\"><v>");
            out.write(index);
            out.write("</v></c>");
        }

        /** A number cell. */
        public void number(int column, int style, double value) throws IOException {
            start(column, style);
            out.write(" t=\"n\"><v>");
            out.write(Double.toString(value));
            out.write("</v></c>");
        }

        public void end() throws IOException {
            out.write("</row>\n");
        }

        private void start(int column, int style) throws IOException {
            if (column < 0 || column >= COLUMNS) {
                throw new IllegalArgumentException("column " + column);
            }
            firstColumn = Math.min(firstColumn, column);
            lastColumn = Math.max(lastColumn, column);
            out.write("<c r=\"");
            out.write(once(letters, column, CellReference::convertNumToColString));
            out.write(rowNumber);
            out.write('"');
            if (style != 0) {
                out.write(" s=\"");
                out.write(once(styles, style & 0xffff, Integer::toString));
                out.write('"');
            }
        }

        /**
         * A column's letters and a style's index as written, each made once for the few a sheet uses: not again at
         * each of millions of cells.
         */
        private static String once(String[] made, int i, IntFunction<String> make) {
            if (i >= made.length) {
                return make.apply(i);
            }
            String s = made[i];
            if (s == null) {
                s = make.apply(i);
                made[i] = s;
            }
            return s;
        }

        /** As SXSSF's {@code SheetDataWriter.outputEscapedString}, with the text written whole when nothing needs escaping. */
        private static void escape(Writer out, String s) throws IOException {
            int n = s.length();
            int i = 0;
            while (i < n && plain(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                out.write(s);
                return;
            }
            out.write(s, 0, i);
            for (; i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> out.write("&lt;");
                    case '>' -> out.write("&gt;");
                    case '&' -> out.write("&amp;");
                    case '"' -> out.write("&quot;");
                    case '\n' -> out.write("&#xa;");
                    case '\r' -> out.write("&#xd;");
                    case '\t' -> out.write("&#x9;");
                    case '\u00A0' -> out.write("&#xa0;");
                    default -> out.write(c < ' ' || c >= '\uFFFE' ? '?' : c);
                }
            }
        }

        private static boolean plain(char c) {
            return c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE';
        }

        private CellRangeAddress dimension() {
            return lastRow < 0 ? null : new CellRangeAddress(firstRow, lastRow, Math.max(0, Math.min(firstColumn,
                    lastColumn)), Math.max(0, lastColumn));
        }
    }

    private static final class Fast extends SXSSFWorkbook {
        /** The sheets' temporary files, each known as its sheet is made (SXSSFSheet asks for it in its constructor). */
        private final Map<SXSSFSheet, Spliced> rows = new IdentityHashMap<>();
        private Spliced made;
        /** The texts rows share ({@link RowXml#shared}): only where POI's own table stays empty. */
        private final SharedTexts texts;

        Fast(XSSFWorkbook base, int window, boolean sharedStrings) {
            super(base, window, false, sharedStrings);
            texts = base == null && !sharedStrings ? new SharedTexts() : null;
        }

        /**
         * commons-compress's own zip writer, Zip64 records only where a size needs them (as POI before 5.0):
         * SXSSF's default writer for Zip64 wraps another and would lose a sheet put in whole.
         */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(stream);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zip.setLevel(DEFLATE_LEVEL);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            Spliced w = new Spliced(getSharedStringSource());
            w.xml.texts = texts;
            made = w;
            return w;
        }

        @Override
        public SXSSFSheet createSheet(String name) {
            made = null;
            SXSSFSheet sheet = super.createSheet(name);
            if (made != null) {
                rows.put(sheet, made);
            }
            return sheet;
        }

        /** The dimension of a sheet whose rows were written as XML: SXSSF knows none of them. */
        @Override
        protected void flushSheets() throws IOException {
            super.flushSheets();
            for (Map.Entry<SXSSFSheet, Spliced> e : rows.entrySet()) {
                CellRangeAddress d = e.getValue().xml.dimension();
                if (d != null) {
                    getXSSFWorkbook().getSheet(e.getKey().getSheetName()).setDimensionOverride(d);
                }
            }
        }

        /**
         * As SXSSF puts the template's entries and the sheets' rows together, except that a sheet made here
         * goes in as its start, its rows as they were deflated and its end ({@link DeflatedSheetData}),
         * not inflated and deflated again. A sheet of a base workbook (made before this class knew it) is
         * inflated and deflated, as SXSSF does.
         */
        @Override
        protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
            ZipArchiveOutputStream zos = createArchiveOutputStream(out);
            try {
                Enumeration<? extends ZipArchiveEntry> en = source.getEntries();
                while (en.hasMoreElements()) {
                    ZipArchiveEntry ze = en.nextElement();
                    XSSFSheet xSheet = getSheetFromZipEntryName(ze.getName());
                    SXSSFSheet sheet = xSheet == null || xSheet instanceof XSSFChartSheet ? null
                            : getSheet(xSheet.getSheetName());
                    try (InputStream is = source.getInputStream(ze)) {
                        if (is instanceof ZipArchiveThresholdInputStream guarded) {
                            guarded.setGuardState(false); // as SXSSF: its own template is no zip bomb
                        }
                        if (texts != null && !texts.isEmpty() && ze.getName().equals(sharedStringsEntry())) {
                            sharedStrings(ze, zos);
                        } else if (sheet == null) {
                            copy(ze, is, zos);
                        } else {
                            sheet(ze, is, sheet, zos);
                        }
                    }
                }
            } finally {
                zos.finish();
                source.close();
            }
        }

        /** The zip entry of the workbook's shared strings part. */
        private String sharedStringsEntry() {
            return getXSSFWorkbook().getSharedStringSource().getPackagePart().getPartName().getName().substring(1);
        }

        /** The shared strings part: the texts the rows share, in place of POI's table, which holds none. */
        private void sharedStrings(ZipArchiveEntry ze, ZipArchiveOutputStream zos) throws IOException {
            if (getXSSFWorkbook().getSharedStringSource().getUniqueCount() > 0) {
                throw new IllegalStateException("POI's shared strings are not empty beside the rows' shared texts");
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(ze.getName());
            if (ze.getTime() >= 0) {
                entry.setTime(ze.getTime());
            }
            zos.putArchiveEntry(entry);
            texts.write(zos);
            zos.closeArchiveEntry();
        }

        private static void copy(ZipArchiveEntry ze, InputStream is, ZipArchiveOutputStream zos) throws IOException {
            ZipArchiveEntry copy = new ZipArchiveEntry(ze.getName());
            if (ze.getSize() >= 0) {
                copy.setSize(ze.getSize());
            }
            if (ze.getTime() >= 0) {
                copy.setTime(ze.getTime());
            }
            zos.putArchiveEntry(copy);
            is.transferTo(zos);
            zos.closeArchiveEntry();
        }

        private void sheet(ZipArchiveEntry ze, InputStream is, SXSSFSheet sheet, ZipArchiveOutputStream zos)
                throws IOException {
            String[] around = around(new String(is.readAllBytes(), StandardCharsets.UTF_8), ze.getName());
            byte[] head = around[0].getBytes(StandardCharsets.UTF_8);
            byte[] tail = around[1].getBytes(StandardCharsets.UTF_8);
            ZipArchiveEntry entry = new ZipArchiveEntry(ze.getName());
            if (ze.getTime() >= 0) {
                entry.setTime(ze.getTime());
            }
            Spliced data = rows.get(sheet);
            if (data == null) {
                zos.putArchiveEntry(entry);
                zos.write(head);
                try (InputStream xml = sheet.getWorksheetXMLInputStream()) {
                    xml.transferTo(zos);
                }
                zos.write(tail);
                zos.closeArchiveEntry();
                return;
            }
            sheet.flushRows();
            data.close();
            try (InputStream deflated = new FileInputStream(data.file())) {
                DeflatedSheetData.Entry e = data.deflated.between(head, deflated, tail);
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setCrc(e.crc());
                entry.setSize(e.size());
                entry.setCompressedSize(e.deflatedSize());
                zos.addRawArchiveEntry(entry, e.raw());
            }
        }
    }

    /**
     * A sheet's XML before and after its rows, where SXSSF puts them: {@code <sheetData/>} becomes
     * {@code <sheetData>}, a line break, the rows, {@code </sheetData>}; the rows a {@code <sheetData>}
     * already holds stay before the streamed ones.
     */
    static String[] around(String xml, String part) throws IOException {
        int at = xml.indexOf("<sheetData");
        if (at >= 0 && xml.startsWith("<sheetData/>", at)) {
            return new String[] {xml.substring(0, at) + "<sheetData>\n", "</sheetData>" + xml.substring(at + 12)};
        }
        int close = xml.indexOf("</sheetData>");
        if (at >= 0 && xml.startsWith("<sheetData>", at) && close > at) {
            return new String[] {xml.substring(0, close), xml.substring(close)};
        }
        throw new IOException("no sheetData where SXSSF writes it in " + part);
    }

    /**
     * A sheet's temporary file holding its rows deflated once ({@link DeflatedSheetData}), written through
     * {@link Utf8Writer}; inflated when it is read back (a base workbook's sheet).
     */
    private static final class Spliced extends SheetDataWriter {
        // set by createWriter, which SheetDataWriter's constructor calls: no initializer may reset them
        private DeflatedSheetData deflated;
        private RowXml xml;

        Spliced(SharedStringsTable strings) throws IOException {
            super(strings);
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            deflated = new DeflatedSheetData(new FileOutputStream(fd));
            Writer w = new Utf8Writer(deflated);
            xml = new RowXml(w);
            return w;
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) {
            return new InflaterInputStream(new SequenceInputStream(fis,
                    new ByteArrayInputStream(DeflatedSheetData.LAST_BLOCK)), new Inflater(true), 1 << 16);
        }

        File file() {
            return getTempFile();
        }
    }
}
