package vn.tonghop.reading;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.PackageNamespaces;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.tonghop.reading.StreamedXlsx.Unusual;

/**
 * An ordinary .xlsx package opened without POI's {@code OPCPackage.open}, which parses the content types,
 * every relationships part and the core properties into DOM trees (a third of a streamed read's CPU): here
 * the zip is opened by the reader POI itself uses ({@link ZipSecureFile}: the same entries, the same refusal
 * of duplicate names, the same inflate-ratio and entry-size limits on every part read), and those small
 * parts are read by SAX. The parts the reading needs are read only when asked.
 *
 * <p>It takes only what it can tell {@code OPCPackage} would open with the same parts; anything else is
 * {@link Unusual}, and the file is opened by POI ({@link PoiPackage}) exactly as before, so a refusal stays
 * POI's refusal. Unusual are: a zip POI's reader does not open; more entries than POI allows; an entry name
 * outside letters, digits, {@code _ - .} (and {@code [Content_Types].xml}), with an empty segment or one
 * ending in a dot; part names POI takes as equal (OPC M1.12: case, or its natural order's "1" = "01") or
 * derived from one another (M1.11); no {@code [Content_Types].xml}, or one with anything but its
 * {@code Default} and {@code Override} elements, a repeated extension or part name, or a content type with
 * parameters; a part without a content type (M1.14); a relationships part with anything but its
 * {@code Relationship} elements and their four attributes, a repeated or empty id, two core-properties
 * relationships (M4.1); a core-properties part with markup compatibility (M4.2), a Dublin Core refinement
 * other than created and modified or without its {@code xsi:type} (M4.3, M4.5), {@code xml:lang} (M4.4), an
 * element or attribute POI does not read, a date POI might not parse; strict OOXML; a relationship the
 * reading follows that is external, has a fragment or leads to no part.
 */
final class LeanPackage implements XlsxPackage {

    /** A part name's segment as this class takes it (POI allows more: those files go to POI). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+(/[A-Za-z0-9_.\\-]+)*");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9_.+\\-]+/[A-Za-z0-9_.+\\-]+");
    /** POI's test of a relationships part's name ({@code PackagePartName.isRelationshipPartURI}). */
    private static final Pattern RELATIONSHIPS_NAME = Pattern.compile("^.*/_rels/.*\\.rels$");
    /**
     * A date as Excel writes it ({@code 2023-11-13T00:00:00Z}) or LibreOffice ({@code 2013-11-22T22:41:51.00Z}):
     * POI's {@code PackagePropertiesPart} parses both ({@code yyyy-MM-dd'T'HH:mm:ss'Z'}, {@code …ss.SS'Z'});
     * another form (a time zone offset, a date alone) is left to POI.
     */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";
    private static final String PACKAGE_RELS = "/_rels/.rels";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Set<String> CP_ELEMENTS = Set.of("category", "contentStatus", "contentType", "keywords",
            "lastModifiedBy", "lastPrinted", "revision", "version");
    private static final Set<String> DC_ELEMENTS = Set.of("creator", "description", "identifier", "language",
            "subject", "title");

    /** The zip the parts are inflated from when asked; null when the package was unpacked beforehand. */
    private final ZipSecureFile zip;
    /** Part name ("/xl/workbook.xml") → its part, looked up as POI looks parts up. */
    private final Map<String, LeanPart> parts = new TreeMap<>(PackagePartName::compare);
    /** Source part name ("/" for the package) → its relationships. */
    private final Map<String, List<Rel>> relationships = new HashMap<>();

    /** One part: its name, entry (its bytes when unpacked beforehand) and content type. */
    final class LeanPart implements Part {
        private final String name;
        private final ZipArchiveEntry entry;
        private final UnpackedZip.Entry unpacked;
        private String contentType;

        LeanPart(String name, ZipArchiveEntry entry, UnpackedZip.Entry unpacked) {
            this.name = name;
            this.entry = entry;
            this.unpacked = unpacked;
        }

