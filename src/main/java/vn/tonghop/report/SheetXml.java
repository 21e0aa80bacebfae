package vn.tonghop.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * A worksheet part's XML read as a stream (StAX), never as a tree: what a feedback copy needs to know of
 * it ({@link #scan}) and the copy of it with the marks ({@link #rewrite}), every other element, attribute,
 * namespace and text written back as it came. Anything it does not mean to handle (a DOCTYPE, rows or
 * cells out of order, a namespace other than transitional SpreadsheetML) is {@link NotStreamable}: the
 * caller then makes the copy with POI's user model, as before.
 */
final class SheetXml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Children of a worksheet that come after {@code legacyDrawing} in the schema's sequence. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    /** A workbook the streamed copy leaves to the user model; the reason is for the log. */
    static final class NotStreamable extends Exception {
        NotStreamable(String why) {
            super(why, null, false, false);
        }
    }

    private static final XMLInputFactory INPUT = inputFactory();

    /**
     * Woodstox's, as the reading's ({@code reading.PartXmlReader}): a bench school's sheet scanned and rewritten in
     * 222 µs against 345 µs with the JDK's, whose parser was about a fifth of a feedback copy's samples. No DTD is
     * read, so no entity declared in one is ever expanded and no external one fetched; errors come at
     * {@code next()} as {@link XMLStreamException}s, not later as Woodstox's lazy unchecked ones.
     */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private SheetXml() {
    }

    static XMLStreamReader reader(byte[] xml) throws NotStreamable {
        try {
            return INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw new NotStreamable("unreadable XML: " + e.getMessage());
        }
    }

    // ---- scan ----------------------------------------------------------------------------------

    /** What a sheet's XML says that the marks depend on. */
    static final class Scan {
        final List<CellRangeAddress> merged = new ArrayList<>();
        /** Row → the column of its name cell, for the rows asked for. */
        final Map<Integer, Integer> nameColumns = new HashMap<>();
        /** A sheet view selects the tab (only «Góp ý» may stay selected). */
        boolean selected;
        /** The sheet draws comments or controls already ({@code legacyDrawing}). */
        boolean legacyDrawing;
        /** A formula whose text reaches outside the workbook. */
        String reachingFormula;
    }

    /**
     * Reads the sheet once.
     *
     * @param nameRows rows (0-based) whose name cell is wanted
     * @param strings  the workbook's shared strings by index, asked only for those rows' cells
     */
    static Scan scan(byte[] xml, Set<Integer> nameRows, IntFunction<String> strings) throws NotStreamable {
        Scan out = new Scan();
        XMLStreamReader r = reader(xml);
        try {
            int depth = 0;
            int row = -1;
            int col = -1;
            boolean nameRow = false;
            int bestLength = 0;
            int best = -1;
            // the cell being read, when its text matters
            String type = null;
            boolean formula = false;
            StringBuilder value = null;
            StringBuilder inline = null;
            boolean inPhonetic = false;
            boolean inT = false;
            boolean inV = false;
            StringBuilder formulaText = null;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw new NotStreamable("DOCTYPE");
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String n = r.getLocalName();
                    if (depth == 1 && !MAIN.equals(r.getNamespaceURI())) {
                        throw new NotStreamable("worksheet namespace " + r.getNamespaceURI());
                    }
                    switch (n) {
                        case "sheetView" -> out.selected |= truth(r.getAttributeValue(null, "tabSelected"));
                        case "legacyDrawing" -> out.legacyDrawing = true;
                        case "mergeCell" -> {
                            String ref = r.getAttributeValue(null, "ref");
                            if (ref != null) {
                                try {
                                    out.merged.add(CellRangeAddress.valueOf(ref));
                                } catch (RuntimeException ex) {
                                    throw new NotStreamable("merged area " + ref);
                                }
                            }
                        }
                        case "row" -> {
                            if (depth == 3) {
                                row = rowIndex(r.getAttributeValue(null, "r"), row);
                                col = -1;
                                nameRow = nameRows.contains(row);
                                best = -1;
                                bestLength = 0;
                            }
                        }
                        case "c" -> {
                            if (depth == 4) {
                                col = columnIndex(r.getAttributeValue(null, "r"), col);
                                type = r.getAttributeValue(null, "t");
                                formula = false;
                                value = nameRow ? new StringBuilder() : null;
                                inline = null;
                            }
                        }
                        case "f" -> {
                            formula = true;
                            formulaText = new StringBuilder();
                        }
                        case "v" -> inV = depth == 5;
                        case "is" -> inline = nameRow ? new StringBuilder() : null;
                        case "rPh" -> inPhonetic = true;
                        case "t" -> inT = inline != null && !inPhonetic;
                        default -> {
                        }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    switch (n) {
                        case "f" -> {
                            String text = formulaText == null ? "" : formulaText.toString();
                            if (out.reachingFormula == null && !text.isBlank() && ExternalReferences.reachesOut(text)) {
                                out.reachingFormula = text;
                            }
                            formulaText = null;
                        }
                        case "v" -> inV = false;
                        case "rPh" -> inPhonetic = false;
                        case "t" -> inT = false;
                        case "c" -> {
                            if (depth == 4 && nameRow && !formula) {
                                String s = cellText(type, value, inline, strings);
                                if (s != null) {
                                    s = s.strip();
                                    if (s.length() > bestLength && s.codePoints().anyMatch(Character::isLetter)) {
                                        best = col;
                                        bestLength = s.length();
                                    }
                                }
                            }
                        }
                        case "row" -> {
                            if (depth == 3 && nameRow && best >= 0) {
                                out.nameColumns.put(row, best);
                            }
                        }
                        default -> {
                        }
                    }
                    depth--;
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) {
                    if (formulaText != null) {
                        formulaText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    } else if (inV && value != null) {
                        value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    } else if (inT && inline != null) {
                        inline.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new NotStreamable("unreadable sheet XML: " + e.getMessage());
        } finally {
            close(r);
        }
        return out;
    }

    /**
     * The sheet's merged areas ({@code mergeCell} elements' {@code ref}, in any namespace, in their order: what
     * {@link #scan} gives) found in its bytes without parsing them, for a sheet whose name cells are not asked
     * for: the one pass over a marked sheet is then its {@link #rewrite}, which makes the scan's checks
     * ({@code checks}). Null when the bytes hold anything this look does not handle (an encoding that is not
     * ASCII's superset, a DOCTYPE, a reference or a white space other than a blank in a {@code ref}, a tag not
     * closed): {@link #scan} reads the sheet then. Markup is only ever a tag, a comment, a CDATA section or a
     * processing instruction, and only a tag can hold a {@code >} in quotes, so the tags are found as a parser
     * finds them; a sheet that is not well-formed is refused by the rewrite's parser all the same.
     */
    static List<CellRangeAddress> mergedAreas(byte[] xml) throws NotStreamable {
        int n = xml.length;
        if (n >= 2 && (xml[0] == 0 || xml[1] == 0 || (xml[0] & 0xff) == 0xFE || (xml[0] & 0xff) == 0xFF)) {
            return null; // UTF-16 or UTF-32
        }
        if (n >= 5 && xml[0] == '<' && xml[1] == '?') {
            int end = indexOf(xml, "?>", 2);
            if (end < 0) {
                return null;
            }
            String declaration = new String(xml, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
            int enc = declaration.indexOf("encoding");
            if (enc >= 0 && !declaration.substring(enc).matches("(?s)encoding\\s*=\\s*[\"'](?i:utf-8)[\"'].*")) {
                return null;
            }
        }
        List<CellRangeAddress> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int lt = indexOf(xml, (byte) '<', i);
            if (lt < 0) {
                return out;
            }
            if (startsWith(xml, lt, "<!--")) {
                i = indexOf(xml, "-->", lt + 4);
            } else if (startsWith(xml, lt, "<![CDATA[")) {
                i = indexOf(xml, "]]>", lt + 9);
            } else if (startsWith(xml, lt, "<?")) {
                i = indexOf(xml, "?>", lt + 2);
            } else if (startsWith(xml, lt, "<!")) {
                return null; // a DOCTYPE
            } else if (startsWith(xml, lt, "</")) {
                i = lt + 2;
                continue;
            } else {
                int nameEnd = lt + 1;
                while (nameEnd < n && !blank(xml[nameEnd]) && xml[nameEnd] != '/' && xml[nameEnd] != '>') {
                    nameEnd++;
                }
                int colon = lt + 1;
                for (int k = lt + 1; k < nameEnd; k++) {
                    if (xml[k] == ':') {
                        colon = k + 1;
                    }
                }
                boolean merge = nameEnd - colon == 9 && startsWith(xml, colon, "mergeCell");
                if (!merge) {
                    // any other tag, to its end: a '>' in quotes is a value's
                    int k = nameEnd;
                    byte quote = 0;
                    for (; k < n; k++) {
                        byte b = xml[k];
                        if (quote != 0) {
                            if (b == quote) {
                                quote = 0;
                            }
                        } else if (b == '"' || b == '\'') {
                            quote = b;
                        } else if (b == '>') {
                            break;
                        }
                    }
                    if (k >= n) {
                        return null;
                    }
                    i = k + 1;
                    continue;
                }
                String ref = null;
                // the attributes, up to the tag's end
                int k = nameEnd;
                while (true) {
                    while (k < n && blank(xml[k])) {
                        k++;
                    }
                    if (k >= n) {
                        return null;
                    }
                    if (xml[k] == '>' || (xml[k] == '/' && k + 1 < n && xml[k + 1] == '>')) {
                        break;
                    }
                    int nameStart = k;
                    while (k < n && xml[k] != '=' && !blank(xml[k]) && xml[k] != '>') {
                        k++;
                    }
                    int attributeEnd = k;
                    while (k < n && blank(xml[k])) {
                        k++;
                    }
                    if (k >= n || xml[k] != '=') {
                        return null;
                    }
                    k++;
                    while (k < n && blank(xml[k])) {
                        k++;
                    }
                    if (k >= n || (xml[k] != '"' && xml[k] != '\'')) {
                        return null;
                    }
                    byte quote = xml[k];
                    int valueEnd = indexOf(xml, quote, k + 1);
                    if (valueEnd < 0) {
                        return null;
                    }
                    if (attributeEnd - nameStart == 3 && startsWith(xml, nameStart, "ref")) {
                        for (int v = k + 1; v < valueEnd; v++) {
                            if (xml[v] == '&' || xml[v] == '<' || xml[v] == '\t' || xml[v] == '\n' || xml[v] == '\r'
                                    || xml[v] < 0) {
                                return null;
                            }
                        }
                        ref = new String(xml, k + 1, valueEnd - k - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                    k = valueEnd + 1;
                }
                if (ref != null) {
                    try {
                        out.add(CellRangeAddress.valueOf(ref));
                    } catch (RuntimeException ex) {
                        throw new NotStreamable("merged area " + ref);
                    }
                }
                i = k + 1;
                continue;
            }
            if (i < 0) {
                return null; // a comment, CDATA section or instruction not closed
            }
        }
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean startsWith(byte[] xml, int at, String ascii) {
        if (at + ascii.length() > xml.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (xml[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] xml, byte b, int from) {
        for (int k = from; k < xml.length; k++) {
            if (xml[k] == b) {
                return k;
            }
        }
        return -1;
    }

    /** Where {@code ascii} starts at or after {@code from}, or -1. */
    private static int indexOf(byte[] xml, String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int k = indexOf(xml, first, from); k >= 0; k = indexOf(xml, first, k + 1)) {
            if (startsWith(xml, k, ascii)) {
                return k;
            }
        }
        return -1;
    }

    /** The text of a cell POI calls a string cell, or null. */
    private static String cellText(String type, StringBuilder value, StringBuilder inline,
                                   IntFunction<String> strings) throws NotStreamable {
        if (type == null) {
            return null;
        }
        switch (type) {
            case "s" -> {
                try {
                    return strings.apply(Integer.parseInt(value.toString().strip()));
                } catch (RuntimeException e) {
                    throw new NotStreamable("shared string " + value);
                }
            }
            case "inlineStr" -> {
                return inline == null ? "" : inline.toString();
            }
            case "str" -> {
                return value == null ? "" : value.toString();
            }
            default -> {
                return null;
            }
        }
    }

    // ---- rewrite -------------------------------------------------------------------------------

    /** How a marked cell's style becomes its marked style: the new style's index, or -1 to keep it. */
    @FunctionalInterface
    interface Restyle {
        int marked(int base, int severity);
    }

    /**
     * The sheet's XML with its marks: each marked cell's style replaced (created, with the look its place had,
     * when the cell or its row is missing), no tab selected, and the comments' drawing referred to.
     *
     * @param marks         row → column → the severity's ordinal (-1: a cell for a comment only), 0-based
     * @param legacyDrawing the relationship id of the comments' drawing, or null for none
     * @param checks        whether to make the checks of {@link #scan} too (the sheet was not scanned: its merged
     *                      areas came from {@link #mergedAreas}): a formula reaching out, a cell's place that is
     *                      not one, the sheet's own comments' drawing when the copy adds one, are not streamable
     */
    static byte[] rewrite(byte[] xml, NavigableMap<Integer, NavigableMap<Integer, Integer>> marks, Restyle restyle,
                          String legacyDrawing, boolean checks) throws NotStreamable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xml.length + 1024);
        XMLStreamReader r = reader(xml);
        try (XmlOut out = new XmlOut(bytes)) {
            new Rewrite(r, out, marks, restyle, legacyDrawing, checks).run();
        } catch (XMLStreamException e) {
            throw new NotStreamable("unreadable sheet XML: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new NotStreamable(e.getMessage());
        } finally {
            close(r);
        }
        return bytes.toByteArray();
    }

    private static final class Rewrite {
        private final XMLStreamReader r;
        private final XmlOut out;
        private final Iterator<Map.Entry<Integer, NavigableMap<Integer, Integer>>> rows;
        private final Restyle restyle;
        private final String legacyDrawing;
        private final boolean checks;
        /** A formula's text being read, when checking. */
        private StringBuilder formulaText;
        /** Column styles: first column → {last column, style}. */
        private final TreeMap<Integer, int[]> columnStyles = new TreeMap<>();
        private Map.Entry<Integer, NavigableMap<Integer, Integer>> nextRow;
        private NavigableMap<Integer, Integer> rowMarks;
        private Iterator<Map.Entry<Integer, Integer>> cells;
        private Map.Entry<Integer, Integer> nextCell;
        private int rowStyle;
        private int row = -1;
        private int col = -1;
        private int depth;
        private boolean afterSheetData;
        private boolean drawn;
        private String prefix = "";

        Rewrite(XMLStreamReader r, XmlOut out, NavigableMap<Integer, NavigableMap<Integer, Integer>> marks,
                Restyle restyle, String legacyDrawing, boolean checks) {
            this.r = r;
            this.checks = checks;
            this.out = out;
            this.rows = marks.entrySet().iterator();
            this.nextRow = rows.hasNext() ? rows.next() : null;
            this.restyle = restyle;
            this.legacyDrawing = legacyDrawing;
        }

        void run() throws XMLStreamException, NotStreamable {
            out.declaration(r);
            while (r.hasNext()) {
                int e = r.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                        if (formulaText != null) {
                            formulaText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                        out.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    case XMLStreamConstants.COMMENT -> out.comment(r.getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.instruction(r.getPITarget(), r.getPIData());
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new NotStreamable("DOCTYPE or entity");
                    default -> {
                    }
                }
            }
        }

        private void start() throws NotStreamable {
            depth++;
            String n = r.getLocalName();
            if (checks) {
                switch (n) {
                    case "f" -> formulaText = new StringBuilder();
                    case "legacyDrawing" -> {
                        if (legacyDrawing != null) {
                            throw new NotStreamable("the sheet has comments of its own");
                        }
                    }
                    case "c" -> {
                        if (depth == 4) {
                            columnIndex(r.getAttributeValue(null, "r"), 0); // refuses what is not a cell's place
                        }
                    }
                    default -> {
                    }
                }
            }
            if (depth == 1) {
                if (!MAIN.equals(r.getNamespaceURI())) {
                    throw new NotStreamable("worksheet namespace " + r.getNamespaceURI());
                }
                prefix = r.getPrefix() == null ? "" : r.getPrefix();
            }
            if (depth == 2 && afterSheetData && !drawn && (AFTER_LEGACY_DRAWING.contains(n)
                    || MARKUP_COMPATIBILITY.equals(r.getNamespaceURI()))) {
                drawing();
            }
            if (depth == 3 && "col".equals(n)) {
                int style = integer(r.getAttributeValue(null, "style"), 0);
                int min = integer(r.getAttributeValue(null, "min"), 0) - 1;
                int max = integer(r.getAttributeValue(null, "max"), 0) - 1;
                if (style != 0 && min >= 0 && max >= min) {
                    columnStyles.put(min, new int[] {max, style});
                }
            }
            if (depth == 3 && "row".equals(n)) {
                int at = rowIndex(r.getAttributeValue(null, "r"), row);
                if (at <= row) {
                    throw new NotStreamable("rows out of order");
                }
                row = at;
                col = -1;
                newRowsBefore(row);
                rowMarks = null;
                if (nextRow != null && nextRow.getKey() == row) {
                    rowMarks = nextRow.getValue();
                    nextRow = rows.hasNext() ? rows.next() : null;
                    cells = rowMarks.entrySet().iterator();
                    nextCell = cells.hasNext() ? cells.next() : null;
                    String s = r.getAttributeValue(null, "s");
                    rowStyle = s == null ? -1 : integer(s, 0);
                    out.start(r, "spans", null); // the row's span of columns may grow: it is only a hint
                    return;
                }
                out.start(r, null, null);
                return;
            }
            if (depth == 4 && "c".equals(n) && rowMarks != null) {
                int at = columnIndex(r.getAttributeValue(null, "r"), col);
                if (at <= col) {
                    throw new NotStreamable("cells out of order");
                }
                col = at;
                newCellsBefore(col);
                if (nextCell != null && nextCell.getKey() == col) {
                    int severity = nextCell.getValue();
                    nextCell = cells.hasNext() ? cells.next() : null;
                    if (severity >= 0) {
                        int base = integer(r.getAttributeValue(null, "s"), 0);
                        int marked = restyle.marked(base, severity);
                        if (marked >= 0) {
                            out.start(r, "s", Integer.toString(marked));
                            return;
                        }
                    }
                }
                out.start(r, null, null);
                return;
            }
            if ("sheetView".equals(n) && truth(r.getAttributeValue(null, "tabSelected"))) {
                out.start(r, "tabSelected", null);
                return;
            }
            out.start(r, null, null);
        }

        private void end() throws NotStreamable {
            String n = r.getLocalName();
            if (checks && "f".equals(n)) {
                String text = formulaText == null ? "" : formulaText.toString();
                if (!text.isBlank() && ExternalReferences.reachesOut(text)) {
                    throw new NotStreamable("formula reaching out: " + text);
                }
                formulaText = null;
            }
            if (depth == 3 && "row".equals(n) && rowMarks != null) {
                newCellsBefore(Integer.MAX_VALUE);
                rowMarks = null;
            } else if (depth == 2 && "sheetData".equals(n)) {
                newRowsBefore(Integer.MAX_VALUE);
                afterSheetData = true;
            } else if (depth == 1 && !drawn) {
                drawing();
            }
            out.end(r);
            depth--;
        }

        /** Rows with marks that the sheet does not have, made before row {@code before}. */
        private void newRowsBefore(int before) throws NotStreamable {
            while (nextRow != null && nextRow.getKey() < before) {
                int at = nextRow.getKey();
                out.open(qualified("row"), "r", Integer.toString(at + 1));
                for (Map.Entry<Integer, Integer> c : nextRow.getValue().entrySet()) {
                    newCell(at, c.getKey(), c.getValue(), -1);
                }
                out.close(qualified("row"));
                nextRow = rows.hasNext() ? rows.next() : null;
            }
        }

        private void newCellsBefore(int before) throws NotStreamable {
            while (nextCell != null && nextCell.getKey() < before) {
                newCell(row, nextCell.getKey(), nextCell.getValue(), rowStyle);
                nextCell = cells.hasNext() ? cells.next() : null;
            }
        }

        /** A missing cell, with the row's style when it has one, else its column's (as POI makes it). */
        private void newCell(int at, int column, int severity, int rowStyle) throws NotStreamable {
            int base = rowStyle >= 0 ? rowStyle : columnStyle(column);
            int style = severity < 0 ? base : restyle.marked(base, severity);
            if (style < 0) {
                style = base;
            }
            String ref = org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (at + 1);
            if (style == 0) {
                out.empty(qualified("c"), "r", ref, null, null);
            } else {
                out.empty(qualified("c"), "r", ref, "s", Integer.toString(style));
            }
        }

        private int columnStyle(int column) {
            Map.Entry<Integer, int[]> e = columnStyles.floorEntry(column);
            return e != null && e.getValue()[0] >= column ? e.getValue()[1] : 0;
        }

        private void drawing() throws NotStreamable {
            drawn = true;
            if (legacyDrawing != null) {
                out.legacyDrawing(qualified("legacyDrawing"), legacyDrawing);
            }
        }

        private String qualified(String local) {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }
    }

    // ---- the shared strings of «Góp ý» written in its cells -----------------------------------

    /**
     * The sheet's shared-string cells ({@code t="s"}) written as inline strings, from {@code strings}: the
     * sheet tonghop adds carries its own text, so the school's shared strings are copied untouched.
     */
    static byte[] inlineStrings(byte[] xml, IntFunction<String> strings) throws NotStreamable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xml.length * 2);
        XMLStreamReader r = reader(xml);
        try (XmlOut out = new XmlOut(bytes)) {
            out.declaration(r);
            boolean shared = false;
            boolean inV = false;
            StringBuilder v = new StringBuilder();
            String prefix = "";
            while (r.hasNext()) {
                int e = r.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String n = r.getLocalName();
                        if ("worksheet".equals(n)) {
                            prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":";
                        }
                        if ("c".equals(n) && "s".equals(r.getAttributeValue(null, "t"))) {
                            shared = true;
                            out.start(r, "t", "inlineStr");
                        } else if (shared && "v".equals(n)) {
                            inV = true;
                            v.setLength(0);
                        } else {
                            out.start(r, null, null);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String n = r.getLocalName();
                        if (shared && "v".equals(n)) {
                            inV = false;
                            String text;
                            try {
                                text = strings.apply(Integer.parseInt(v.toString().strip()));
                            } catch (RuntimeException ex) {
                                throw new NotStreamable("shared string " + v);
                            }
                            out.inline(prefix, text);
                        } else {
                            if ("c".equals(n)) {
                                shared = false;
                            }
                            out.end(r);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                        if (inV) {
                            v.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        } else {
                            out.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new NotStreamable("unreadable sheet XML: " + e.getMessage());
        } finally {
            close(r);
        }
        return bytes.toByteArray();
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A row's 0-based index: its {@code r}, else the one after the last. */
    static int rowIndex(String r, int last) throws NotStreamable {
        if (r == null) {
            return last + 1;
        }
        int n = integer(r, -1);
        if (n < 1) {
            throw new NotStreamable("row " + r);
        }
        return n - 1;
    }

    /** A cell's 0-based column: from its {@code r} ({@code AB12}), else the one after the last. */
    static int columnIndex(String ref, int last) throws NotStreamable {
        if (ref == null) {
            return last + 1;
        }
        int c = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        if (i == 0 || c > 16_384) {
            throw new NotStreamable("cell " + ref);
        }
        return c - 1;
    }

    private static int integer(String s, int otherwise) {
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static boolean truth(String s) {
        return s != null && ("1".equals(s.strip()) || "true".equalsIgnoreCase(s.strip()));
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // nothing held
        }
    }

    /** Writes XML as the reader gave it, a start tag left open until its first content (for {@code <x/>}). */
    static final class XmlOut implements AutoCloseable {
        private final Writer w;
        private boolean open;

        XmlOut(java.io.OutputStream out) {
            // the bytes an OutputStreamWriter writes, without its lock and encoder at each of the many short writes
            this.w = new vn.tonghop.output.Utf8Writer(out, 1 << 14);
        }

        void declaration(XMLStreamReader r) {
            String standalone = r.standaloneSet() ? (r.isStandalone() ? " standalone=\"yes\"" : " standalone=\"no\"") : "";
            write("<?xml version=\"1.0\" encoding=\"UTF-8\"" + standalone + "?>\r\n");
        }

        /** The reader's start tag; the attribute {@code replace} left out, or given {@code value} when not null. */
        void start(XMLStreamReader r, String replace, String value) {
            finishTag();
            write("<");
            name(r.getPrefix(), r.getLocalName());
            for (int i = 0; i < r.getNamespaceCount(); i++) {
                String p = r.getNamespacePrefix(i);
                if (p == null || p.isEmpty()) {
                    write(" xmlns=\"");
                } else {
                    write(" xmlns:");
                    write(p);
                    write("=\"");
                }
                attribute(r.getNamespaceURI(i));
                write("\"");
            }
            boolean replaced = false;
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String local = r.getAttributeLocalName(i);
                String p = r.getAttributePrefix(i);
                boolean plain = p == null || p.isEmpty();
                if (replace != null && plain && replace.equals(local)) {
                    replaced = true;
                    if (value != null) {
                        write(" ");
                        write(local);
                        write("=\"");
                        attribute(value);
                        write("\"");
                    }
                    continue;
                }
                write(" ");
                name(p, local);
                write("=\"");
                attribute(r.getAttributeValue(i));
                write("\"");
            }
            if (replace != null && !replaced && value != null) {
                write(" " + replace + "=\"");
                attribute(value);
                write("\"");
            }
            open = true;
        }

        void end(XMLStreamReader r) {
            if (open) {
                write("/>");
                open = false;
            } else {
                write("</");
                name(r.getPrefix(), r.getLocalName());
                write(">");
            }
        }

        void open(String name, String attribute, String value) {
            finishTag();
            write("<" + name + " " + attribute + "=\"");
            attribute(value);
            write("\">");
        }

        void close(String name) {
            finishTag();
            write("</" + name + ">");
        }

        void empty(String name, String a1, String v1, String a2, String v2) {
            finishTag();
            write("<" + name + " " + a1 + "=\"");
            attribute(v1);
            write("\"");
            if (a2 != null) {
                write(" " + a2 + "=\"");
                attribute(v2);
                write("\"");
            }
            write("/>");
        }

        void legacyDrawing(String name, String id) {
            finishTag();
            write("<" + name + " xmlns:r=\"" + RELATIONSHIPS + "\" r:id=\"");
            attribute(id);
            write("\"/>");
        }

        /** {@code <is><t xml:space="preserve">text</t></is>} in the sheet's prefix. */
        void inline(String prefix, String text) {
            finishTag();
            write("<" + prefix + "is><" + prefix + "t xml:space=\"preserve\">");
            char[] c = text == null ? new char[0] : text.toCharArray();
            escape(c, 0, c.length, false);
            write("</" + prefix + "t></" + prefix + "is>");
        }

        void text(char[] c, int start, int length) {
            finishTag();
            escape(c, start, length, false);
        }

        void comment(String text) {
            finishTag();
            write("<!--" + text + "-->");
        }

        void instruction(String target, String data) {
            finishTag();
            write("<?" + target + (data == null || data.isEmpty() ? "" : " " + data) + "?>");
        }

        private void finishTag() {
            if (open) {
                write(">");
                open = false;
            }
        }

        private void attribute(String s) {
            if (plain(s)) {
                write(s);
                return;
            }
            char[] c = s.toCharArray();
            escape(c, 0, c.length, true);
        }

        /** Nothing in it to escape, in an attribute or a text. */
        private static boolean plain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '&' || ch == '<' || ch == '>' || ch == '"' || ch == '\r' || ch == '\n' || ch == '\t') {
                    return false;
                }
            }
            return true;
        }

        private void escape(char[] c, int start, int length, boolean inAttribute) {
            try {
                int from = start;
                int end = start + length;
                for (int i = start; i < end; i++) {
                    String rep = switch (c[i]) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> inAttribute ? "&quot;" : null;
                        case '\r' -> "&#13;";
                        case '\n' -> inAttribute ? "&#10;" : null;
                        case '\t' -> inAttribute ? "&#9;" : null;
                        default -> null;
                    };
                    if (rep != null) {
                        w.write(c, from, i - from);
                        w.write(rep);
                        from = i + 1;
                    }
                }
                w.write(c, from, end - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void name(String prefix, String local) {
            if (prefix != null && !prefix.isEmpty()) {
                write(prefix);
                write(":");
            }
            write(local);
        }

        private void write(String s) {
            try {
                w.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
