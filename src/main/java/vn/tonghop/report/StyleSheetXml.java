package vn.tonghop.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.tonghop.domain.Severity;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.text.LegacyVietnamese;

/**
 * A school's styles part ({@code xl/styles.xml}) to which the feedback copy adds its styles as POI's user model
 * would: the list's styles ({@link FeedbackSheet#STYLES}, made by {@link ReportStyles} once in a workbook of
 * POI's own and copied from there: fonts, fills, borders and formats as ReportStyles makes them), and each
 * marked cell's style, the cell's own with the finding's fill ({@link FeedbackMarker#marked}).
 *
 * <p>The new styles' indexes follow from the part's count of styles alone, so a copy asks for them without
 * the part's DOM; the DOM ({@link Dom}) is parsed, the styles added in the order they were asked for and written
 * only for {@link #bytes}, and that result kept ({@link PartCache}) for the next copy with the same styles part
 * and the same marked styles asked in the same order: the same bytes as made anew.
 */
final class StyleSheetXml {

    private static final Logger log = LoggerFactory.getLogger(StyleSheetXml.class);
    private static final Severity[] SEVERITIES = Severity.values();

    private final byte[] xml;
    private final Base base;
    /** The part's cell styles so far (the original's, the list's, the marked ones). */
    private int count;
    private boolean listAdded;
    /** Each marked style asked for, in order: {@code base << 8 | severity}. */
    private final List<Long> asked = new ArrayList<>();
    private final Map<Long, Integer> clones = new HashMap<>();
    /** A marked style's index → the style it was made from. */
    private final Map<Integer, Integer> madeFrom = new HashMap<>();
    private boolean budgetWarned;

    StyleSheetXml(byte[] xml) throws SheetXml.NotStreamable {
        this.xml = xml;
        this.base = PartCache.SHARED.get("styles", xml, List.of(), b -> 24L * b.fonts.length + 64, () -> Base.of(xml));
        this.count = base.originalCount;
    }

    /** The list's styles added, in the order of {@link FeedbackSheet#STYLES}; their indexes. */
    int[] addListStyles() {
        if (listAdded || count != base.originalCount) {
            throw new IllegalStateException("the list's styles come first, once");
        }
        listAdded = true;
        count = base.countWithList;
        return base.listStyles.clone();
    }

    /** The style of a cell of style {@code base} marked with a finding; -1 when no more styles fit. */
    int marked(int from, Severity severity) {
        long key = ((long) from << 8) | severity.ordinal();
        Integer done = clones.get(key);
        if (done != null) {
            return done;
        }
        if (count >= FeedbackMarker.MAX_XLSX_STYLES) {
            if (!budgetWarned) {
                log.warn("Workbook holds {} cell styles: further findings get a comment but no fill", count);
                budgetWarned = true;
            }
            return -1;
        }
        if (from < 0 || from >= count) {
            throw new IllegalStateException("cell style " + from + " not in the workbook");
        }
        int index = count++;
        clones.put(key, index);
        madeFrom.put(index, from);
        asked.add(key);
        return index;
    }

    /** The size in whole points (as POI gives it) and boldness of the style's font, for row heights. */
    float[] font(int xf) {
        Integer from = madeFrom.get(xf);
        if (from != null) {
            return font(from); // a marked style keeps its cell's font
        }
        if (xf < 0 || xf >= count || xf >= base.fonts.length || base.fonts[xf] == null) {
            throw new IllegalStateException("no font for cell style " + xf);
        }
        return base.fonts[xf].clone();
    }

    /** The part with the list's styles and the marked ones, in the order they were asked for. */
    byte[] bytes() throws SheetXml.NotStreamable {
        boolean list = listAdded;
        List<Long> order = List.copyOf(asked);
        Map<Long, Integer> expected = Map.copyOf(clones);
        return PartCache.SHARED.bytes("styles written", xml, List.of(list, order), () -> {
            Dom dom = new Dom(xml);
            if (list) {
                dom.addListStyles();
            }
            for (long key : order) {
                int index = dom.marked((int) (key >> 8), SEVERITIES[(int) (key & 0xff)]);
                if (index != expected.get(key)) {
                    throw new IllegalStateException("marked style " + index + ", expected " + expected.get(key));
                }
            }
            return dom.bytes();
        });
    }

    /** What the part says before any copy adds to it: its styles' count, the list's indexes, fonts. */
    private static final class Base {
        int originalCount;
        int countWithList;
        int[] listStyles;
        /** Each style's font (whole points, boldness), null where it cannot be read. */
        float[][] fonts;

        static Base of(byte[] xml) throws SheetXml.NotStreamable {
            Dom dom = new Dom(xml);
            Base b = new Base();
            b.originalCount = dom.xfList.size();
            b.listStyles = dom.addListStyles();
            b.countWithList = dom.xfList.size();
            b.fonts = new float[b.countWithList][];
            for (int i = 0; i < b.countWithList; i++) {
                try {
                    b.fonts[i] = dom.font(i);
                } catch (RuntimeException e) {
                    b.fonts[i] = null; // asked for only if a list or marked style uses it
                }
            }
            return b;
        }
    }