        @Override
        public InputStream stream() throws IOException {
            // through POI's inflate-ratio and entry-size checks, now or when the package was unpacked
            return unpacked != null ? unpacked.stream() : zip.getInputStream(entry);
        }
    }

    /** One relationship as written: its target is resolved only when the reading follows it. */
    private record Rel(String id, String type, String target, boolean external) {
    }

    private LeanPackage(ZipSecureFile zip) {
        this.zip = zip;
    }

    /**
     * Opens the file, or says (by {@link Unusual}, or any exception) that POI should; the caller closes it.
     *
     * @param reader the workbook's SAX reader (hardened, refusing a DOCTYPE: {@link PartXmlReader})
     */
    static LeanPackage open(File file, XMLReader reader) throws IOException, SAXException {
        if (FileMagic.valueOf(file) != FileMagic.OOXML) {
            throw new Unusual("not a zip");
        }
        LeanPackage pkg = new LeanPackage(new ZipSecureFile(file));
        try {
            List<ZipArchiveEntry> entries = Collections.list(pkg.zip.getEntries());
            List<LeanPart> members = new ArrayList<>(entries.size());
            for (ZipArchiveEntry entry : entries) {
                members.add(pkg.new LeanPart("/" + entry.getName(), entry, null));
            }
            pkg.read(members, reader);
            return pkg;
        } catch (IOException | SAXException | RuntimeException | Error e) {
            pkg.close();
            throw e;
        }
    }

    /**
     * Opens a package unpacked beforehand by POI's zip reader ({@link UnpackedZip}, for the unpacked-size
     * check): the same entries as {@link #open(File, XMLReader)} would list, their parts read from the bytes
     * kept, not inflated again.
     */
    static LeanPackage open(UnpackedZip unpacked, XMLReader reader) throws IOException, SAXException {
        LeanPackage pkg = new LeanPackage(null);
        List<LeanPart> members = new ArrayList<>(unpacked.entries().size());
        for (UnpackedZip.Entry entry : unpacked.entries()) {
            members.add(pkg.new LeanPart("/" + entry.name(), entry.entry(), entry));
        }
        pkg.read(members, reader);
        return pkg;
    }

