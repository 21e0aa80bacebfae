package vn.tonghop.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.tonghop.domain.CellLocation.Area;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.output.OutputFiles;

/**
 * The feedback copy of an .xlsx made without parsing and saving again what it does not change, and without
 * POI's user model: opening and saving every part of a school's workbook through it cost more than all the
 * rest of the run's outputs. Each worksheet with marks is copied as a stream of its XML ({@link SheetXml})
 * with its marked cells' styles replaced; the styles part gets the list's styles and the marked ones
 * ({@link StyleSheetXml}); «Góp ý» ({@link ListSheetXml}), the comments and their boxes ({@link CommentsXml})
 * are written as POI's user model writes them, the workbook part put «Góp ý» first and opens on it; every
 * other part (the other sheets, the shared strings, pictures, properties) is copied byte for byte, still
 * compressed. «Góp ý» writes its text inline, so the school's shared strings stay as they were. Where
 * each finding goes is {@link FeedbackMarker}'s plan, the same as on a whole workbook.
 *
 * <p>What this copy does not handle it leaves, before writing anything, to the user model
 * ({@link SheetXml.NotStreamable}): anything reaching outside the workbook (external links, a formula or
 * name pointing at another file, an external hyperlink, macros), chart or dialog sheets, a sheet with
 * comments of its own to which the findings add theirs, rows or cells out of order, a legacy default font,
 * text POI would escape, strict OOXML. {@code StreamedFeedbackTest} holds every sample's copy against the
 * user model's, cell by cell.
 */
final class StreamedFeedback {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_RELS = "_rels/.rels";
    private static final String PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private final ZipFile zip;
    /** Entry names in the package's order. */
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private byte[] contentTypes;
    /** The overrides this copy adds to the content types, in order: part name, type. */
    private final List<String> addedOverrides = new ArrayList<>();