    /** The part as a DOM, the styles added to it as POI's user model adds them. */
    private static final class Dom {

        private final Document doc;
        private final Element fonts;
        private final Element fills;
        private final Element borders;
        private final Element xfs;
        private final List<Element> fontList;
        private final List<Element> fillList;
        private final List<Element> borderList;
        private final List<Element> xfList;
        private final Map<Long, Integer> clones = new HashMap<>();

        Dom(byte[] xml) throws SheetXml.NotStreamable {
            doc = parse(xml);
            Element root = doc.getDocumentElement();
            if (!SheetXml.MAIN.equals(root.getNamespaceURI())) {
                throw new SheetXml.NotStreamable("styles namespace");
            }
            fonts = section(root, "fonts");
            fills = section(root, "fills");
            borders = section(root, "borders");
            xfs = section(root, "cellXfs");
            fontList = StreamedFeedback.children(fonts, "font");
            fillList = StreamedFeedback.children(fills, "fill");
            borderList = StreamedFeedback.children(borders, "border");
            xfList = StreamedFeedback.children(xfs, "xf");
            if (fontList.isEmpty() || xfList.isEmpty()) {
                throw new SheetXml.NotStreamable("no fonts or no cell styles");
            }
            String name = fontName(fontList.get(0));
            if (LegacyVietnamese.fontHint(name) != null) {
                throw new SheetXml.NotStreamable("legacy default font " + name);
            }
        }

        /** The list's styles added, in the order of {@link FeedbackSheet#STYLES}; their indexes. */
        int[] addListStyles() {
            Template t = Template.get();
            int[] out = new int[t.xfs.size()];
            synchronized (t) {
                for (int i = 0; i < out.length; i++) {
                    Element xf = (Element) doc.importNode(t.xfs.get(i), true);
                    int font = Integer.parseInt(xf.getAttribute("fontId"));
                    if (font != 0) {
                        xf.setAttribute("fontId", Integer.toString(append(fonts, fontList, t.fonts.get(font))));
                    }
                    int fill = Integer.parseInt(xf.getAttribute("fillId"));
                    if (fill != 0) {
                        xf.setAttribute("fillId", Integer.toString(append(fills, fillList, t.fills.get(fill))));
                    }
                    int border = Integer.parseInt(xf.getAttribute("borderId"));
                    if (border != 0) {
                        xf.setAttribute("borderId", Integer.toString(append(borders, borderList, t.borders.get(border))));
                    }
                    out[i] = appendOwn(xfs, xfList, xf);
                }
            }
            return out;
        }

        /** The style of a cell of style {@code base} marked with a finding; -1 when no more styles fit. */
        int marked(int base, Severity severity) {
            long key = ((long) base << 8) | severity.ordinal();
            Integer done = clones.get(key);
            if (done != null) {
                return done;
            }
            if (xfList.size() >= FeedbackMarker.MAX_XLSX_STYLES) {
                return -1;
            }
            if (base < 0 || base >= xfList.size()) {
                throw new IllegalStateException("cell style " + base + " not in the workbook");
            }
            Element xf = (Element) xfList.get(base).cloneNode(true);
            // the cell's fill as POI reads it (its fill when it applies one), painted as Fill.paint paints
            String applyFill = xf.getAttribute("applyFill");
            Element fill;
            if (applyFill.isEmpty() || "1".equals(applyFill) || "true".equalsIgnoreCase(applyFill)) {
                fill = (Element) fillList.get(integer(xf.getAttribute("fillId"))).cloneNode(true);
            } else {
                fill = doc.createElementNS(SheetXml.MAIN, StreamedFeedback.qualified(fills.getPrefix(), "fill"));
            }
            Element pattern = first(fill, "patternFill");
            if (pattern == null) {
                pattern = doc.createElementNS(SheetXml.MAIN, StreamedFeedback.qualified(fills.getPrefix(), "patternFill"));
                fill.appendChild(pattern);
            }
            for (Element fg : StreamedFeedback.children(pattern, "fgColor")) {
                pattern.removeChild(fg);
            }
            Template t = Template.get();
            Element fg;
            synchronized (t) {
                fg = (Element) doc.importNode(t.markedColor(severity), true);
            }
            pattern.insertBefore(fg, pattern.getFirstChild());
            pattern.setAttribute("patternType", "solid");
            xf.setAttribute("fillId", Integer.toString(appendOwn(fills, fillList, fill)));
            xf.setAttribute("applyFill", "true");
            int index = appendOwn(xfs, xfList, xf);
            clones.put(key, index);
            return index;
        }