    /** @param entries every entry of the zip, in its order, each as a part named "/" + its entry's name */
    private void read(List<LeanPart> entries, XMLReader reader) throws IOException, SAXException {
        if (entries.size() > ZipSecureFile.getMaxFileCount()) {
            throw new Unusual("more entries than POI opens");
        }
        LeanPart contentTypesEntry = null;
        Set<String> lowerNames = new HashSet<>();
        for (LeanPart entry : entries) {
            String name = entry.name.substring(1);
            if (name.startsWith("[trash]") || name.endsWith("/")) {
                continue; // POI skips these (a folder's entry, Office's deleted parts)
            }
            if (name.equals(CONTENT_TYPES_ENTRY)) {
                contentTypesEntry = entry;
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                throw new Unusual("entry name " + name);
            }
            for (String segment : name.split("/")) {
                if (segment.endsWith(".")) {
                    throw new Unusual("entry name " + name);
                }
            }
            String partName = entry.name;
            if (parts.put(partName, entry) != null) {
                throw new Unusual("equivalent part names " + partName); // M1.12
            }
            lowerNames.add(partName.toLowerCase(Locale.ROOT));
        }
        if (contentTypesEntry == null) {
            throw new Unusual("no content types");
        }
        for (String lower : lowerNames) {
            for (int slash = lower.indexOf('/', 1); slash > 0; slash = lower.indexOf('/', slash + 1)) {
                if (lowerNames.contains(lower.substring(0, slash))) {
                    throw new Unusual("a part name derived from another " + lower); // M1.11
                }
            }
        }
        ContentTypesHandler types = new ContentTypesHandler();
        try (InputStream in = contentTypesEntry.stream()) {
            StreamedXlsx.parse(reader, in, types);
        }
        if (!types.sawRoot) {
            throw new Unusual("content types without <Types>");
        }
        for (LeanPart part : parts.values()) {
            String type = types.overrides.get(part.name);
            if (type == null) {
                int dot = part.name.lastIndexOf('.');
                type = dot < 0 ? null : types.defaults.get(part.name.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
            if (type == null) {
                throw new Unusual("a part without a content type " + part.name); // M1.14
            }
            part.contentType = type;
            boolean relsName = RELATIONSHIPS_NAME.matcher(part.name).matches();
            if (relsName != type.equals(ContentTypes.RELATIONSHIPS_PART)) {
                throw new Unusual("relationships part and content type disagree: " + part.name);
            }
            if (type.equalsIgnoreCase(ContentTypes.CORE_PROPERTIES_PART)) {
                if (!type.equals(ContentTypes.CORE_PROPERTIES_PART)) {
                    throw new Unusual("core properties' content type " + type);
                }
                CorePropertiesHandler core = new CorePropertiesHandler();
                try (InputStream in = part.stream()) {
                    StreamedXlsx.parse(reader, in, core);
                }
            }
        }
        for (LeanPart part : parts.values()) {
            if (part.contentType.equals(ContentTypes.RELATIONSHIPS_PART)) {
                RelationshipsHandler rels = new RelationshipsHandler();
                try (InputStream in = part.stream()) {
                    StreamedXlsx.parse(reader, in, rels);
                }
                if (!rels.sawRoot) {
                    throw new Unusual("relationships without <Relationships>");
                }
                String source = sourceOf(part.name);
                if (source != null) {
                    relationships.put(source, rels.rels);
                }
            }
        }
    }

    /** The part whose relationships the part of this name holds ("/" for the package's), or null. */
    private String sourceOf(String relsName) {
        int rels = relsName.lastIndexOf("/_rels/");
        if (!relsName.endsWith(".rels") || rels < 0 || relsName.indexOf('/', rels + 7) >= 0) {
            return null; // not where POI looks for a part's relationships
        }
        String source = relsName.substring(0, rels + 1)
                + relsName.substring(rels + 7, relsName.length() - ".rels".length());
        if (source.equals("/")) {
            return PACKAGE_RELS.equals(relsName) ? "/" : null;
        }
        LeanPart part = parts.get(source);
        // POI reads a part's relationships from the part named as it names them: same name, this case or another
        return part == null ? null : part.name;
    }

    @Override
    public Part workbook() {
        List<Rel> rels = relationships.getOrDefault("/", List.of());
        Rel core = null;
        for (Rel r : rels) {
            if (r.type.equals(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
                throw new Unusual("strict OOXML");
            }
            if (r.type.equals(PackageRelationshipTypes.CORE_DOCUMENT)) {
                if (core != null) {
                    throw new Unusual("no single workbook part");
                }
                core = r;
            }
        }
        if (core == null) {
            throw new Unusual("no single workbook part");
        }
        LeanPart part = resolve("/", core);
        if (!PoiPackage.WORKBOOK_TYPES.contains(part.contentType)) {
            throw new Unusual("not an XSSF workbook part");
        }
        return part;
    }

    @Override
    public Part related(Part from, String relation) {
        String source = ((LeanPart) from).name;
        Rel found = null;
        for (Rel r : relationships.getOrDefault(source, List.of())) {
            if (r.type.equals(relation)) {
                if (found != null) {
                    throw new Unusual("several parts of " + relation);
                }
                found = r;
            }
        }
        return found == null ? null : resolve(source, found);
    }

    @Override
    public Relation relation(Part from, String id) {
        String source = ((LeanPart) from).name;
        for (Rel r : relationships.getOrDefault(source, List.of())) {
            if (r.id.equals(id)) {
                return new Relation() {
                    @Override
                    public String type() {
                        return r.type;
                    }

                    @Override
                    public Part target() {
                        return resolve(source, r);
                    }
                };
            }
        }
        return null;
    }

    /** The part a relationship leads to, as POI resolves an internal target against its source. */
    private LeanPart resolve(String source, Rel r) {
        String target = r.target;
        if (r.external) {
            throw new Unusual("external target " + target);
        }
        String name;
        if (target.startsWith("/")) {
            name = target;
        } else {
            name = source.substring(0, source.lastIndexOf('/') + 1) + target;
        }
        if (!NAME.matcher(name.substring(1)).matches() || !name.startsWith("/")) {
            throw new Unusual("target " + target);
        }
        for (String segment : name.substring(1).split("/")) {
            if (segment.endsWith(".")) {
                throw new Unusual("target " + target); // ".", "..", or a name POI refuses
            }
        }
        LeanPart part = parts.get(name);
        if (part == null) {
            throw new Unusual("no part for " + target);
        }
        return part;
    }

    @Override
    public void close() {
        if (zip == null) {
            return; // unpacked beforehand: nothing open
        }
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing was written, nothing to lose
        }
    }

    // ---------------------------------------------------------------- SAX handlers

    /** Throws on any attribute but the expected ones (namespace declarations are not attributes in SAX). */
    private static void onlyAttributes(Attributes atts, Set<String> allowed, String where) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (!atts.getURI(i).isEmpty() || !allowed.contains(atts.getLocalName(i))) {
                throw new Unusual("attribute " + atts.getQName(i) + " in " + where);
            }
        }
    }

