package vn.tonghop.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.tonghop.reading.StreamedXlsx.Unusual;

/**
 * The sheets an .xlsx's workbook part ({@code xl/workbook.xml}) lists, in order, with the relationship
 * that leads to each one's part: read by SAX, where XMLBeans' {@code WorkbookDocument} built a tree of the
 * whole part (and cost as much as reading a small sheet) for these few attributes. Nothing else of the
 * part (views, defined names, a sheet's state) is read: no reading asks for it.
 */
final class StreamedWorkbookPart {

    /** The namespace of {@code r:id} in a transitional workbook (strict ones are left to the user model). */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** One {@code <sheet>}: its name and the id of its relationship ({@code r:id}). */
    record Sheet(String name, String relationship) {
    }

    private StreamedWorkbookPart() {
    }

    /**
     * The {@code sheets/sheet} elements of the main namespace, as XMLBeans' {@code getSheets().getSheetArray()}
     * finds them; another root element (XMLBeans: not a workbook document), a second {@code <sheets>} or a
     * sheet without a name is {@link Unusual}.
     */
    static List<Sheet> sheets(XMLReader reader, InputStream in) throws IOException, SAXException {
        Handler handler = new Handler();
        StreamedXlsx.parse(reader, in, handler);
        if (!handler.sawRoot) {
            throw new Unusual("workbook part without <workbook>");
        }
        return handler.sheets;
    }

    private static final class Handler extends DefaultHandler {
        private final List<Sheet> sheets = new ArrayList<>();
        private boolean sawRoot;
        private boolean sawSheets;
        private boolean inSheets;
        private int depth;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            boolean main = StreamedXlsx.MAIN.equals(uri);
            if (depth == 1) {
                if (!main || !local.equals("workbook")) {
                    throw new Unusual("workbook part of root " + qName);
                }
                sawRoot = true;
            } else if (depth == 2 && main && local.equals("sheets")) {
                if (sawSheets) {
                    throw new Unusual("two <sheets>"); // XMLBeans would take the first
                }
                sawSheets = true;
                inSheets = true;
            } else if (depth == 3 && inSheets && main && local.equals("sheet")) {
                String name = atts.getValue("", "name");
                if (name == null) {
                    throw new Unusual("a sheet without a name");
                }
                sheets.add(new Sheet(name, atts.getValue(RELATIONSHIPS, "id")));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == 2) {
                inSheets = false;
            }
            depth--;
        }
    }
}