    private StreamedFeedback(ZipFile zip) throws SheetXml.NotStreamable {
        this.zip = zip;
        for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
            if (e.isDirectory()) {
                continue;
            }
            if (entries.put(e.getName(), e) != null) {
                throw new SheetXml.NotStreamable("two entries named " + e.getName());
            }
        }
    }

    /**
     * Writes the feedback copy of {@code original} to {@code target}; throws {@link SheetXml.NotStreamable}
     * (having written nothing) when the user model has to make it.
     */
    static void write(Path original, List<Finding> sorted, String name, Path target, OutputFiles files)
            throws IOException, SheetXml.NotStreamable {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(original).get();
        } catch (IOException | RuntimeException e) {
            throw new SheetXml.NotStreamable("zip: " + e);
        }
        try (zip) {
            new StreamedFeedback(zip).copy(sorted, name, target, files);
        }
    }

    /** One worksheet of the original. */
    private static final class Part {
        final String name;   // entry name, no leading slash
        final String sheetName;
        byte[] xml;
        /** What a scan read, or null when the sheet's merged areas were found without it ({@link #merged}). */
        SheetXml.Scan scan;
        List<CellRangeAddress> merged;
        byte[] relsXml;      // its relationships' part, or null
        List<Rel> rels;      // and what they say, or null
        Set<Integer> nameRows = new HashSet<>();

        Part(String name, String sheetName) {
            this.name = name;
            this.sheetName = sheetName;
        }
    }

    private void copy(List<Finding> sorted, String title, Path target, OutputFiles files)
            throws IOException, SheetXml.NotStreamable {
        contentTypes = part(CONTENT_TYPES);
        readContentTypes();
        for (String n : entries.keySet()) {
            String type = type(n);
            if (type != null && type.startsWith("application/vnd.ms-office.vbaProject")) {
                throw new SheetXml.NotStreamable("macros");
            }
            if (type != null && type.equals(XSSFRelation.EXTERNAL_LINKS.getContentType())) {
                throw new SheetXml.NotStreamable("external link part");
            }
            if (n.endsWith(".rels")) {
                for (Rel rel : rels(n)) {
                    if ("External".equalsIgnoreCase(rel.targetMode())) {
                        throw new SheetXml.NotStreamable("external relationship in " + n);
                    }
                }
            }
        }
        String book = null;
        for (Rel rel : rels(PACKAGE_RELS)) {
            if (OFFICE_DOCUMENT.equals(rel.type())) {
                book = resolve("", rel.target());
            }
        }
        if (book == null || !XSSFRelation.WORKBOOK.getContentType().equals(type(book))) {
            throw new SheetXml.NotStreamable("not a plain transitional workbook: " + (book == null ? "none" : type(book)));
        }
        String bookRels = relsOf(book);
        Map<String, String> sheetParts = new HashMap<>(); // r:id → entry
        String sst = null;
        for (Rel rel : rels(bookRels)) {
            String type = rel.type();
            String part = resolve(book, rel.target());
            if (type.equals(XSSFRelation.WORKSHEET.getRelation())) {
                sheetParts.put(rel.id(), part);
            } else if (type.equals(XSSFRelation.CHARTSHEET.getRelation()) || type.endsWith("/dialogsheet")
                    || type.endsWith("/xlMacrosheet") || type.endsWith("/xlIntlMacrosheet")) {
                throw new SheetXml.NotStreamable("sheet of type " + type);
            } else if (type.equals(XSSFRelation.SHARED_STRINGS.getRelation())) {
                sst = part;
            }
        }
        byte[] bookXml = bytes(book);
        List<Part> sheets = workbookSheets(bookXml, sheetParts);

        // the rows whose name cell a finding on a whole row needs
        Map<String, Part> byFold = new HashMap<>();
        for (Part p : sheets) {
            byFold.putIfAbsent(fold(p.sheetName), p);
        }
        for (Finding f : sorted) {
            Optional<Area> a = safeArea(f);
            if (a.isPresent() && a.get().shape() == Area.Shape.ROWS) {
                Part p = sheetNamed(sheets, byFold, a.get().sheet());
                if (p != null) {
                    for (int r = a.get().firstRow(); r <= a.get().lastRow() && r - a.get().firstRow() < 100_000; r++) {
                        p.nameRows.add(r);
                    }
                }
            }
        }
        String sstPart = sst;
        IntFunction<String> strings = new IntFunction<>() {
            private List<String> all;

            @Override
            public String apply(int i) {
                if (all == null) {
                    all = sharedStrings(sstPart);
                }
                return all.get(i);
            }
        };
        for (Part p : sheets) {
            p.xml = bytes(p.name);
            // a sheet whose name cells are not needed is read once if marked: its rewrite makes the scan's checks
            p.merged = p.nameRows.isEmpty() ? SheetXml.mergedAreas(p.xml) : null;
            if (p.merged == null) {
                scan(p, strings);
            }
            String rels = relsOf(p.name);
            if (entries.containsKey(rels)) {
                p.relsXml = part(rels);
                p.rels = rels(rels, p.relsXml);
            }
        }

        try {
            build(sorted, title, target, files, book, bookXml, bookRels, sheets);
        } catch (SheetXml.NotStreamable e) {
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof SheetXml.NotStreamable n) {
                throw n;
            }
            throw e;
        } catch (RuntimeException e) {
            throw new SheetXml.NotStreamable("streamed copy: " + e);
        }
    }

    private static void scan(Part p, IntFunction<String> strings) throws SheetXml.NotStreamable {
        p.scan = SheetXml.scan(p.xml, p.nameRows, strings);
        if (p.scan.reachingFormula != null) {
            throw new SheetXml.NotStreamable("formula reaching out: " + p.scan.reachingFormula);
        }
        p.merged = p.scan.merged;
    }

    private void build(List<Finding> sorted, String title, Path target, OutputFiles files, String book,
                       byte[] bookXml, String bookRels, List<Part> sheets) throws IOException, SheetXml.NotStreamable {
        Map<String, Part> byName = new LinkedHashMap<>();
        sheets.forEach(p -> byName.put(p.sheetName, p));
        FeedbackMarker.Grid grid = new FeedbackMarker.Grid() {
            @Override
            public String sheet(String wanted) {
                if (wanted == null) {
                    return null;
                }
                if (byName.containsKey(wanted)) {
                    return wanted;
                }
                for (Part p : sheets) {
                    if (p.sheetName.equalsIgnoreCase(wanted)) {
                        return p.sheetName; // as POI finds a sheet by name
                    }
                }
                String want = fold(wanted);
                for (Part p : sheets) {
                    if (fold(p.sheetName).equals(want)) {
                        return p.sheetName;
                    }
                }
                return null;
            }

            @Override
            public List<CellRangeAddress> merged(String sheet) {
                return byName.get(sheet).merged;
            }

            @Override
            public int nameColumn(String sheet, int row) {
                SheetXml.Scan scan = byName.get(sheet).scan;
                return scan == null ? -1 : scan.nameColumns.getOrDefault(row, -1); // not scanned: no name rows asked
            }
        };
        FeedbackMarker.Plan plan = FeedbackMarker.plan(grid, SpreadsheetVersion.EXCEL2007, sorted);

        // the styles: the list's first (they must never run out), then each marked style once
        String stylesPart = stylesPart(book, bookRels);
        StyleSheetXml styles = new StyleSheetXml(bytes(stylesPart));
        int[] listStyles = styles.addListStyles();

        Map<Part, NavigableMap<Integer, NavigableMap<Integer, Integer>>> marks = new LinkedHashMap<>();
        plan.fills().forEach((k, sev) -> marks.computeIfAbsent(byName.get(k.sheet()), p -> new TreeMap<>())
                .computeIfAbsent(k.row(), r -> new TreeMap<>()).put(k.col(), sev.ordinal()));
        Map<Part, List<Map.Entry<FeedbackMarker.Key, List<Finding>>>> comments = new LinkedHashMap<>();
        for (Map.Entry<FeedbackMarker.Key, List<Finding>> c : plan.comments().entrySet()) {
            Part p = byName.get(c.getKey().sheet());
            comments.computeIfAbsent(p, x -> new ArrayList<>()).add(c);
            marks.computeIfAbsent(p, x -> new TreeMap<>()).computeIfAbsent(c.getKey().row(), r -> new TreeMap<>())
                    .putIfAbsent(c.getKey().col(), -1);
        }
        // a sheet not scanned and not marked is scanned now: its checks, and whether its tab is selected
        for (Part p : sheets) {
            if (p.scan == null && !marks.containsKey(p)) {
                scan(p, i -> {
                    throw new IllegalStateException("no name rows asked of " + p.sheetName);
                });
            }
        }
        Map<Part, String> drawingIds = new HashMap<>();
        for (Part p : comments.keySet()) {
            if ((p.scan != null && p.scan.legacyDrawing)
                    || hasRelationship(p.rels, XSSFRelation.SHEET_COMMENTS.getRelation())) {
                throw new SheetXml.NotStreamable("sheet " + p.sheetName + " has comments of its own");
            }
            drawingIds.put(p, freeId(p.rels));
        }
        Severity[] severities = Severity.values();
        SheetXml.Restyle restyle = (base, sev) -> styles.marked(base, severities[sev]);
        Map<String, byte[]> replaced = new LinkedHashMap<>();
        for (Part p : sheets) {
            NavigableMap<Integer, NavigableMap<Integer, Integer>> m = marks.get(p);
            if (m != null || p.scan.selected) {
                replaced.put(p.name, SheetXml.rewrite(p.xml, m == null ? new TreeMap<>() : m, restyle,
                        drawingIds.get(p), p.scan == null));
            }
            p.xml = null; // copied raw from the original from here on
        }

        // «Góp ý», first, open and alone selected
        Set<String> names = new HashSet<>();
        sheets.forEach(p -> names.add(p.sheetName.toLowerCase(Locale.ROOT)));
        String listName = FeedbackSheet.NAME;
        for (int i = 2; names.contains(listName.toLowerCase(Locale.ROOT)); i++) {
            listName = FeedbackSheet.NAME + " (" + i + ")";
        }
        Set<String> taken = new HashSet<>();
        entries.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        String listPart = free(taken, "xl/worksheets/sheet", ".xml");
        ListSheetXml.Written list = ListSheetXml.write(sorted, plan.links(), title, styles, listStyles);
        Map<String, byte[]> added = new LinkedHashMap<>();
        added.put(listPart, list.xml());
        addOverride(listPart, XSSFRelation.WORKSHEET.getContentType());

        byte[] bookRelsXml = part(bookRels);
        String listId = freeId(rels(bookRels, bookRelsXml));
        replaced.put(bookRels, withRelationships(bookRelsXml, List.of(listId, XSSFRelation.WORKSHEET.getRelation(),
                relative(book, listPart))));
        String name = listName;
        int lastRow = list.lastRow();
        replaced.put(book, PartCache.SHARED.bytes("workbook written", bookXml, List.of(name, listId, lastRow),
                () -> workbook(bookXml, name, listId, lastRow)));
        replaced.put(stylesPart, styles.bytes());

        // each commented sheet's comments and their drawing, under names the original does not use
        for (Map.Entry<Part, List<Map.Entry<FeedbackMarker.Key, List<Finding>>>> e : comments.entrySet()) {
            Part p = e.getKey();
            String newComments = free(taken, "xl/comments", ".xml");
            String newVml = free(taken, "xl/drawings/vmlDrawing", ".vml");
            added.put(newComments, CommentsXml.comments(e.getValue()));
            added.put(newVml, CommentsXml.vml(e.getValue()));
            addOverride(newComments, XSSFRelation.SHEET_COMMENTS.getContentType());
            if (!defaults.containsKey("vml")) {
                addOverride(newVml, XSSFRelation.VML_DRAWINGS.getContentType());
            }
            (p.rels != null ? replaced : added).put(relsOf(p.name), withRelationships(p.relsXml, List.of(
                    drawingIds.get(p), XSSFRelation.VML_DRAWINGS.getRelation(), relative(p.name, newVml),
                    drawingIds.get(p) + "c", XSSFRelation.SHEET_COMMENTS.getRelation(), relative(p.name, newComments))));
        }
        replaced.put(CONTENT_TYPES, PartCache.SHARED.bytes("content types written", contentTypes, addedOverrides,
                () -> {
                    Document doc = parse(contentTypes);
                    for (int i = 0; i < addedOverrides.size(); i += 2) {
                        Element o = doc.createElementNS(CT_NS, "Override");
                        o.setAttribute("PartName", "/" + addedOverrides.get(i));
                        o.setAttribute("ContentType", addedOverrides.get(i + 1));
                        doc.getDocumentElement().appendChild(o);
                    }
                    return serialize(doc);
                }));
        write(replaced, added, target, files);
    }

    // ---- the output ----------------------------------------------------------------------------

    /**
     * The workbook part with «Góp ý» first: its sheet entry, the sheet-level names of the others moved one
     * place on, its print titles and filter, and the workbook opening on it.
     */
    private static byte[] workbook(byte[] xml, String listName, String listId, int lastRow)
            throws SheetXml.NotStreamable {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        Element sheets = child(root, "sheets");
        if (sheets == null) {
            throw new SheetXml.NotStreamable("no sheets");
        }
        long sheetId = 0;
        for (Element s : children(sheets, "sheet")) {
            try {
                sheetId = Math.max(sheetId, Long.parseLong(s.getAttribute("sheetId").strip()));
            } catch (NumberFormatException e) {
                throw new SheetXml.NotStreamable("sheetId " + s.getAttribute("sheetId"));
            }
        }
        String prefix = sheets.getPrefix();
        Element sheet = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "sheet"));
        sheet.setAttribute("name", listName);
        sheet.setAttribute("sheetId", Long.toString(sheetId + 1));
        sheet.setAttributeNS(SheetXml.RELATIONSHIPS, "r:id", listId);
        sheets.insertBefore(sheet, sheets.getFirstChild());

        Element names = child(root, "definedNames");
        if (names == null) {
            names = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "definedNames"));
            root.insertBefore(names, sheets.getNextSibling());
        }
        for (Element n : children(names, "definedName")) {
            String local = n.getAttribute("localSheetId");
            if (!local.isEmpty()) {
                try {
                    n.setAttribute("localSheetId", Integer.toString(Integer.parseInt(local.strip()) + 1));
                } catch (NumberFormatException e) {
                    throw new SheetXml.NotStreamable("localSheetId " + local);
                }
            }
        }
        String quoted = "'" + listName.replace("'", "''") + "'";
        int header = FeedbackSheet.HEADER_ROW + 1;
        Element titles = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "definedName"));
        titles.setAttribute("name", "_xlnm.Print_Titles");
        titles.setAttribute("localSheetId", "0");
        titles.setTextContent(quoted + "!$" + header + ":$" + header);
        names.appendChild(titles);
        if (lastRow > FeedbackSheet.HEADER_ROW) {
            Element filter = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "definedName"));
            filter.setAttribute("name", "_xlnm._FilterDatabase");
            filter.setAttribute("localSheetId", "0");
            filter.setAttribute("hidden", "1");
            filter.setTextContent(quoted + "!$A$" + header + ":$G$" + (lastRow + 1));
            names.appendChild(filter);
        }

        Element views = child(root, "bookViews");
        if (views == null) {
            views = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "bookViews"));
            root.insertBefore(views, sheets);
        }
        List<Element> viewList = children(views, "workbookView");
        if (viewList.isEmpty()) {
            Element v = doc.createElementNS(SheetXml.MAIN, qualified(prefix, "workbookView"));
            views.appendChild(v);
            viewList = List.of(v);
        }
        for (Element v : viewList) {
            v.setAttribute("activeTab", "0");
        }
        viewList.get(0).setAttribute("firstSheet", "0");
        return serialize(doc);
    }

    private void write(Map<String, byte[]> replaced, Map<String, byte[]> added, Path target, OutputFiles files)
            throws IOException {
        files.write(target, stream -> {
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(new NonClosing(stream));
            z.setLevel(StreamedWorkbooks.DEFLATE_LEVEL);
            put(z, CONTENT_TYPES, replaced.get(CONTENT_TYPES));
            for (Map.Entry<String, ZipArchiveEntry> e : entries.entrySet()) {
                if (e.getKey().equals(CONTENT_TYPES)) {
                    continue;
                }
                byte[] changed = replaced.get(e.getKey());
                if (changed != null) {
                    put(z, e.getKey(), changed);
                } else {
                    ZipArchiveEntry copy = new ZipArchiveEntry(e.getKey());
                    ZipArchiveEntry from = e.getValue();
                    copy.setMethod(from.getMethod());
                    copy.setCrc(from.getCrc());
                    copy.setSize(from.getSize());
                    copy.setCompressedSize(from.getCompressedSize());
                    copy.setTime(from.getTime());
                    try (InputStream raw = zip.getRawInputStream(from)) {
                        z.addRawArchiveEntry(copy, raw);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : added.entrySet()) {
                put(z, e.getKey(), e.getValue());
            }
            z.finish();
            z.flush();
        });
    }

    private static void put(ZipArchiveOutputStream z, String name, byte[] bytes) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        z.putArchiveEntry(e);
        z.write(bytes);
        z.closeArchiveEntry();
    }

    /**
     * A relationships part with relationships added (id, type, target: three strings each), or a new part
     * with them when {@code xml} is null.
     */
    private static byte[] withRelationships(byte[] xml, List<String> added) throws SheetXml.NotStreamable {
        byte[] from = xml != null ? xml : new byte[0];
        return PartCache.SHARED.bytes(xml != null ? "relationships written" : "new relationships", from, added, () -> {
            Document rels = xml != null ? parse(xml) : newRelationships();
            for (int i = 0; i < added.size(); i += 3) {
                rels.getDocumentElement().appendChild(relationship(rels, added.get(i), added.get(i + 1),
                        added.get(i + 2)));
            }
            return serialize(rels);
        });
    }

    /** The styles part's entry. */
    private String stylesPart(String book, String bookRels) throws SheetXml.NotStreamable {
        for (Rel rel : rels(bookRels)) {
            if (rel.type().equals(XSSFRelation.STYLES.getRelation())) {
                String part = resolve(book, rel.target());
                if (entries.containsKey(part)) {
                    return part;
                }
            }
        }
        throw new SheetXml.NotStreamable("no styles part");
    }

    private static Element child(Element parent, String local) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && SheetXml.MAIN.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    // ---- reading the original ------------------------------------------------------------------

    /** The workbook's sheets in its order, each with its part. */
    private List<Part> workbookSheets(byte[] book, Map<String, String> sheetParts) throws SheetXml.NotStreamable {
        List<Part> out = new ArrayList<>();
        for (SheetEntry sheet : sheetsOf(book)) {
            String part = sheetParts.get(sheet.relationshipId());
            if (part == null || !entries.containsKey(part)) {
                throw new SheetXml.NotStreamable("sheet without its part: " + sheet.name());
            }
            out.add(new Part(part, sheet.name()));
        }
        if (out.isEmpty() || out.size() != sheetParts.size()) {
            throw new SheetXml.NotStreamable("sheets and their parts differ");
        }
        return out;
    }

    /** A sheet as the workbook part lists it: its relationship id and name (null for a missing attribute). */
    private record SheetEntry(String relationshipId, String name) {
    }

    /** The workbook part's sheets in its order, once it is known that nothing in it reaches outside the workbook. */
    private static List<SheetEntry> sheetsOf(byte[] book) throws SheetXml.NotStreamable {
        return PartCache.SHARED.get("sheets", book, List.of(), l -> 128L * l.size(), () -> {
            List<SheetEntry> out = new ArrayList<>();
            XMLStreamReader r = SheetXml.reader(book);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!SheetXml.MAIN.equals(r.getNamespaceURI())) {
                        throw new SheetXml.NotStreamable("workbook namespace " + r.getNamespaceURI());
                    }
                    if ("sheet".equals(r.getLocalName())) {
                        out.add(new SheetEntry(r.getAttributeValue(SheetXml.RELATIONSHIPS, "id"),
                                r.getAttributeValue(null, "name")));
                    } else if ("definedName".equals(r.getLocalName())) {
                        String formula = r.getElementText();
                        if (ExternalReferences.reachesOut(formula)) {
                            throw new SheetXml.NotStreamable("name reaching out: " + formula);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new SheetXml.NotStreamable("workbook: " + e.getMessage());
            }
            return List.copyOf(out);
        });
    }

    /** The shared strings' texts, as POI's user model reads them (runs joined, phonetic runs left out). */
    private List<String> sharedStrings(String part) {
        List<String> out = new ArrayList<>();
        if (part == null) {
            return out;
        }
        try {
            XMLStreamReader r = SheetXml.reader(bytes(part));
            StringBuilder si = null;
            boolean phonetic = false;
            boolean inT = false;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> si = new StringBuilder();
                        case "rPh" -> phonetic = true;
                        case "t" -> inT = si != null && !phonetic;
                        default -> {
                        }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            out.add(si.toString());
                            si = null;
                        }
                        case "rPh" -> phonetic = false;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                } else if (inT && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE)) {
                    si.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
        } catch (SheetXml.NotStreamable | XMLStreamException | IOException e) {
            throw new IllegalStateException("shared strings: " + e.getMessage(), e);
        }
        return out;
    }

    private byte[] bytes(String name) throws IOException {
        ZipArchiveEntry e = entries.get(name);
        if (e == null) {
            throw new IOException("no part " + name);
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** A part's bytes; a part that cannot be read leaves the copy to the user model. */
    private byte[] part(String name) throws SheetXml.NotStreamable {
        try {
            return bytes(name);
        } catch (IOException e) {
            throw new SheetXml.NotStreamable(name + ": " + e.getMessage());
        }
    }

    /** A relationship as a relationships part says it ({@code ""} for an attribute it does not have). */
    record Rel(String id, String type, String target, String targetMode) {
    }

    /** The relationships of the part {@code name}. */
    private List<Rel> rels(String name) throws SheetXml.NotStreamable {
        return rels(name, part(name));
    }

    private static List<Rel> rels(String name, byte[] xml) throws SheetXml.NotStreamable {
        return PartCache.SHARED.get("relationships", xml, List.of(), l -> 256L * l.size(), () -> {
            List<Rel> out = new ArrayList<>();
            for (Element e : relationships(parse(xml))) {
                out.add(new Rel(e.getAttribute("Id"), e.getAttribute("Type"), e.getAttribute("Target"),
                        e.getAttribute("TargetMode")));
            }
            return List.copyOf(out);
        });
    }

    private static Document parse(byte[] xml) throws SheetXml.NotStreamable {
        try {
            return XmlParts.parse(xml);
        } catch (Exception e) {
            throw new SheetXml.NotStreamable("XML: " + e.getMessage());
        }
    }

    static byte[] serialize(Document doc) throws SheetXml.NotStreamable {
        try {
            return XmlParts.serialize(doc);
        } catch (Exception e) {
            throw new SheetXml.NotStreamable("XML: " + e.getMessage());
        }
    }

    /** The content types part's defaults (by extension) and overrides (by part name), lower-cased keys. */
    private record ContentTypes(Map<String, String> defaults, Map<String, String> overrides) {
    }

    private void readContentTypes() throws SheetXml.NotStreamable {
        ContentTypes read = PartCache.SHARED.get("content types", contentTypes, List.of(),
                t -> 128L * (t.defaults().size() + t.overrides().size()), () -> {
                    Document doc = parse(contentTypes);
                    Map<String, String> d = new HashMap<>();
                    Map<String, String> o = new HashMap<>();
                    NodeList dl = doc.getDocumentElement().getElementsByTagNameNS(CT_NS, "Default");
                    for (int i = 0; i < dl.getLength(); i++) {
                        Element e = (Element) dl.item(i);
                        d.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    }
                    NodeList ol = doc.getDocumentElement().getElementsByTagNameNS(CT_NS, "Override");
                    for (int i = 0; i < ol.getLength(); i++) {
                        Element e = (Element) ol.item(i);
                        o.put(strip(e.getAttribute("PartName")).toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    }
                    return new ContentTypes(Map.copyOf(d), Map.copyOf(o));
                });
        defaults.putAll(read.defaults());
        overrides.putAll(read.overrides());
    }

    private String type(String entry) {
        String t = overrides.get(entry.toLowerCase(Locale.ROOT));
        if (t != null) {
            return t;
        }
        int dot = entry.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(entry.substring(dot + 1).toLowerCase(Locale.ROOT));
    }


    private void addOverride(String entry, String type) {
        if (type.equals(type(entry))) {
            return;
        }
        addedOverrides.add(entry);
        addedOverrides.add(type);
        overrides.put(entry.toLowerCase(Locale.ROOT), type);
    }

    private static List<Element> relationships(Document rels) {
        List<Element> out = new ArrayList<>();
        NodeList l = rels.getDocumentElement().getElementsByTagNameNS(PR_NS, "Relationship");
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static boolean hasRelationship(List<Rel> rels, String type) {
        return rels != null && rels.stream().anyMatch(r -> type.equals(r.type()));
    }

    /** A relationship id the part's relationships do not use. */
    private static String freeId(List<Rel> rels) {
        Set<String> used = new HashSet<>();
        if (rels != null) {
            rels.forEach(r -> used.add(r.id()));
        }
        int n = used.size() + 1;
        while (used.contains("rId" + n) || used.contains("rId" + n + "c")) {
            n++;
        }
        return "rId" + n;
    }

    private static Document newRelationships() throws SheetXml.NotStreamable {
        return parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PR_NS + "\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Element relationship(Document rels, String id, String type, String target) {
        Element e = rels.createElementNS(PR_NS, "Relationship");
        e.setAttribute("Id", id);
        e.setAttribute("Type", type);
        e.setAttribute("Target", target);
        return e;
    }

    /** {@code xl/worksheets/_rels/sheet1.xml.rels} for {@code xl/worksheets/sheet1.xml}. */
    private static String relsOf(String entry) {
        int slash = entry.lastIndexOf('/');
        return entry.substring(0, slash + 1) + "_rels/" + entry.substring(slash + 1) + ".rels";
    }

    /** A relationship's target as an entry name, from the part {@code source} (empty: the package). */
    private String resolve(String source, String target) throws SheetXml.NotStreamable {
        try {
            URI base = new URI(null, null, "/" + source, null);
            URI resolved = PackagingURIHelper.resolvePartUri(base, PackagingURIHelper.toURI(target));
            String path = resolved.getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (Exception e) {
            throw new SheetXml.NotStreamable("relationship target " + target);
        }
    }

    private static String relative(String source, String target) {
        return PackagingURIHelper.relativizeURI(URI.create("/" + source), URI.create("/" + target)).toString();
    }

    private static String free(Set<String> taken, String stem, String extension) {
        for (int i = 1; ; i++) {
            String n = stem + i + extension;
            if (taken.stream().noneMatch(t -> t.equalsIgnoreCase(n))) {
                taken.add(n);
                return n;
            }
        }
    }



    private static String strip(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    private static Optional<Area> safeArea(Finding f) {
        try {
            return Area.parse(f.cell(), f.sheet());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Part sheetNamed(List<Part> sheets, Map<String, Part> byFold, String name) {
        if (name == null) {
            return null;
        }
        for (Part p : sheets) {
            if (p.sheetName.equals(name)) {
                return p;
            }
        }
        return byFold.get(fold(name));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The stream {@link OutputFiles} gives, left for it to close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