    /**
     * A part of elements only (content types, relationships): {@code depth} is the open element's, 1 for the
     * root; text other than white space is unusual.
     */
    private abstract static class ElementsOnly extends DefaultHandler {
        private final String part;
        int depth;

        ElementsOnly(String part) {
            this.part = part;
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    throw new Unusual(part + ": text");
                }
            }
        }
    }

    /** {@code [Content_Types].xml}: its {@code Default} and {@code Override} elements, nothing else. */
    private static final class ContentTypesHandler extends ElementsOnly {
        private final Map<String, String> defaults = new HashMap<>();
        private final Map<String, String> overrides = new TreeMap<>(PackagePartName::compare);
        private boolean sawRoot;

        ContentTypesHandler() {
            super("content types");
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            if (!PackageNamespaces.CONTENT_TYPES.equals(uri)) {
                throw new Unusual("content types: element " + qName);
            }
            if (depth == 1 && local.equals("Types")) {
                onlyAttributes(atts, Set.of(), "Types");
                sawRoot = true;
                return;
            }
            if (depth != 2) {
                throw new Unusual("content types: element " + qName);
            }
            String type = atts.getValue("", "ContentType");
            if (type == null || !CONTENT_TYPE.matcher(type).matches()) {
                throw new Unusual("content type " + type);
            }
            if (local.equals("Default")) {
                onlyAttributes(atts, Set.of("Extension", "ContentType"), "Default");
                String extension = atts.getValue("", "Extension");
                if (extension == null || !EXTENSION.matcher(extension).matches()
                        || defaults.put(extension.toLowerCase(Locale.ROOT), type) != null) {
                    throw new Unusual("content types: extension " + extension);
                }
            } else if (local.equals("Override")) {
                onlyAttributes(atts, Set.of("PartName", "ContentType"), "Override");
                String partName = atts.getValue("", "PartName");
                if (partName == null || !partName.startsWith("/") || !NAME.matcher(partName.substring(1)).matches()
                        || partName.endsWith(".") || partName.contains("./")
                        || overrides.put(partName, type) != null) {
                    throw new Unusual("content types: part name " + partName);
                }
            } else {
                throw new Unusual("content types: element " + qName);
            }
        }

    }

    /** A relationships part: {@code Relationship} elements with their id, type, target and target mode. */
    private static final class RelationshipsHandler extends ElementsOnly {
        private final List<Rel> rels = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int coreProperties;
        private boolean sawRoot;

        RelationshipsHandler() {
            super("relationships");
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            if (!PackageNamespaces.RELATIONSHIPS.equals(uri)) {
                throw new Unusual("relationships: element " + qName);
            }
            if (depth == 1 && local.equals("Relationships")) {
                onlyAttributes(atts, Set.of(), "Relationships");
                sawRoot = true;
                return;
            }
            if (depth != 2 || !local.equals("Relationship")) {
                throw new Unusual("relationships: element " + qName);
            }
            onlyAttributes(atts, Set.of("Id", "Type", "Target", "TargetMode"), "Relationship");
            String id = atts.getValue("", "Id");
            String type = atts.getValue("", "Type");
            String target = atts.getValue("", "Target");
            String mode = atts.getValue("", "TargetMode");
            if (id == null || id.isEmpty() || !ids.add(id) || type == null || type.isEmpty() || target == null) {
                throw new Unusual("relationship " + id);
            }
            if (type.equals(PackageRelationshipTypes.CORE_PROPERTIES) && ++coreProperties > 1) {
                throw new Unusual("two core properties relationships"); // M4.1
            }
            if (mode != null && !mode.equals("Internal") && !mode.equals("External")) {
                throw new Unusual("target mode " + mode);
            }
            rels.add(new Rel(id, type, target, "External".equals(mode)));
        }

    }

    /**
     * The core properties ({@code docProps/core.xml}) as POI's unmarshaller would accept them: its known
     * elements, one level deep, created and modified typed as W3CDTF, dates in Excel's or LibreOffice's form.
     */
    private static final class CorePropertiesHandler extends DefaultHandler {
        private int depth;
        private boolean date;
        private StringBuilder text;

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            if (PackageNamespaces.MARKUP_COMPATIBILITY.equals(uri)) {
                throw new Unusual("core properties: markup compatibility"); // M4.2
            }
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            if (depth == 1) {
                if (!PackageNamespaces.CORE_PROPERTIES.equals(uri) || !local.equals("coreProperties")) {
                    throw new Unusual("core properties of root " + qName);
                }
                onlyAttributes(atts, Set.of(), "coreProperties");
                return;
            }
            if (depth != 2) {
                throw new Unusual("core properties: nested " + qName);
            }
            boolean known = PackageNamespaces.CORE_PROPERTIES.equals(uri) && CP_ELEMENTS.contains(local)
                    || DC.equals(uri) && DC_ELEMENTS.contains(local);
            if (known) {
                onlyAttributes(atts, Set.of(), qName);
                date = local.equals("lastPrinted") && PackageNamespaces.CORE_PROPERTIES.equals(uri);
            } else if (DCTERMS.equals(uri) && (local.equals("created") || local.equals("modified"))) {
                int colon = qName.indexOf(':');
                if (atts.getLength() != 1 || !XSI.equals(atts.getURI(0)) || !"type".equals(atts.getLocalName(0))
                        || colon <= 0 || !atts.getValue(0).equals(qName.substring(0, colon) + ":W3CDTF")) {
                    throw new Unusual("core properties: " + qName + " without its xsi:type"); // M4.3, M4.5
                }
                date = true;
            } else {
                throw new Unusual("core properties: element " + qName);
            }
            text = new StringBuilder();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            } else {
                for (int i = start; i < start + length; i++) {
                    if (!Character.isWhitespace(ch[i])) {
                        throw new Unusual("core properties: text");
                    }
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == 2) {
                if (date && !text.isEmpty()) {
                    checkDate(text.toString());
                }
                text = null;
                date = false;
            }
            depth--;
        }

        /** A date POI's {@code PackagePropertiesPart} parses for sure: Excel's or LibreOffice's form, a real date. */
        private static void checkDate(String value) {
            if (!DATE.matcher(value).matches()) {
                throw new Unusual("core properties: date " + value);
            }
            int month = Integer.parseInt(value, 5, 7, 10);
            int day = Integer.parseInt(value, 8, 10, 10);
            if (month < 1 || month > 12 || day < 1
                    || day > YearMonth.of(Integer.parseInt(value, 0, 4, 10), month).lengthOfMonth()
                    || Integer.parseInt(value, 11, 13, 10) > 23 || Integer.parseInt(value, 14, 16, 10) > 59
                    || Integer.parseInt(value, 17, 19, 10) > 59) {
                throw new Unusual("core properties: date " + value); // POI's lenient parse would roll it over
            }
        }
    }
}