        /** The size in whole points (as POI gives it) and boldness of the style's font, for row heights. */
        float[] font(int xf) {
            Element font = fontList.get(integer(xfList.get(xf).getAttribute("fontId")));
            double size = 11;
            Element sz = first(font, "sz");
            if (sz != null) {
                size = Double.parseDouble(sz.getAttribute("val"));
            }
            short twips = (short) (size * 20);
            short points = (short) (twips / 20);
            Element b = first(font, "b");
            boolean bold = b != null && (b.getAttribute("val").isEmpty() || "1".equals(b.getAttribute("val"))
                    || "true".equalsIgnoreCase(b.getAttribute("val")));
            return new float[] {points, bold ? 1 : 0};
        }

        byte[] bytes() throws SheetXml.NotStreamable {
            fonts.setAttribute("count", Integer.toString(fontList.size()));
            fills.setAttribute("count", Integer.toString(fillList.size()));
            borders.setAttribute("count", Integer.toString(borderList.size()));
            xfs.setAttribute("count", Integer.toString(xfList.size()));
            return StreamedFeedback.serialize(doc);
        }

        private int append(Element section, List<Element> list, Element templatePart) {
            return appendOwn(section, list, (Element) doc.importNode(templatePart, true));
        }

        private static int appendOwn(Element section, List<Element> list, Element e) {
            section.appendChild(e);
            list.add(e);
            return list.size() - 1;
        }
    }

    private static Element section(Element root, String local) throws SheetXml.NotStreamable {
        for (Element e : StreamedFeedback.children(root, local)) {
            return e;
        }
        throw new SheetXml.NotStreamable("styles without " + local);
    }

    private static Element first(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String fontName(Element font) {
        Element name = first(font, "name");
        return name == null ? XSSFFont.DEFAULT_FONT_NAME : name.getAttribute("val");
    }

    private static int integer(String s) {
        return s.isEmpty() ? 0 : Integer.parseInt(s.strip());
    }

    private static Document parse(byte[] xml) throws SheetXml.NotStreamable {
        try {
            return XmlParts.parse(xml);
        } catch (Exception e) {
            throw new SheetXml.NotStreamable("styles XML: " + e.getMessage());
        }
    }

    /**
     * The list's styles as {@link ReportStyles} makes them in a workbook of POI's own (its first font the
     * default, as a school's is): made once, copied into each school's styles.
     */
    static final class Template {
        private static volatile Template instance;

        final List<Element> xfs = new ArrayList<>();
        final List<Element> fonts;
        final List<Element> fills;
        final List<Element> borders;
        /** For each list style, its font's whole points and boldness, or null for the workbook's first font. */
        final List<float[]> listFonts = new ArrayList<>();
        private final Map<Fill, Element> markedColors = new HashMap<>();

        private Template() {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                ReportStyles st = FeedbackSheet.styles(wb);
                List<Integer> indexes = new ArrayList<>();
                for (Map.Entry<Kind, Fill> e : FeedbackSheet.STYLES) {
                    XSSFCellStyle s = (XSSFCellStyle) st.get(e.getKey(), e.getValue());
                    indexes.add((int) s.getIndex());
                    XSSFFont f = s.getFont();
                    listFonts.add(s.getFontIndex() == 0 ? null
                            : new float[] {f.getFontHeightInPoints(), f.getBold() ? 1 : 0});
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.getStylesSource().writeTo(out);
                Document doc = parse(out.toByteArray());
                Element root = doc.getDocumentElement();
                fonts = StreamedFeedback.children(section(root, "fonts"), "font");
                fills = StreamedFeedback.children(section(root, "fills"), "fill");
                borders = StreamedFeedback.children(section(root, "borders"), "border");
                List<Element> all = StreamedFeedback.children(section(root, "cellXfs"), "xf");
                for (int i = 0; i < indexes.size(); i++) {
                    Element xf = all.get(indexes.get(i));
                    if (integer(xf.getAttribute("numFmtId")) >= 164) {
                        throw new IllegalStateException("the list's styles use a format of their own");
                    }
                    xfs.add(xf);
                    Fill fill = FeedbackSheet.STYLES.get(i).getValue();
                    if (fill == Fill.MARKED_ERROR || fill == Fill.MARKED_WARNING || fill == Fill.MARKED_INFO) {
                        Element pattern = first(fills.get(integer(xf.getAttribute("fillId"))), "patternFill");
                        markedColors.put(fill, first(pattern, "fgColor"));
                    }
                }
            } catch (IOException | SheetXml.NotStreamable e) {
                throw new IllegalStateException("the feedback list's styles: " + e.getMessage(), e);
            }
        }

        static Template get() {
            Template t = instance;
            if (t == null) {
                synchronized (Template.class) {
                    t = instance;
                    if (t == null) {
                        t = new Template();
                        instance = t;
                    }
                }
            }
            return t;
        }

        Element markedColor(Severity severity) {
            return markedColors.get(Fill.marked(severity));
        }
    }
}
