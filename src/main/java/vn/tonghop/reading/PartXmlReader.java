package vn.tonghop.reading;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The SAX reader a workbook's parts are parsed with: Woodstox's, which parses a sheet in about half the time of
 * the JDK's (70 µs against 132 µs for a bench school's 11 KB sheet; parsing was two fifths of the reading).
 * Hardened as POI's reader was: a DOCTYPE is refused as it is met, with the words the JDK's refusal used
 * ({@link #DOCTYPE_REFUSED}, so the file is classified as before: {@link WorkbookOpener#REASON_XML_BOMB}), and
 * nothing outside the part is ever fetched. Woodstox's SAX parser always reads a DTD (SAX reports it): an
 * external one is asked of the reader's entity resolver, which refuses before anything is opened, and the
 * refusal at the DTD's start comes before any entity of an internal one could be expanded.
 */
final class PartXmlReader {

    /** The start of the refusal's message: {@link WorkbookOpener} recognises a DOCTYPE by it. */
    static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed";

    private static final SAXParserFactory FACTORY = factory();

    private PartXmlReader() {
    }

    private static SAXParserFactory factory() {
        WstxInputFactory stax = new WstxInputFactory();
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        WstxSAXParserFactory sax = new WstxSAXParserFactory(stax);
        sax.setNamespaceAware(true);
        return sax;
    }

    /** A new reader; one thread at a time uses it, for part after part. */
    static XMLReader create() throws SAXException {
        XMLReader reader;
        try {
            synchronized (FACTORY) {
                reader = FACTORY.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException(DOCTYPE_REFUSED + ": an external DTD or entity (" + systemId + ")");
        });
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                throw new SAXException(DOCTYPE_REFUSED + " in a workbook's part");
            }
        });
        return reader;
    }
}
